using System.Runtime.InteropServices;

namespace CaseStay.Extract.Ocr.Native;

/// <summary>The parts of libtesseract's C API (capi.h) and leptonica the engine uses.</summary>
internal static partial class NativeMethods
{
    internal const string Tesseract = "libtesseract.so.5";
    internal const string Leptonica = "liblept.so.5";

    [LibraryImport(Tesseract)]
    internal static partial IntPtr TessVersion();

    [LibraryImport(Tesseract)]
    internal static partial IntPtr TessBaseAPICreate();

    [LibraryImport(Tesseract, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPIInit3(TessApiHandle handle, string? datapath, string language);

    [LibraryImport(Tesseract)]
    internal static partial void TessBaseAPISetPageSegMode(TessApiHandle handle, int mode);

    [LibraryImport(Tesseract, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPISetVariable(TessApiHandle handle, string name, string value);

    [LibraryImport(Tesseract)]
    internal static partial void TessBaseAPISetImage2(TessApiHandle handle, PixHandle pix);

    [LibraryImport(Tesseract)]
    internal static partial void TessBaseAPISetSourceResolution(TessApiHandle handle, int ppi);

    [LibraryImport(Tesseract)]
    internal static partial void TessBaseAPISetRectangle(TessApiHandle handle, int left, int top, int width, int height);

    [LibraryImport(Leptonica)]
    internal static partial IntPtr pixScale(PixHandle pix, float scalex, float scaley);

    [LibraryImport(Tesseract)]
    internal static partial int TessBaseAPIRecognize(TessApiHandle handle, IntPtr monitor);

    [LibraryImport(Tesseract)]
    internal static partial IntPtr TessMonitorCreate();

    [LibraryImport(Tesseract)]
    internal static partial void TessMonitorDelete(IntPtr monitor);

    /// <summary>Sets the callback Tesseract asks, between words, whether to stop: <c>bool (*)(void* cancel_this, int words)</c>.</summary>
    [LibraryImport(Tesseract)]
    internal static partial void TessMonitorSetCancelFunc(IntPtr monitor, IntPtr cancelFunc);

    [LibraryImport(Tesseract)]
    internal static partial void TessMonitorSetCancelThis(IntPtr monitor, IntPtr cancelThis);

    [LibraryImport(Tesseract)]
    internal static partial IntPtr TessBaseAPIGetTsvText(TessApiHandle handle, int pageNumber);

    [LibraryImport(Tesseract)]
    internal static partial void TessDeleteText(IntPtr text);

    [LibraryImport(Tesseract)]
    internal static partial void TessBaseAPIClear(TessApiHandle handle);

    [LibraryImport(Tesseract)]
    internal static partial void TessBaseAPIEnd(IntPtr handle);

    [LibraryImport(Tesseract)]
    internal static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(Leptonica)]
    internal static unsafe partial IntPtr pixReadMem(byte* data, nuint size);

    [LibraryImport(Leptonica)]
    internal static unsafe partial IntPtr pixReadMemTiff(byte* data, nuint size, int n);

    [LibraryImport(Leptonica)]
    internal static unsafe partial IntPtr pixaReadMemMultipageTiff(byte* data, nuint size);

    [LibraryImport(Leptonica)]
    internal static partial int pixaGetCount(IntPtr pixa);

    [LibraryImport(Leptonica)]
    internal static partial void pixaDestroy(ref IntPtr pixa);

    [LibraryImport(Leptonica)]
    internal static partial void pixDestroy(ref IntPtr pix);

    [LibraryImport(Leptonica)]
    internal static partial int pixGetWidth(PixHandle pix);

    [LibraryImport(Leptonica)]
    internal static partial int pixGetHeight(PixHandle pix);

    [LibraryImport(Leptonica)]
    internal static partial int pixGetXRes(PixHandle pix);

    [LibraryImport(Leptonica)]
    internal static partial IntPtr pixDeskewGeneral(PixHandle pix, int redsweep, float sweeprange, float sweepdelta, int redsearch, int thresh, out float angle, out float confidence);

    [LibraryImport(Leptonica)]
    internal static partial int pixWriteMemPng(out IntPtr data, out nuint size, PixHandle pix, float gamma);

    [LibraryImport(Leptonica)]
    internal static partial void lept_free(IntPtr data);

    [LibraryImport(Leptonica)]
    internal static partial IntPtr pixConvertTo1(PixHandle pix, int threshold);

    [LibraryImport(Leptonica)]
    internal static partial IntPtr pixGetData(PixHandle pix);

    [LibraryImport(Leptonica)]
    internal static partial int pixGetWpl(PixHandle pix);

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetEnv(string name, string value, int overwrite);
}

/// <summary>A TessBaseAPI instance; released with TessBaseAPIEnd + TessBaseAPIDelete.</summary>
internal sealed class TessApiHandle : SafeHandle
{
    public TessApiHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    internal static TessApiHandle Create()
    {
        var h = new TessApiHandle();
        h.SetHandle(NativeMethods.TessBaseAPICreate());
        return h;
    }

    protected override bool ReleaseHandle()
    {
        NativeMethods.TessBaseAPIEnd(handle);
        NativeMethods.TessBaseAPIDelete(handle);
        return true;
    }
}

/// <summary>A leptonica PIX (pixel buffer); released with pixDestroy.</summary>
internal sealed class PixHandle : SafeHandle
{
    public PixHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    internal static PixHandle FromPointer(IntPtr pointer)
    {
        var h = new PixHandle();
        h.SetHandle(pointer);
        return h;
    }

    protected override bool ReleaseHandle()
    {
        var p = handle;
        NativeMethods.pixDestroy(ref p);
        return true;
    }
}
