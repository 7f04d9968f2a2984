namespace CaseStay.Extract.Ocr;

/// <summary>One word recognized on a page image, in pixels (origin top-left).</summary>
/// <param name="Text">The word.</param>
/// <param name="Left">Left edge, px.</param>
/// <param name="Top">Top edge, px.</param>
/// <param name="Right">Right edge, px.</param>
/// <param name="Bottom">Bottom edge, px.</param>
/// <param name="Confidence">The engine's confidence, 0–1.</param>
public sealed record OcrWord(string Text, int Left, int Top, int Right, int Bottom, double Confidence);

/// <summary>The words of one recognized page image.</summary>
/// <param name="Width">Image width, px (after deskewing).</param>
/// <param name="Height">Image height, px.</param>
/// <param name="Dpi">Resolution the image was recognized at (from its metadata, or the rasterizer's).</param>
/// <param name="Words">Words in the engine's reading order.</param>
/// <param name="SkewDegrees">The rotation that was removed before recognition.</param>
public sealed record OcrPage(int Width, int Height, int Dpi, IReadOnlyList<OcrWord> Words, double SkewDegrees);

/// <summary>
/// An OCR engine for the extractor. The core package has no native dependency: the Tesseract binding lives in
/// the package <c>CaseStay.Extract.Ocr</c> (<c>TesseractOcrProvider</c>).
/// </summary>
/// <remarks>Implementations must be safe to call from several threads at once (e.g. one engine per thread).</remarks>
public interface IOcrProvider
{
    /// <summary>A short name for reports ("tesseract 5.3.0").</summary>
    string Name { get; }

    /// <summary>How many pages (frames) an encoded image holds: more than one for a multi-page TIFF.</summary>
    /// <param name="encodedImage">PNG, JPEG, TIFF, … bytes.</param>
    /// <returns>The number of frames; 0 when the bytes are not an image the engine can read.</returns>
    int CountFrames(ReadOnlyMemory<byte> encodedImage);

    /// <summary>Recognizes one frame of an encoded image.</summary>
    /// <param name="encodedImage">PNG, JPEG, TIFF, … bytes.</param>
    /// <param name="frame">0-based frame (page of a multi-page TIFF).</param>
    /// <param name="fallbackDpi">Resolution to assume when the image does not say.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The page, or null when the image cannot be decoded.</returns>
    OcrPage? Recognize(ReadOnlyMemory<byte> encodedImage, int frame, int fallbackDpi, CancellationToken cancellationToken);

    /// <summary>Renders one PDF page to an image (when its embedded image cannot be decoded) and recognizes it.</summary>
    /// <param name="pdf">The PDF bytes.</param>
    /// <param name="pageNumber">1-based page.</param>
    /// <param name="dpi">Rendering resolution.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The page, or null when no rasterizer is available.</returns>
    OcrPage? RecognizePdfPage(byte[] pdf, int pageNumber, int dpi, CancellationToken cancellationToken);
}

/// <summary>When to OCR.</summary>
public enum OcrMode
{
    /// <summary>OCR only pages whose text layer is missing or unusable (the default).</summary>
    Auto,

    /// <summary>Never OCR: pages without text are reported (warning <c>ocr-needed</c>).</summary>
    Never,

    /// <summary>OCR every page, ignoring any text layer.</summary>
    Always,
}
