using System.Globalization;
using System.Runtime.InteropServices;
using CaseStay.Extract.Ocr.Native;

namespace CaseStay.Extract.Ocr;

/// <summary>One Tesseract engine (model loaded once), used by one thread at a time; the provider pools them.</summary>
internal sealed class TesseractEngine : IDisposable
{
    private readonly TessApiHandle _api;

    private TesseractEngine(TessApiHandle api) => _api = api;

    public static TesseractEngine Create(string tessdata, string language)
    {
        var api = TessApiHandle.Create();
        if (api.IsInvalid)
        {
            throw new InvalidOperationException("TessBaseAPICreate returned null.");
        }

        if (NativeMethods.TessBaseAPIInit3(api, tessdata, language) != 0)
        {
            api.Dispose();
            throw new InvalidOperationException($"Tesseract could not load language '{language}' from '{tessdata}'.");
        }

        NativeMethods.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        NativeMethods.TessBaseAPISetPageSegMode(api, 3); // PSM_AUTO: blocks, so the margin column is its own block
        return new TesseractEngine(api);
    }

    public OcrPage Recognize(PixHandle pix, int dpi, CancellationToken cancellationToken) => Recognize(pix, dpi, null, cancellationToken);

    /// <summary>Recognizes one region of the image as a page (blocks and lines found inside it), words in the image's
    /// coordinates; the whole image when <paramref name="region"/> is null.</summary>
    public OcrPage RecognizeArea(PixHandle pix, int dpi, (int Left, int Top, int Width, int Height)? region, CancellationToken cancellationToken) =>
        Recognize(pix, dpi, region, cancellationToken);

    /// <summary>Recognizes one region of the image as a single text line (page segmentation mode 7), words in the
    /// image's coordinates.</summary>
    public OcrPage RecognizeLine(PixHandle pix, int dpi, (int Left, int Top, int Width, int Height) region, CancellationToken cancellationToken)
    {
        NativeMethods.TessBaseAPISetPageSegMode(_api, 7);
        try
        {
            return Recognize(pix, dpi, region, cancellationToken);
        }
        finally
        {
            NativeMethods.TessBaseAPISetPageSegMode(_api, 3);
        }
    }

    private OcrPage Recognize(PixHandle pix, int dpi, (int Left, int Top, int Width, int Height)? region, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var width = NativeMethods.pixGetWidth(pix);
        var height = NativeMethods.pixGetHeight(pix);
        NativeMethods.TessBaseAPISetImage2(_api, pix);
        NativeMethods.TessBaseAPISetSourceResolution(_api, dpi);
        if (region is { } r)
        {
            NativeMethods.TessBaseAPISetRectangle(_api, r.Left, r.Top, r.Width, r.Height);
        }

        var status = RecognizeCancellable(cancellationToken);
        if (status != 0 || cancellationToken.IsCancellationRequested)
        {
            // A cancelled recognition may return either code with a partial page: it is never used.
            NativeMethods.TessBaseAPIClear(_api);
            cancellationToken.ThrowIfCancellationRequested();
            return new OcrPage(width, height, dpi, [], 0);
        }

        var tsv = NativeMethods.TessBaseAPIGetTsvText(_api, 0);
        try
        {
            var text = Marshal.PtrToStringUTF8(tsv) ?? string.Empty;
            return new OcrPage(width, height, dpi, ParseTsv(text), 0);
        }
        finally
        {
            if (tsv != IntPtr.Zero)
            {
                NativeMethods.TessDeleteText(tsv);
            }

            NativeMethods.TessBaseAPIClear(_api);
        }
    }

    /// <summary>
    /// Recognizes the image set on the engine with a progress monitor whose cancel callback reads the token, so a
    /// cancelled or timed-out file stops mid-page (Tesseract asks between words) instead of running to the end.
    /// </summary>
    private unsafe int RecognizeCancellable(CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            return NativeMethods.TessBaseAPIRecognize(_api, IntPtr.Zero);
        }

        var monitor = NativeMethods.TessMonitorCreate();
        var token = GCHandle.Alloc(new TokenBox(cancellationToken));
        try
        {
            NativeMethods.TessMonitorSetCancelFunc(monitor, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, int, byte>)&CancelRequested);
            NativeMethods.TessMonitorSetCancelThis(monitor, GCHandle.ToIntPtr(token));
            return NativeMethods.TessBaseAPIRecognize(_api, monitor);
        }
        finally
        {
            NativeMethods.TessMonitorDelete(monitor);
            token.Free();
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    private static byte CancelRequested(IntPtr cancelThis, int words) =>
        GCHandle.FromIntPtr(cancelThis).Target is TokenBox { Token.IsCancellationRequested: true } ? (byte)1 : (byte)0;

    /// <summary>The token, boxed once so the native callback can reach it through a GC handle.</summary>
    private sealed record TokenBox(CancellationToken Token);

    /// <summary>Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, conf, text.</summary>
    internal static List<OcrWord> ParseTsv(string tsv)
    {
        var words = new List<OcrWord>();
        foreach (var line in tsv.Split('\n'))
        {
            var f = line.Split('\t');
            if (f.Length < 12 || f[0] != "5")
            {
                continue;
            }

            var text = f[11].Trim();
            if (text.Length == 0
                || !int.TryParse(f[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var left)
                || !int.TryParse(f[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var top)
                || !int.TryParse(f[8], NumberStyles.Integer, CultureInfo.InvariantCulture, out var w)
                || !int.TryParse(f[9], NumberStyles.Integer, CultureInfo.InvariantCulture, out var h)
                || !double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var conf))
            {
                continue;
            }

            words.Add(new OcrWord(text, left, top, left + w, top + h, Math.Clamp(conf / 100.0, 0, 1)));
        }

        return words;
    }

    public void Dispose() => _api.Dispose();
}
