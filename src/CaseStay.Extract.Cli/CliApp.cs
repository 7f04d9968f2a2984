using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CaseStay.Extract.Serialization;

namespace CaseStay.Extract.Cli;

/// <summary>The <c>casestay</c> harness: parses the command line, then runs the extraction.</summary>
internal static class CliApp
{
    internal static readonly string[] SupportedExtensions = [".txt", ".md", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders (searched recursively)." };
        var format = new Option<string>("--format") { Description = "json (one array), jsonl (one record per line) or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv");
        var output = new Option<string?>("--out") { Description = "Write records to this file instead of standard output." };
        var ocr = new Option<string>("--ocr") { Description = "auto (OCR pages without a usable text layer, and images), never, or always.", DefaultValueFactory = _ => "auto" };
        ocr.AcceptOnlyFromAmong("auto", "never", "always");
        var parallel = new Option<int>("--parallel") { Description = "Files extracted at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var ordered = new Option<bool>("--ordered") { Description = "With jsonl: write records in input order instead of as they finish." };
        var ics = new Option<string?>("--ics") { Description = "Also write the computed deadlines as an iCalendar (.ics) file." };
        var holidays = new Option<string>("--holidays") { Description = "Legal holidays for Rule 6(a): federal+california (default) or federal.", DefaultValueFactory = _ => "federal+california" };
        holidays.AcceptOnlyFromAmong("federal+california", "federal");
        var inferJudge = new Option<bool>("--infer-judge") { Description = "Fill a judge name printed only as a signature image from the case-number initials (marked inferred)." };
        var extract = new Command("extract", "Extract stay orders from files and folders.") { paths, format, output, ocr, parallel, ordered, inferJudge, ics, holidays };
        var textPath = new Argument<string>("file") { Description = "A .txt, .md or .pdf file." };
        var text = new Command("text", "Print the text the extractor reads for a file (after PDF layout analysis).") { textPath };
        var root = new RootCommand("casestay: extract E.D. Cal. stay orders into typed JSON records.") { extract, text };

        var parse = root.Parse(args);
        var wantsHelp = args.Any(a => a is "-h" or "--help" or "-?" or "--version");
        if (wantsHelp)
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken).ConfigureAwait(false);
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Usage: casestay extract PATH... [--format json|jsonl|csv] [--out FILE] [--ocr auto|never|always] [--parallel N] [--ordered]").ConfigureAwait(false);
            return 2;
        }

        if (parse.CommandResult.Command == text)
        {
            Extract.Ocr.TesseractOcrProvider.TryCreate(out var textOcr, out _);
            using var textOcrProvider = textOcr;
            var (content, error) = await StayOrderExtractor.ReadTextAsync(parse.GetValue(textPath)!, ExtractionOptions.Default with { Ocr = textOcr }, cancellationToken).ConfigureAwait(false);
            if (content is null)
            {
                await stderr.WriteLineAsync($"{error!.Code}: {error.Message}").ConfigureAwait(false);
                return 1;
            }

            await stdout.WriteAsync(content).ConfigureAwait(false);
            return 0;
        }

        if (parse.CommandResult.Command != extract)
        {
            var code = await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken).ConfigureAwait(false);
            return code == 0 ? 2 : code;
        }

        var degree = parse.GetValue(parallel);
        if (degree < 1)
        {
            await stderr.WriteLineAsync("--parallel must be at least 1.").ConfigureAwait(false);
            return 2;
        }

        var ocrMode = parse.GetValue(ocr) switch
        {
            "never" => Extract.Ocr.OcrMode.Never,
            "always" => Extract.Ocr.OcrMode.Always,
            _ => Extract.Ocr.OcrMode.Auto,
        };
        Extract.Ocr.TesseractOcrProvider? provider = null;
        if (ocrMode != Extract.Ocr.OcrMode.Never && !Extract.Ocr.TesseractOcrProvider.TryCreate(out provider, out var ocrError))
        {
            await stderr.WriteLineAsync($"casestay: {ocrError!.Message} (scanned pages are reported as needing OCR; images fail with ocr-unavailable)").ConfigureAwait(false);
        }

        using var ocrProvider = provider;
        var options = ExtractionOptions.Default with
        {
            Ocr = provider,
            OcrMode = ocrMode,
            InferJudgeFromInitials = parse.GetValue(inferJudge),
            HolidayCalendar = parse.GetValue(holidays) == "federal" ? Deadlines.HolidayCalendar.Federal : Deadlines.HolidayCalendar.FederalAndCalifornia,
        };
        var run = new ExtractRun(
            parse.GetValue(paths) ?? [],
            parse.GetValue(format) ?? "json",
            parse.GetValue(output),
            degree,
            parse.GetValue(ordered),
            options,
            parse.GetValue(ics));
        return await run.ExecuteAsync(stdout, stderr, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>One run of <c>casestay extract</c>.</summary>
internal sealed record ExtractRun(string[] Paths, string Format, string? Output, int Parallel, bool Ordered, ExtractionOptions Options, string? Ics)
{
    public async Task<int> ExecuteAsync(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var files = ExpandPaths(Paths);
        var writer = Output is null ? stdout : new StreamWriter(Output, append: false, new UTF8Encoding(false));
        try
        {
            var results = new ExtractionResult[files.Count];
            var gate = new SemaphoreSlim(1, 1);
            var nextToWrite = 0;
            if (Format == "csv")
            {
                await writer.WriteLineAsync(CsvRow.Header).ConfigureAwait(false);
            }

            await System.Threading.Tasks.Parallel.ForEachAsync(
                Enumerable.Range(0, files.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
                async (i, ct) =>
                {
                    var result = await StayOrderExtractor.ExtractFileAsync(files[i], Options, ct).ConfigureAwait(false);
                    results[i] = result;
                    if (Format == "json")
                    {
                        return;
                    }

                    await gate.WaitAsync(ct).ConfigureAwait(false);
                    try
                    {
                        if (Ordered)
                        {
                            while (nextToWrite < results.Length && results[nextToWrite] is { } ready)
                            {
                                await WriteRecordAsync(writer, ready).ConfigureAwait(false);
                                nextToWrite++;
                            }
                        }
                        else
                        {
                            await WriteRecordAsync(writer, result).ConfigureAwait(false);
                        }
                    }
                    finally
                    {
                        gate.Release();
                    }
                }).ConfigureAwait(false);

            if (Format == "json")
            {
                await writer.WriteLineAsync(StayOrderJson.SerializeMany(results)).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (Ics is not null)
            {
                var events = IcsExport.Write(Ics, results);
                await stderr.WriteLineAsync($"casestay: {events} deadlines written to {Ics}").ConfigureAwait(false);
            }

            await WriteSummaryAsync(stderr, results, watch.Elapsed).ConfigureAwait(false);
            return results.Any(r => !r.Success) ? 1 : 0;
        }
        finally
        {
            if (Output is not null)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task WriteRecordAsync(TextWriter writer, ExtractionResult result)
    {
        var line = Format == "csv" ? CsvRow.Format(result) : StayOrderJson.Serialize(result, indented: false);
        await writer.WriteLineAsync(line).ConfigureAwait(false);
        await writer.FlushAsync().ConfigureAwait(false);
    }

    internal static List<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => CliApp.SupportedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Where(f => !Path.GetFileName(f).StartsWith("expected", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    private static async Task WriteSummaryAsync(TextWriter stderr, ExtractionResult[] results, TimeSpan elapsed)
    {
        var stays = results.Count(r => r.Success && r.Order.IsStayOrder);
        var notStay = results.Count(r => r.Success && !r.Order.IsStayOrder);
        var errors = results.Where(r => !r.Success).GroupBy(r => r.Error!.Code).Select(g => $"{g.Key}: {g.Count()}");
        var errorCount = results.Count(r => !r.Success);
        var rate = elapsed.TotalSeconds > 0 ? results.Length / elapsed.TotalSeconds : 0;
        await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"casestay: {results.Length} files, {stays} stay orders, {notStay} not stay orders, {errorCount} errors{(errorCount > 0 ? " (" + string.Join(", ", errors) + ")" : string.Empty)}, {elapsed.TotalSeconds:F2} s, {rate:F1} files/s"))
            .ConfigureAwait(false);
    }
}
