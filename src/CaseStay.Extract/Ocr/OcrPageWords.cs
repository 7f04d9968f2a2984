using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Ocr;

/// <summary>The words an OCR engine recognized on one page image, as positioned page words: the same
/// <see cref="PageWord"/> a PDF's text layer gives, so both go through one page layout
/// (<see cref="PageLayout.AnalyzeWords"/>). Used for an OCR'd PDF page and for an image's frame.</summary>
internal static class OcrPageWords
{
    /// <summary>Places recognized words (pixels, origin top-left) into a rectangle in PDF points (origin bottom-left).</summary>
    /// <param name="recognized">The recognized page.</param>
    /// <param name="pageNumber">Its 1-based page number.</param>
    /// <param name="left">Left edge of the rectangle the image fills, points.</param>
    /// <param name="top">Its top edge.</param>
    /// <param name="width">Its width.</param>
    /// <param name="height">Its height.</param>
    /// <returns>The words with their boxes, baselines, sizes and confidences.</returns>
    public static List<PageWord> Place(OcrPage recognized, int pageNumber, double left, double top, double width, double height)
    {
        var sx = width / recognized.Width;
        var sy = height / recognized.Height;
        return recognized.Words
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .Select(w => new PageWord(w.Text, pageNumber, left + (w.Left * sx), top - (w.Bottom * sy), left + (w.Right * sx), top - (w.Top * sy),
                top - (w.Bottom * sy), Math.Max(4, (w.Bottom - w.Top) * sy * 1.15))
            { Confidence = w.Confidence })
            .ToList();
    }
}
