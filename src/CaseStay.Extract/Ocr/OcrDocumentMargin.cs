namespace CaseStay.Extract.Ocr;

/// <summary>
/// The pleading margin's edge found on an earlier page of the same document, for a page with too few full lines
/// to find it itself (a signature page). One per document read; not shared between documents or threads.
/// </summary>
internal sealed class OcrDocumentMargin
{
    /// <summary>The body's left edge in points, once a page has shown it.</summary>
    public double? Edge { get; set; }
}
