using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;

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
        var include = new Option<string[]>("--include") { Description = "Only files whose path below a folder argument matches this glob (repeatable), e.g. '*.pdf' or '2024/**'.", AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string[]>("--exclude") { Description = "Skip files matching this glob (repeatable).", AllowMultipleArgumentsPerToken = true };
        var shard = new Option<string?>("--shard") { Description = "K/N: extract only shard K of N (stable split by path, for Kubernetes Indexed Jobs or Slurm arrays)." };
        var resume = new Option<bool>("--resume") { Description = "With --format jsonl --out FILE: skip files whose content is already in FILE, append the rest." };
        var summaryCsv = new Option<string?>("--summary-csv") { Description = "Also write the run's summary (files, stay orders, errors by code, throughput) as CSV." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one file may take before it gets a timeout record.", DefaultValueFactory = _ => 300 };
        var inferJudge = new Option<bool>("--infer-judge") { Description = "Fill a judge name printed only as a signature image from the case-number initials (marked inferred)." };
        var followSymlinks = new Option<bool>("--follow-symlinks") { Description = "Follow symbolic links that point outside the folders given (by default they get a symlink-outside-root record)." };
        var extract = new Command("extract", "Extract stay orders from files and folders.") { paths, format, output, ocr, parallel, ordered, inferJudge, ics, holidays, include, exclude, shard, resume, summaryCsv, timeout, followSymlinks };
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

        (int K, int N)? shardValue = null;
        if (parse.GetValue(shard) is { } shardText)
        {
            var parts = shardText.Split('/');
            if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var k) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var n) || n < 1 || k < 1 || k > n)
            {
                await stderr.WriteLineAsync("--shard takes K/N with 1 <= K <= N, e.g. --shard 3/8.").ConfigureAwait(false);
                return 2;
            }

            shardValue = (k, n);
        }

        if (parse.GetValue(timeout) < 1)
        {
            await stderr.WriteLineAsync("--timeout must be at least 1 second.").ConfigureAwait(false);
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
            parse.GetValue(ics))
        {
            Include = parse.GetValue(include) ?? [],
            Exclude = parse.GetValue(exclude) ?? [],
            Shard = shardValue,
            Resume = parse.GetValue(resume),
            FollowSymlinks = parse.GetValue(followSymlinks),
            SummaryCsv = parse.GetValue(summaryCsv),
            PerFileTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
            ProgressConsole = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
                ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
                : null,
        };
        return await run.ExecuteAsync(stdout, stderr, cancellationToken).ConfigureAwait(false);
    }
}
