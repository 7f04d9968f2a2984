using BenchmarkDotNet.Attributes;
using CaseStay.Extract;
using CaseStay.Extract.Layout;
using CaseStay.Extract.Pdf;
using CaseStay.Extract.Serialization;
using CaseStay.Extract.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

/// <summary>
/// Issue 17: where the time goes on the real CM/ECF PDFs of ../shared/corpus/pdf (the text-layer files, read in
/// place), stage by stage. One operation = one stage over every file; divide by <see cref="RealPdfCorpus.Pages"/>
/// for a per-page cost. The PdfPig stages are cumulative (open; open + letters; open + letters + words), the
/// later stages start from the previous stage's output made in setup, so each measures its own work.
/// </summary>
[MemoryDiagnoser]
public class RealPdfStagesBench
{
    private RealPdfCorpus _corpus = null!;

    [GlobalSetup]
    public void Setup() => _corpus = RealPdfCorpus.Load();

    /// <summary>PdfPig: parse the cross-reference table and the page tree.</summary>
    [Benchmark]
    public int PdfPigOpen() => Stages.Open(_corpus);

    /// <summary>PdfPig: open + every page's content stream to letters.</summary>
    [Benchmark]
    public int PdfPigLetters() => Stages.Letters(_corpus);

    /// <summary>PdfPig: open + letters + PdfPig's own default word extractor (the reference of the targets).</summary>
    [Benchmark(Baseline = true)]
    public int PdfPigWords() => Stages.PdfPigWords(_corpus);

    /// <summary>Open + letters + our linear letter→word grouping (<see cref="PdfTextReader.WordsOf"/>).</summary>
    [Benchmark]
    public int OurWords() => Stages.OurWords(_corpus);

    /// <summary>Open + letters + words + the whole page layout of <see cref="PdfPageLayout.Analyze(UglyToad.PdfPig.Content.Page)"/> (paths, usability).</summary>
    [Benchmark]
    public int PageLayoutFull() => Stages.PageLayouts(_corpus);

    /// <summary>The whole text-layer read: <see cref="Stages.ReadLayer"/> (guard, open … compose, the early stop's head read).</summary>
    [Benchmark]
    public int ReadLayer() => Stages.ReadLayers(_corpus);

    /// <summary>Page layout alone, from words read in setup (margin numbers, lines, superscripts, caption).</summary>
    [Benchmark]
    public int LayoutFromWords() => Stages.LayoutFromWords(_corpus);

    /// <summary>Line model: the positioned lines (<see cref="LineAssembler.AssemblePositioned"/> on the layer's tokens) + <see cref="NormalizedDocument.Build"/>.</summary>
    [Benchmark]
    public int LineModel() => Stages.LineModel(_corpus);

    /// <summary>Line model + regions + readers: lines → record (<see cref="StayOrderExtractor.ExtractLinesCore"/>) on the layer's line model.</summary>
    [Benchmark]
    public int Fields() => Stages.Fields(_corpus);

    /// <summary>JSON of results made in setup.</summary>
    [Benchmark]
    public int Serialization() => Stages.Serialize(_corpus);

    /// <summary>Everything for every file, as a library caller sees it (bytes → result).</summary>
    [Benchmark]
    public int Whole() => Stages.Whole(_corpus);

    [Benchmark]
    public int WholeFullRead() => Stages.WholeFullRead(_corpus);
}

/// <summary>The text-layer PDFs of ../shared/corpus/pdf and the per-stage inputs made from them.</summary>
public sealed class RealPdfCorpus
{
    private RealPdfCorpus(IReadOnlyList<(string Name, byte[] Bytes)> files) => Files = files;

    /// <summary>The files, by name, with their bytes (scanned files, which need OCR, are left out).</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Files { get; }

    /// <summary>Total pages.</summary>
    public int Pages { get; private set; }

    /// <summary>Per page: the words, size, rules and usability the layout starts from.</summary>
    internal List<(List<PageWord> Words, double Width, double Height, List<(double X, double Top, double Bottom)> Rules, bool Usable)> PageInputs { get; } = [];

    /// <summary>Per file: the composed text layer.</summary>
    internal List<TextLayer> Layers { get; } = [];

    /// <summary>Per file: the extraction result.</summary>
    public List<ExtractionResult> Results { get; } = [];

    /// <summary>The folder of real PDFs (../shared/corpus/pdf next to the repository).</summary>
    public static string Folder => Path.Combine(Fixtures.Root, "..", "shared", "corpus", "pdf");

    /// <summary>Scanned files (no text layer but the ECF stamp): their pages need OCR, so they are not in a text benchmark.</summary>
    public static bool IsTextLayer(string name) => !name.Contains("scanned", StringComparison.Ordinal) && !name.Contains("jury_note", StringComparison.Ordinal);

    public static RealPdfCorpus Load()
    {
        var files = Directory.GetFiles(Folder, "*.pdf").Where(f => IsTextLayer(Path.GetFileName(f))).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"No PDFs in {Folder}.");
        }

        var corpus = new RealPdfCorpus(files);
        foreach (var (name, bytes) in files)
        {
            using var document = PdfDocument.Open(bytes, Stages.Parsing);
            for (var n = 1; n <= document.NumberOfPages; n++)
            {
                var page = document.GetPage(n);
                var rules = new List<(double X, double Top, double Bottom)>();
                foreach (var path in page.Paths)
                {
                    if (path.GetBoundingRectangle() is { } r && r.Width < 3 && r.Height > 60)
                    {
                        rules.Add((r.Left, r.Top, r.Bottom));
                    }
                }

                corpus.PageInputs.Add((PdfTextReader.WordsOf(page).ToList(), page.Width, page.Height, rules, PdfPageLayout.Analyze(page).HasUsableText));
                corpus.Pages++;
            }

            corpus.Layers.Add(Stages.ReadLayer(bytes)!);
            using var stream = new MemoryStream(bytes);
            corpus.Results.Add(StayOrderExtractor.ExtractAsync(stream, name, ExtractionOptions.Default with { OcrMode = CaseStay.Extract.Ocr.OcrMode.Never }).GetAwaiter().GetResult());
        }

        return corpus;
    }
}

/// <summary>The stages, shared by <see cref="RealPdfStagesBench"/> and the quick stopwatch table (<c>stages</c> argument).</summary>
public static class Stages
{
    internal static ParsingOptions Parsing { get; } = new() { UseLenientParsing = true, SkipMissingFonts = true };

    public static int Open(RealPdfCorpus corpus)
    {
        var pages = 0;
        foreach (var (_, bytes) in corpus.Files)
        {
            using var document = PdfDocument.Open(bytes, Parsing);
            pages += document.NumberOfPages;
        }

        return pages;
    }

    public static int Letters(RealPdfCorpus corpus) => EachPage(corpus, page => page.Letters.Count);

    public static int PdfPigWords(RealPdfCorpus corpus) => EachPage(corpus, page => page.GetWords().Count());

    public static int OurWords(RealPdfCorpus corpus) => EachPage(corpus, page => PdfTextReader.WordsOf(page).Count());

    public static int PageLayouts(RealPdfCorpus corpus) => EachPage(corpus, page => PdfPageLayout.Analyze(page).Lines.Count);

    private static readonly ExtractionOptions s_layerOptions = ExtractionOptions.Default with { OcrMode = CaseStay.Extract.Ocr.OcrMode.Never };

    /// <summary>The text layer as the extraction reads it (OCR off; the early stop's head reader as the facade passes it).</summary>
    internal static TextLayer? ReadLayer(byte[] bytes) =>
        PdfTextReader.Read(bytes, s_layerOptions, CancellationToken.None, StayOrderExtractor.HeadTypeReader(s_layerOptions)).Layer;

    public static int ReadLayers(RealPdfCorpus corpus)
    {
        var length = 0;
        foreach (var (_, bytes) in corpus.Files)
        {
            length += ReadLayer(bytes)?.Text.Length ?? 0;
        }

        return length;
    }

    public static int Guard(RealPdfCorpus corpus)
    {
        var refused = 0;
        foreach (var (_, bytes) in corpus.Files)
        {
            refused += PdfGuard.Check(bytes, ExtractionOptions.Default, CancellationToken.None) is null ? 0 : 1;
        }

        return refused;
    }

    public static int LayoutFromWords(RealPdfCorpus corpus)
    {
        var lines = 0;
        foreach (var (words, width, height, rules, usable) in corpus.PageInputs)
        {
            lines += PageLayout.AnalyzeWords(words, width, height, rules, usable).Lines.Count;
        }

        return lines;
    }

    public static int LineModel(RealPdfCorpus corpus)
    {
        var length = 0;
        foreach (var layer in corpus.Layers)
        {
            var model = layer.Lines;
            var (lines, pages, _) = LineAssembler.AssemblePositioned(model.Text, (List<Token>)model.Tokens);
            length += NormalizedDocument.Build(model.Text, lines, pages).Flow.Length;
        }

        return length;
    }

    public static int Fields(RealPdfCorpus corpus)
    {
        var stays = 0;
        foreach (var layer in corpus.Layers)
        {
            stays += StayOrderExtractor.ExtractLinesCore(layer.Lines, ExtractionOptions.Default, null, string.Empty).Order?.IsStayOrder == true ? 1 : 0;
        }

        return stays;
    }

    public static int Serialize(RealPdfCorpus corpus)
    {
        var length = 0;
        foreach (var result in corpus.Results)
        {
            length += StayOrderJson.Serialize(result, indented: false).Length;
        }

        return length;
    }

    public static int Whole(RealPdfCorpus corpus) => Whole(corpus, ExtractionOptions.Default with { OcrMode = CaseStay.Extract.Ocr.OcrMode.Never });

    /// <summary>The whole extraction without the early stop on long transcripts and verdicts (every page laid out and read).</summary>
    public static int WholeFullRead(RealPdfCorpus corpus) =>
        Whole(corpus, ExtractionOptions.Default with { OcrMode = CaseStay.Extract.Ocr.OcrMode.Never, PdfSkipsBodyOfLongNonOrders = false });

    private static int Whole(RealPdfCorpus corpus, ExtractionOptions options)
    {
        var pages = 0;
        foreach (var (name, bytes) in corpus.Files)
        {
            using var stream = new MemoryStream(bytes);
            pages += StayOrderExtractor.ExtractAsync(stream, name, options).GetAwaiter().GetResult().Source.Pages;
        }

        return pages;
    }

    private static int EachPage(RealPdfCorpus corpus, Func<Page, int> work)
    {
        var total = 0;
        foreach (var (_, bytes) in corpus.Files)
        {
            using var document = PdfDocument.Open(bytes, Parsing);
            for (var n = 1; n <= document.NumberOfPages; n++)
            {
                total += work(document.GetPage(n));
            }
        }

        return total;
    }

    /// <summary>A quick stopwatch table (median of <paramref name="runs"/> runs per stage, ms per page), printed to the console.</summary>
    public static void PrintTable(int runs)
    {
        var corpus = RealPdfCorpus.Load();
        var stages = new (string Name, Func<RealPdfCorpus, int> Run)[]
        {
            ("PdfPig open", Open), ("PdfPig open+letters", Letters), ("PdfPig open+letters+words (reference)", PdfPigWords),
            ("open+letters+our words", OurWords), ("open+letters+words+page layout", PageLayouts), ("PDF guard (bomb/cycle checks)", Guard), ("read text layer (guard..compose)", ReadLayers),
            ("page layout from words", LayoutFromWords), ("line model", LineModel), ("line model+regions+readers", Fields),
            ("serialization", Serialize), ("whole extraction", Whole), ("whole extraction, every page read (no early stop)", WholeFullRead),
        };
        Console.WriteLine($"{corpus.Files.Count} files, {corpus.Pages} pages; median of {runs} runs; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("| stage | wall ms, all files | CPU ms, all files | CPU ms/page | allocated MB |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (name, run) in stages)
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            run(corpus);
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0;
            var times = new List<double>();
            var cpu = new List<double>();
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            for (var i = 0; i < runs; i++)
            {
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                run(corpus);
                times.Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
            }

            times.Sort();
            cpu.Sort();
            var median = times[times.Count / 2];
            var cpuMedian = cpu[cpu.Count / 2];
            Console.WriteLine($"| {name} | {median:F0} | {cpuMedian:F0} | {cpuMedian / corpus.Pages:F2} | {allocated:F0} |");
        }
    }
}
