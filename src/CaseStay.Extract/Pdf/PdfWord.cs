namespace CaseStay.Extract.Pdf;

/// <summary>A word read from a PDF page with its geometry.</summary>
/// <param name="Text">The word's text (superscript digits already turned into ¹²³ characters).</param>
/// <param name="Page">1-based page.</param>
/// <param name="Left">Left edge, PDF points.</param>
/// <param name="Bottom">Bottom edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Baseline">Baseline y of its first letter.</param>
/// <param name="Size">Font size in points (median of its letters).</param>
internal sealed record PdfWord(string Text, int Page, double Left, double Bottom, double Right, double Top, double Baseline, double Size)
{
    /// <summary>OCR confidence 0–1; null for a born-digital text layer.</summary>
    public double? Confidence { get; init; }

    /// <summary>The word's letters (for superscript detection); empty when unknown.</summary>
    public IReadOnlyList<PdfLetter> Letters { get; init; } = [];

    public double CenterX => (Left + Right) / 2;

    public double Height => Top - Bottom;
}

/// <summary>A word placed into the synthetic text handed to the text pipeline.</summary>
/// <param name="Start">Offset of the word in that text.</param>
/// <param name="Word">The word.</param>
/// <param name="Aside">True for words outside the text column's flow (footnotes, the CM/ECF stamp): a box of body text leaves them out.</param>
internal readonly record struct PlacedWord(int Start, PdfWord Word, bool Aside = false);

/// <summary>The text layer of a PDF (or of OCR'd images): its line model, and the canonical text written with it.</summary>
/// <param name="Text">The canonical text: pages separated by form feeds; lines in reading order; margin numbers, sidebars and running footers removed.</param>
/// <param name="Words">Every word of <paramref name="Text"/> with its offset and box (the OCR confidence warnings read them; boxes of spans come from the tokens of <see cref="Lines"/>).</param>
/// <param name="Pages">Number of pages.</param>
/// <param name="PagesWithoutText">Pages whose text layer is missing or unusable (OCR needed).</param>
/// <param name="Encrypted">True when the file is encrypted but readable without a user password.</param>
/// <param name="OcrPages">Pages read by OCR.</param>
/// <param name="LowResolutionPages">OCR'd pages whose image is under 200 dpi.</param>
internal sealed record PdfTextLayer(string Text, IReadOnlyList<PlacedWord> Words, int Pages, IReadOnlyList<int> PagesWithoutText, bool Encrypted, IReadOnlyList<int> OcrPages, IReadOnlyList<int> LowResolutionPages)
{
    /// <summary>The line model of the layer: its lines, built from the pages' lines (tokens with their boxes), and the
    /// normalized <see cref="Text"/> they index.</summary>
    public required Layout.LineModel Lines { get; init; }

    /// <summary>Pages checked for a text layer but not laid out (the body of a long transcript or verdict); empty
    /// when every page was read.</summary>
    public IReadOnlyList<int> SkippedPages { get; init; } = [];

    /// <summary>Lays out the skipped pages and gives the layer of the full read; null when none was skipped.</summary>
    public Func<PdfTextLayer>? ReadSkipped { get; init; }
}
