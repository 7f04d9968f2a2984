namespace CaseStay.Extract.Layout;

/// <summary>A word of a page with its geometry: read from a PDF's text layer or from an OCR engine.</summary>
/// <param name="Text">The word's text (superscript digits already turned into ¹²³ characters).</param>
/// <param name="Page">1-based page.</param>
/// <param name="Left">Left edge, PDF points.</param>
/// <param name="Bottom">Bottom edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Baseline">Baseline y of its first letter.</param>
/// <param name="Size">Font size in points (median of its letters).</param>
internal sealed record PageWord(string Text, int Page, double Left, double Bottom, double Right, double Top, double Baseline, double Size)
{
    /// <summary>OCR confidence 0–1; null for a born-digital text layer.</summary>
    public double? Confidence { get; init; }

    /// <summary>The word's letters (for superscript detection); empty when unknown.</summary>
    public IReadOnlyList<PageLetter> Letters { get; init; } = [];

    public double CenterX => (Left + Right) / 2;

    public double Height => Top - Bottom;
}
