namespace CaseStay.Extract.Review;

/// <summary>
/// Turns an image a browser cannot show (TIFF, multi-page TIFF, BMP, PNM, …) into PNG pages for the review. The core
/// package has no image codec: <c>CaseStay.Extract.Ocr</c> ships one (<c>LeptonicaImageConverter</c>, the Leptonica
/// library Tesseract already brings); set it as <see cref="StayOrderReportOptions.ImageConverter"/>.
/// </summary>
/// <remarks>Implementations must be safe to call from several threads at once.</remarks>
public interface IPageImageConverter
{
    /// <summary>Encodes one frame (page) of an image as PNG, keeping its pixel size and stating its resolution
    /// (the <c>pHYs</c> chunk) when the source states one, so that field boxes in points scale onto it.</summary>
    /// <param name="encodedImage">The image file's bytes.</param>
    /// <param name="frame">0-based frame: the page of a multi-page TIFF; other formats have frame 0 only.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The PNG bytes, or null when there is no such frame or the bytes cannot be decoded.</returns>
    byte[]? ConvertToPng(ReadOnlyMemory<byte> encodedImage, int frame, CancellationToken cancellationToken);
}
