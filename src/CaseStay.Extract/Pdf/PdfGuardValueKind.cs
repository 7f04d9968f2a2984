namespace CaseStay.Extract.Pdf;

/// <summary>The kinds of value <see cref="PdfGuardScanner"/> keeps from a PDF's object syntax.</summary>
internal enum PdfGuardValueKind
{
    /// <summary>A string, boolean, null, real number or unknown keyword: kept only as a placeholder.</summary>
    Other,

    /// <summary>An integer.</summary>
    Integer,

    /// <summary>A name (<c>/Type</c>), without its slash, #xx escapes decoded.</summary>
    Name,

    /// <summary>An indirect reference (<c>7 0 R</c>).</summary>
    Reference,

    /// <summary>An array.</summary>
    Array,

    /// <summary>A dictionary.</summary>
    Dictionary,
}
