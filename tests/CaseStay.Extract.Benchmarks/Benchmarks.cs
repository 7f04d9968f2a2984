using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using CaseStay.Extract;
using CaseStay.Extract.Layout;
using CaseStay.Extract.Ocr;
using CaseStay.Extract.Pdf;
using CaseStay.Extract.Text;

// dotnet run -c Release --project tests/CaseStay.Extract.Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project tests/CaseStay.Extract.Benchmarks -- linearity   (see Linearity.cs)
if (args is ["linearity", ..])
{
    return Linearity.Run();
}

// dotnet run -c Release --project tests/CaseStay.Extract.Benchmarks -- stages [runs]   (quick stopwatch table, issue 17)
if (args.Length > 0 && args[0] == "stages")
{
    Stages.PrintTable(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return 0;
}

if (args.Length > 0 && args[0] == "profile")
{
    // For dotnet-trace/perf: the whole extraction of the real corpus, repeated.
    var corpus = RealPdfCorpus.Load();
    for (var i = 0; i < (args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10); i++)
    {
        Stages.Whole(corpus);
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Fixtures).Assembly).Run(args);
return 0;

/// <summary>Inputs shared by the benchmarks, read from testdata/.</summary>
public static class Fixtures
{
    public static string Root { get; } = FindRoot();

    public static string Orders => Path.Combine(Root, "testdata", "orders");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaseStay.Extract.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}

/// <summary>Stage 2–3: margin numbers, logical lines, normalized flow with its offset map.</summary>
[MemoryDiagnoser]
public class TextNormalizationBench
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(Path.Combine(Fixtures.Orders, "vdrp-pleading-2p", "input.txt"));

    [Benchmark]
    public int Normalize()
    {
        var (lines, pages, _) = LineAssembler.Assemble(_text);
        return NormalizedDocument.Build(_text, lines, pages).Flow.Length;
    }
}

/// <summary>Everything for a text input: normalization, every field, deadlines, citations.</summary>
[MemoryDiagnoser]
public class FieldExtractionBench
{
    private string _pleading = string.Empty;
    private string _collapsed = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _pleading = File.ReadAllText(Path.Combine(Fixtures.Orders, "vdrp-pleading-2p", "input.txt"));
        _collapsed = File.ReadAllText(Path.Combine(Fixtures.Orders, "vdrp-collapsed-misnumbered", "input.txt"));
    }

    [Benchmark(Baseline = true)]
    public StayOrder? Pleading() => StayOrderExtractor.ExtractText(_pleading).Order;

    [Benchmark]
    public StayOrder? Collapsed() => StayOrderExtractor.ExtractText(_collapsed).Order;
}

/// <summary>Issue 11's throughput measure: every labelled real order of ../shared/corpus/real, one after the other
/// (one operation = all of them; orders/s = count / mean).</summary>
[MemoryDiagnoser]
public class CorpusThroughputBench
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup() =>
        _texts = Directory.GetFiles(Path.Combine(Fixtures.Root, "..", "shared", "corpus", "real"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>The number of orders one operation extracts.</summary>
    public int Count => _texts.Length;

    [Benchmark]
    public int AllRealOrders()
    {
        var stays = 0;
        foreach (var text in _texts)
        {
            stays += StayOrderExtractor.ExtractText(text).Order?.IsStayOrder == true ? 1 : 0;
        }

        return stays;
    }
}

/// <summary>PdfPig open + words + layout for a two-page order, and the whole PDF extraction.</summary>
[MemoryDiagnoser]
public class PdfBench
{
    private byte[] _pdf = [];

    [GlobalSetup]
    public void Setup() => _pdf = File.ReadAllBytes(Path.Combine(Fixtures.Orders, "pdf-vdrp-parens", "input.pdf"));

    [Benchmark]
    public int OpenWordsLayout() => PdfTextReader.Read(_pdf, CancellationToken.None).Layer!.Text.Length;

    [Benchmark]
    public async Task<StayOrder?> WholeExtraction()
    {
        using var stream = new MemoryStream(_pdf);
        return (await StayOrderExtractor.ExtractAsync(stream, "order.pdf")).Order;
    }
}

/// <summary>OCR of one 300 dpi page with a pooled engine (the model is loaded once, in setup).</summary>
[MemoryDiagnoser]
public class OcrPageBench
{
    private TesseractOcrProvider? _ocr;
    private byte[] _png = [];

    [GlobalSetup]
    public void Setup()
    {
        if (!TesseractOcrProvider.TryCreate(out _ocr, out var error))
        {
            throw new InvalidOperationException(error!.Message);
        }

        _png = File.ReadAllBytes(Path.Combine(Fixtures.Orders, "image-png-rhines", "input.png"));
    }

    [GlobalCleanup]
    public void Cleanup() => _ocr?.Dispose();

    [Benchmark]
    public int RecognizePage() => _ocr!.Recognize(_png, 0, 300, CancellationToken.None)!.Words.Count;
}
