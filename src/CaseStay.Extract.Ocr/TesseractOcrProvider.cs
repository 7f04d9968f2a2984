using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using CaseStay.Extract.Ocr.Native;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// OCR with Tesseract 5 (Debian: <c>apt-get install tesseract-ocr tesseract-ocr-eng</c>) through libtesseract's C API.
/// Engines are pooled (one per concurrent caller, each loading the model once and reused across pages); each engine
/// is single-threaded (<c>OMP_THREAD_LIMIT=1</c>), so parallelism comes from pages and files. Images are deskewed
/// with leptonica before recognition. Pages whose image cannot be decoded are rendered with <c>pdftoppm</c>
/// (Debian: poppler-utils), started without a shell.
/// </summary>
/// <remarks>Thread-safe. Dispose it to free the engines.</remarks>
public sealed class TesseractOcrProvider : IOcrProvider, IDisposable
{
    private static readonly string[] s_tessdataCandidates =
        ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata"];

    private readonly ConcurrentBag<TesseractEngine> _pool = [];
    private readonly OcrTempFolders _temp = new();
    private readonly string _tessdata;
    private readonly string _language;
    private int _disposed;

    private const bool DefaultCrop = false;

    private TesseractOcrProvider(string tessdata, string language, string version)
    {
        _tessdata = tessdata;
        _language = language;
        Name = "tesseract " + version;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>
    /// Resolution of the first recognition pass (default 200 dpi; 0 reads every page at its own resolution): a page
    /// scanned finer is scaled down for it, and the words it reads with low confidence are read again at the
    /// scan's resolution. Environment variable <c>CASESTAY_OCR_FIRST_PASS_DPI</c> overrides the default.
    /// </summary>
    internal int FirstPassDpi { get; init; } = 200;

    /// <summary>
    /// Whether the first pass reads only the page's text area (<see cref="OcrTextArea"/>: right of the pleading paper's
    /// left rule, without blank bands). Environment variable <c>CASESTAY_OCR_CROP</c> (0 or 1) overrides the default.
    /// </summary>
    internal bool CropFirstPass { get; init; }

    /// <summary>Words read with a confidence under this are read again, alone, at full resolution (0: none).
    /// Environment variable <c>CASESTAY_OCR_REFINE_BELOW</c> overrides it (for measurements).</summary>
    internal double RefineBelow { get; init; } = OcrRefinement.DefaultThreshold;

    /// <summary>Whether images are deskewed before recognition (default; <c>CASESTAY_OCR_DESKEW=0</c> turns it off, for
    /// measurements).</summary>
    internal bool Deskews { get; init; } = true;

    /// <summary>Path of the tessdata folder in use.</summary>
    public string TessdataPath => _tessdata;

    /// <summary>
    /// Creates a provider after checking that libtesseract, leptonica and the language data are present.
    /// Never throws: when something is missing, <paramref name="error"/> (code <c>ocr-unavailable</c>) says what
    /// to install.
    /// </summary>
    /// <param name="provider">The provider, or null.</param>
    /// <param name="error">Why OCR is unavailable, or null.</param>
    /// <param name="language">Tesseract language code(s), default "eng".</param>
    /// <param name="tessdataPath">The tessdata folder; default: <c>TESSDATA_PREFIX</c>, then the Debian paths.</param>
    /// <returns>True when OCR is available.</returns>
    public static bool TryCreate(out TesseractOcrProvider? provider, out ExtractionError? error, string language = "eng", string? tessdataPath = null)
    {
        provider = null;
        error = null;
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            error = Unavailable("this OCR binding targets libtesseract.so.5 on Linux.");
            return false;
        }

        // Single-threaded engines: set before libtesseract (and OpenMP) load; the native environment, not .NET's copy.
        NativeMethods.SetEnv("OMP_THREAD_LIMIT", "1", 0);
        if (!NativeLibrary.TryLoad(NativeMethods.Tesseract, typeof(TesseractOcrProvider).Assembly, null, out _))
        {
            error = Unavailable("libtesseract.so.5 was not found: apt-get install tesseract-ocr tesseract-ocr-eng");
            return false;
        }

        if (!NativeLibrary.TryLoad(NativeMethods.Leptonica, typeof(TesseractOcrProvider).Assembly, null, out _))
        {
            error = Unavailable("liblept.so.5 was not found: apt-get install tesseract-ocr (it brings liblept5)");
            return false;
        }

        var tessdata = tessdataPath ?? FindTessdata(language);
        if (tessdata is null || !File.Exists(Path.Combine(tessdata, language.Split('+')[0] + ".traineddata")))
        {
            error = Unavailable($"no {language}.traineddata in {tessdata ?? string.Join(", ", s_tessdataCandidates)}: apt-get install tesseract-ocr-{language.Split('+')[0]} (or set TESSDATA_PREFIX)");
            return false;
        }

        OcrTempFolders.SweepStale();
        var version = Marshal.PtrToStringUTF8(NativeMethods.TessVersion()) ?? "unknown";
        var firstPass = int.TryParse(Environment.GetEnvironmentVariable("CASESTAY_OCR_FIRST_PASS_DPI"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 200;
        var crop = Environment.GetEnvironmentVariable("CASESTAY_OCR_CROP") is { } c ? c == "1" : DefaultCrop;
        var refine = double.TryParse(Environment.GetEnvironmentVariable("CASESTAY_OCR_REFINE_BELOW"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : OcrRefinement.DefaultThreshold;
        var created = new TesseractOcrProvider(tessdata, language, version) { FirstPassDpi = firstPass, CropFirstPass = crop, RefineBelow = refine, Deskews = Environment.GetEnvironmentVariable("CASESTAY_OCR_DESKEW") != "0" };
        try
        {
            created._pool.Add(TesseractEngine.Create(tessdata, language));
        }
        catch (InvalidOperationException e)
        {
            created.Dispose();
            error = Unavailable(e.Message);
            return false;
        }

        provider = created;
        return true;
    }

    /// <inheritdoc />
    public int CountFrames(ReadOnlyMemory<byte> encodedImage)
    {
        var span = encodedImage.Span;
        if (span.Length < 8)
        {
            return 0;
        }

        unsafe
        {
            fixed (byte* p = span)
            {
                if (IsTiff(span))
                {
                    var pixa = NativeMethods.pixaReadMemMultipageTiff(p, (nuint)span.Length);
                    if (pixa == IntPtr.Zero)
                    {
                        return 0;
                    }

                    var n = NativeMethods.pixaGetCount(pixa);
                    NativeMethods.pixaDestroy(ref pixa);
                    return n;
                }

                var pix = NativeMethods.pixReadMem(p, (nuint)span.Length);
                if (pix == IntPtr.Zero)
                {
                    return 0;
                }

                NativeMethods.pixDestroy(ref pix);
                return 1;
            }
        }
    }

    /// <inheritdoc />
    public OcrPage? Recognize(ReadOnlyMemory<byte> encodedImage, int frame, int fallbackDpi, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        using var pix = Decode(encodedImage.Span, frame);
        if (pix is null)
        {
            return null;
        }

        var dpi = NativeMethods.pixGetXRes(pix);
        dpi = dpi is > 30 and < 2400 ? dpi : fallbackDpi;
        var angle = 0.0;
        using var deskewed = Deskews ? Deskew(pix, out angle) : null;
        var full = deskewed ?? pix;
        var engine = Rent();
        try
        {
            OcrPage page;
            if (FirstPassDpi > 0 && dpi > FirstPassDpi * 1.2)
            {
                // First pass on a smaller image; the words it is unsure of are read again at full resolution.
                var scale = (float)FirstPassDpi / dpi;
                var small = NativeMethods.pixScale(full, scale, scale);
                if (small == IntPtr.Zero)
                {
                    page = engine.Recognize(full, dpi, cancellationToken);
                }
                else
                {
                    using var smallPix = PixHandle.FromPointer(small);
                    var coarse = engine.RecognizeArea(smallPix, FirstPassDpi, CropFirstPass ? OcrTextArea.Find(smallPix) : null, cancellationToken);
                    page = new OcrPage(NativeMethods.pixGetWidth(full), NativeMethods.pixGetHeight(full), dpi, coarse.Words.Select(w => Upscale(w, scale)).ToList(), 0);
                }
            }
            else
            {
                page = engine.RecognizeArea(full, dpi, CropFirstPass ? OcrTextArea.Find(full) : null, cancellationToken);
            }

            return OcrRefinement.Refine(engine, full, dpi, page, RefineBelow, cancellationToken) with { SkewDegrees = angle };
        }
        finally
        {
            _pool.Add(engine);
        }
    }

    /// <inheritdoc />
    public OcrPage? RecognizePdfPage(byte[] pdf, int pageNumber, int dpi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var dir = _temp.Create();
        try
        {
            var input = Path.Combine(dir.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            var prefix = Path.Combine(dir.FullName, "page");
            var start = new ProcessStartInfo("pdftoppm")
            {
                UseShellExecute = false,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            foreach (var arg in new[] { "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile", input, prefix })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            _temp.Attach(dir, process);

            using (cancellationToken.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } }))
            {
                process.StandardError.ReadToEnd();
                process.WaitForExit();
            }

            cancellationToken.ThrowIfCancellationRequested();
            var png = prefix + ".png";
            if (process.ExitCode != 0 || !File.Exists(png))
            {
                return null;
            }

            return Recognize(File.ReadAllBytes(png), 0, dpi, cancellationToken) is { } page ? page with { Dpi = dpi } : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // pdftoppm is not installed
        }
        finally
        {
            _temp.Release(dir);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        while (_pool.TryTake(out var engine))
        {
            engine.Dispose();
        }

        _temp.Dispose();
    }

    private static OcrWord Upscale(OcrWord w, float scale) =>
        w with { Left = (int)(w.Left / scale), Top = (int)(w.Top / scale), Right = (int)Math.Ceiling(w.Right / scale), Bottom = (int)Math.Ceiling(w.Bottom / scale) };

    private TesseractEngine Rent() => _pool.TryTake(out var engine) ? engine : TesseractEngine.Create(_tessdata, _language);

    private static PixHandle? Decode(ReadOnlySpan<byte> data, int frame)
    {
        if (data.Length < 8)
        {
            return null;
        }

        unsafe
        {
            fixed (byte* p = data)
            {
                var pointer = IsTiff(data) ? NativeMethods.pixReadMemTiff(p, (nuint)data.Length, frame)
                    : frame == 0 ? NativeMethods.pixReadMem(p, (nuint)data.Length) : IntPtr.Zero;
                return pointer == IntPtr.Zero ? null : PixHandle.FromPointer(pointer);
            }
        }
    }

    private static PixHandle? Deskew(PixHandle pix, out double angle)
    {
        var result = NativeMethods.pixDeskewGeneral(pix, 0, 0, 0, 0, 0, out var a, out var confidence);
        angle = confidence > 0 ? Math.Round(a, 2) : 0;
        return result == IntPtr.Zero ? null : PixHandle.FromPointer(result);
    }

    private static bool IsTiff(ReadOnlySpan<byte> data) =>
        data.Length >= 4 && ((data[0] == 'I' && data[1] == 'I' && data[2] == 42 && data[3] == 0) || (data[0] == 'M' && data[1] == 'M' && data[2] == 0 && data[3] == 42));

    private static string? FindTessdata(string language)
    {
        var prefix = Environment.GetEnvironmentVariable("TESSDATA_PREFIX");
        var candidates = prefix is null ? s_tessdataCandidates : [prefix, Path.Combine(prefix, "tessdata"), .. s_tessdataCandidates];
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, language.Split('+')[0] + ".traineddata")));
    }

    private static ExtractionError Unavailable(string why) => new(ErrorCodes.OcrUnavailable, "OCR is unavailable: " + why);
}
