namespace CaseStay.Extract.Layout;

/// <summary>One line of a positioned page (a PDF's text layer or an OCR'd page) in reading order.</summary>
/// <param name="Words">Its words, left to right.</param>
/// <param name="Baseline">Its baseline y.</param>
/// <param name="Size">Median font size.</param>
/// <param name="BlankBefore">A paragraph break precedes it.</param>
/// <param name="IsBottomBand">It sits in the page's bottom band (running footers, page numbers).</param>
/// <param name="IsFootnote">It is footnote text (small type at the foot of the page).</param>
internal sealed record PageLine(IReadOnlyList<PageWord> Words, double Baseline, double Size, bool BlankBefore, bool IsBottomBand, bool IsFootnote)
{
    /// <summary>True for the CM/ECF stamp band above the text.</summary>
    public bool IsTopBand { get; init; }

    public string Text => string.Join(' ', Words.Select(w => w.Text));

    public double Left => Words[0].Left;
}
