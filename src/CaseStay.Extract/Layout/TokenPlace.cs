namespace CaseStay.Extract.Layout;

/// <summary>Where a positioned token was printed: its page, the box of the word it belongs to (PDF points, origin
/// bottom-left, in the page's reading frame), the OCR confidence of that word and what geometry says about it.</summary>
/// <param name="Page">1-based page of the source.</param>
/// <param name="Left">Left edge of the word.</param>
/// <param name="Bottom">Bottom edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Confidence">OCR confidence 0–1; null for a born-digital text layer.</param>
/// <param name="Flags">Superscript, footnote band, stamp band, bottom band.</param>
/// <remarks>All tokens of one word share one instance (a word "¹ The" of an OCR'd footnote is two tokens).</remarks>
internal sealed record TokenPlace(int Page, double Left, double Bottom, double Right, double Top, double? Confidence, TokenFlags Flags)
{
    /// <summary>True for words outside the text column's flow (footnotes, the CM/ECF stamp): a box of body text leaves
    /// them out.</summary>
    public bool Aside => (Flags & (TokenFlags.Footnote | TokenFlags.TopBand)) != 0;
}
