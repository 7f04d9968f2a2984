using CaseStay.Extract.Layout;
using CaseStay.Extract.Sources;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// The image source (PNG, JPEG, TIFF — every frame a page): the header is checked against the budgets before any
/// decoder runs (<see cref="ImageHeader"/>), each frame is recognized at 300 dpi, its words placed in points
/// (<see cref="OcrPageWords"/>) and cleaned by geometry (<see cref="OcrGeometry"/>), then laid out and composed into
/// the line model like any positioned page (<see cref="PageLayout.AnalyzeWords"/>, <see cref="PageComposer.Compose"/>).
/// Nothing of the PDF reader is used.
/// </summary>
internal static class OcrImageReader
{
    /// <summary>Reads an encoded image as a text layer.</summary>
    /// <param name="bytes">The image file.</param>
    /// <param name="options">Options (the OCR provider, the pixel and page budgets).</param>
    /// <param name="cancellationToken">Cancels between frames and inside the engine.</param>
    /// <returns>The layer, or an error (<c>too-large</c>, <c>ocr-unavailable</c>, <c>empty-document</c>, <c>image-corrupt</c>).</returns>
    public static (TextLayer? Layer, ExtractionError? Error) Read(byte[] bytes, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var header = ImageHeader.Check(bytes, options);
        if (header.Error is { } refused)
        {
            return (null, refused);
        }

        if (options.Ocr is not { } ocr)
        {
            return (null, new ExtractionError(ErrorCodes.OcrUnavailable,
                "Images need OCR: reference the CaseStay.Extract.Ocr package, set ExtractionOptions.Ocr, and install Tesseract (apt-get install tesseract-ocr tesseract-ocr-eng)."));
        }

        if (bytes.Length == 0)
        {
            return (null, new ExtractionError(ErrorCodes.EmptyDocument, "The file is empty (0 bytes)."));
        }

        var frames = header.Frames ?? ocr.CountFrames(bytes);
        if (frames == 0)
        {
            return (null, new ExtractionError(ErrorCodes.ImageCorrupt, "The image could not be decoded."));
        }

        var pages = new List<PageLayout>();
        var low = new List<int>();
        var margin = new OcrDocumentMargin();
        for (var f = 0; f < frames; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = ocr.Recognize(bytes, f, 300, cancellationToken);
            if (page is null)
            {
                return (null, new ExtractionError(ErrorCodes.ImageCorrupt, $"Frame {f + 1} of the image could not be decoded."));
            }

            var scale = 72.0 / page.Dpi;
            var (width, height) = (page.Width * scale, page.Height * scale);
            var words = OcrGeometry.Clean(OcrPageWords.Place(page, f + 1, 0, height, width, height), width, height, margin);
            pages.Add(PageLayout.AnalyzeWords(words, width, height, [], words.Count > 0));
            if (page.Dpi < 200)
            {
                low.Add(f + 1);
            }
        }

        return (PageComposer.Compose(pages, false, Enumerable.Range(1, frames).ToArray(), low), null);
    }
}
