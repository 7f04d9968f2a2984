namespace CaseStay.Extract.Layout;

/// <summary>What geometry says about a positioned token (a word of a PDF or OCR page).</summary>
[Flags]
internal enum TokenFlags
{
    /// <summary>Body text.</summary>
    None = 0,

    /// <summary>The word holds a digit set small and raised (a footnote marker, written as ¹²³ in the text).</summary>
    Superscript = 1,

    /// <summary>The word is footnote text: small type at the foot of the page.</summary>
    Footnote = 2,

    /// <summary>The word sits in the band above the text (the CM/ECF stamp).</summary>
    TopBand = 4,

    /// <summary>The word sits in the page's bottom band (running footers, page numbers).</summary>
    BottomBand = 8,
}
