using CaseStay.Extract.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;
using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Pdf;

/// <summary>
/// OCR of one PDF page: the page's scan image is taken as it is embedded (JPEG passes through; Flate and other
/// filters PdfPig can decode become PNG); when it cannot be decoded the OCR provider renders the page
/// (pdftoppm at 300 dpi). Recognized words are placed in PDF points and go through the same layout analysis
/// as a text layer.
/// </summary>
internal static class PdfPageOcr
{
    internal sealed record Result(PageLayout Layout, int Dpi);

    public static Result? Recognize(IOcrProvider ocr, byte[] pdf, Page page, CancellationToken cancellationToken, long maxPixels = 64_000_000, OcrDocumentMargin? margin = null)
    {
        OcrPage? recognized = null;
        double left = 0, top = page.Height, width = page.Width, height = page.Height;
        var image = page.GetImages()
            .Where(i => i.BoundingBox.Width * i.BoundingBox.Height >= 0.5 * page.Width * page.Height)
            .OrderByDescending(i => i.BoundingBox.Width * i.BoundingBox.Height)
            .FirstOrDefault();
        if (image is not null && Encoded(image) is { } encoded)
        {
            var dpi = (int)Math.Round(image.WidthInSamples / (image.BoundingBox.Width / 72.0));
            recognized = ocr.Recognize(encoded, 0, Math.Max(dpi, 1), cancellationToken);
            if (recognized is not null)
            {
                left = image.BoundingBox.Left;
                top = image.BoundingBox.Top;
                width = image.BoundingBox.Width;
                height = image.BoundingBox.Height;
                recognized = recognized with { Dpi = dpi };
            }
        }

        recognized ??= ocr.RecognizePdfPage(pdf, page.Number, RenderDpi(page.Width, page.Height, maxPixels), cancellationToken);
        if (recognized is null)
        {
            return null;
        }

        var words = OcrGeometry.Clean(OcrPageWords.Place(recognized, page.Number, left, top, width, height), page.Width, page.Height, margin);
        var layout = PageLayout.AnalyzeWords(words, page.Width, page.Height, [], usable: words.Count > 0);
        return new Result(layout, recognized.Dpi);
    }

    /// <summary>The rendering resolution for a page: 300 dpi, lowered so that the page's pixels stay within
    /// <paramref name="maxPixels"/> (a poster-sized page would otherwise make the rasterizer allocate gigabytes).</summary>
    internal static int RenderDpi(double widthPoints, double heightPoints, long maxPixels)
    {
        var squareInches = Math.Max(widthPoints / 72.0, 0.01) * Math.Max(heightPoints / 72.0, 0.01);
        return (int)Math.Clamp(Math.Floor(Math.Sqrt(maxPixels / squareInches)), 1, 300);
    }

    private static ReadOnlyMemory<byte>? Encoded(IPdfImage image)
    {
        var filter = image.ImageDictionary.TryGet(NameToken.Filter, out var token) ? token.ToString() ?? string.Empty : string.Empty;
        if (filter.Contains("DCTDecode", StringComparison.Ordinal) && !filter.Contains("Flate", StringComparison.Ordinal))
        {
            return image.RawMemory;
        }

        try
        {
            return image.TryGetPng(out var png) ? png : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}
