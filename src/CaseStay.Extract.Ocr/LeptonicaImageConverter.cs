using System.Runtime.InteropServices;
using CaseStay.Extract.Ocr.Native;
using CaseStay.Extract.Review;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// Converts TIFF (every page of a multi-page TIFF) and the other formats Leptonica reads (BMP, PNM, GIF, WebP, …) to
/// PNG for the review pages, in-process with the Leptonica library Tesseract brings (<c>liblept.so.5</c>, Debian
/// package <c>liblept5</c>, a dependency of <c>tesseract-ocr</c>). Pixel size and resolution are kept, so the
/// record's boxes scale onto the page as they do for the pages the OCR read. Stateless and thread-safe.
/// </summary>
public sealed class LeptonicaImageConverter : IPageImageConverter
{
    /// <inheritdoc />
    /// <remarks>Returns null (the page is listed without an image) when Leptonica is not installed.</remarks>
    public byte[]? ConvertToPng(ReadOnlyMemory<byte> encodedImage, int frame, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var data = encodedImage.Span;
        if (data.Length < 8 || frame < 0)
        {
            return null;
        }

        try
        {
            IntPtr pointer;
            unsafe
            {
                fixed (byte* p = data)
                {
                    pointer = IsTiff(data) ? NativeMethods.pixReadMemTiff(p, (nuint)data.Length, frame)
                        : frame == 0 ? NativeMethods.pixReadMem(p, (nuint)data.Length) : IntPtr.Zero;
                }
            }

            if (pointer == IntPtr.Zero)
            {
                return null;
            }

            using var pix = PixHandle.FromPointer(pointer);
            cancellationToken.ThrowIfCancellationRequested();
            if (NativeMethods.pixWriteMemPng(out var png, out var size, pix, 0f) != 0 || png == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                var bytes = new byte[checked((int)size)];
                Marshal.Copy(png, bytes, 0, bytes.Length);
                return bytes;
            }
            finally
            {
                NativeMethods.lept_free(png);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static bool IsTiff(ReadOnlySpan<byte> data) =>
        data.Length >= 4 && ((data[0] == 'I' && data[1] == 'I' && data[2] == 42 && data[3] == 0) || (data[0] == 'M' && data[1] == 'M' && data[2] == 0 && data[3] == 42));
}
