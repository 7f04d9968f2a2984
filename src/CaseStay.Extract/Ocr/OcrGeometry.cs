using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// Geometry first for OCR words, before any text rule: sideways and slanted text (letterhead strips, received
/// stamps) is skipped by the shape of its boxes, specks read as one- or two-character junk are dropped by their
/// confidence, the pleading margin column is removed by position whatever its tokens say (Tesseract reads margin
/// digits as N, W, BR, …), and the caption's ")" column is found by position and its tokens marked as the
/// divider, on every row of the caption (<see cref="OcrCaptionCells"/>, also for a caption printed without one). The words then go through the same page layout as a born-digital text layer (footer and stamp bands,
/// caption split, lines).
/// </summary>
internal static class OcrGeometry
{
    /// <summary>Cleans the words of one recognized page (PDF points, origin bottom-left).</summary>
    /// <param name="words">The page's words.</param>
    /// <param name="width">Page width, points.</param>
    /// <param name="height">Page height, points.</param>
    /// <param name="margin">The document's margin edge from earlier pages (read and updated), or null.</param>
    public static List<PageWord> Clean(List<PageWord> words, double width, double height, OcrDocumentMargin? margin = null)
    {
        if (words.Count == 0)
        {
            return words;
        }

        words = OcrSideways.Remove(words);
        words = OcrBaselines.Snap(words);
        words = OcrMarginColumn.Remove(words, width, margin);
        words = OcrCaptionColumn.Mark(words, width);
        words = OcrCaptionCells.Mark(words, width, height);
        words = OcrSuperscripts.Mark(words);
        return OcrTitleWords.Repair(OcrSpecks.Remove(words));
    }

    /// <summary>The median of a list (0 when empty).</summary>
    internal static double Median(IEnumerable<double> values)
    {
        var list = values.Order().ToList();
        return list.Count == 0 ? 0 : list[list.Count / 2];
    }
}
