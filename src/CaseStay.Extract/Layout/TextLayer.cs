namespace CaseStay.Extract.Layout;

/// <summary>The text layer of positioned pages (a PDF's text layer, OCR'd PDF pages or OCR'd images): its line model,
/// and the canonical text written with it (<see cref="PageComposer.Compose"/>).</summary>
/// <param name="Text">The canonical text: pages separated by form feeds; lines in reading order; margin numbers, sidebars and running footers removed.</param>
/// <param name="Pages">Number of pages.</param>
/// <param name="PagesWithoutText">Pages whose text layer is missing or unusable (OCR needed).</param>
/// <param name="Encrypted">True when the file is encrypted but readable without a user password.</param>
/// <param name="OcrPages">Pages read by OCR.</param>
/// <param name="LowResolutionPages">OCR'd pages whose image is under 200 dpi.</param>
internal sealed record TextLayer(string Text, int Pages, IReadOnlyList<int> PagesWithoutText, bool Encrypted, IReadOnlyList<int> OcrPages, IReadOnlyList<int> LowResolutionPages)
{
    /// <summary>The line model of the layer: its lines, built from the pages' lines (tokens with their boxes), and the
    /// normalized <see cref="Text"/> they index.</summary>
    public required LineModel Lines { get; init; }

    /// <summary>Pages checked for a text layer but not laid out (the body of a long transcript or verdict); empty
    /// when every page was read.</summary>
    public IReadOnlyList<int> SkippedPages { get; init; } = [];

    /// <summary>Lays out the skipped pages and gives the layer of the full read; null when none was skipped.</summary>
    public Func<TextLayer>? ReadSkipped { get; init; }
}
