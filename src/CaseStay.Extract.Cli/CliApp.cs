using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Spectre.Console;

namespace CaseStay.Extract.Cli;

/// <summary>The <c>casestay</c> harness: System.CommandLine parses and validates the command line, then invokes the command.</summary>
internal static class CliApp
{
    internal static readonly string[] SupportedExtensions = [".txt", ".md", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    /// <summary>Runs the harness. <paramref name="cancellationToken"/> is the interrupt (SIGINT/SIGTERM): the run then
    /// finishes its output well-formed and returns <see cref="ExitCodes.Interrupted"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders (searched recursively); with --input-format jsonl, JSON Lines files." };
        var format = new Option<string>("--format") { Description = "json (one array), jsonl (one record per line) or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv");
        var output = new Option<string?>("--out") { Description = "Write records to this file instead of standard output (its folder is created)." };
        var ocr = new Option<string>("--ocr") { Description = "auto (OCR pages without a usable text layer, and images), never, or always.", DefaultValueFactory = _ => "auto" };
        ocr.AcceptOnlyFromAmong("auto", "never", "always");
        var parallel = new Option<int>("--parallel") { Description = "Files extracted at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        parallel.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--parallel must be at least 1."); } });
        var ordered = new Option<bool>("--ordered") { Description = "With jsonl: write records in input order instead of as they finish." };
        var ics = new Option<string?>("--ics") { Description = "Also write the computed deadlines as an iCalendar (.ics) file." };
        var holidays = new Option<string>("--holidays") { Description = "Legal holidays for Rule 6(a): federal+california (default) or federal.", DefaultValueFactory = _ => "federal+california" };
        holidays.AcceptOnlyFromAmong("federal+california", "federal");
        var include = new Option<string[]>("--include") { Description = "Only files whose path below a folder argument matches this glob (repeatable), e.g. '*.pdf' or '2024/**'.", AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string[]>("--exclude") { Description = "Skip files matching this glob (repeatable).", AllowMultipleArgumentsPerToken = true };
        var shard = new Option<string?>("--shard") { Description = "K/N: extract only shard K of N (by the path below the folder argument, so every spelling of a folder splits alike; JSON Lines input: by id)." };
        shard.Validators.Add(r => { if (ParseShard(r.GetValueOrDefault<string?>()) is null) { r.AddError("--shard takes K/N with 1 <= K <= N, e.g. --shard 3/8."); } });
        var resume = new Option<bool>("--resume") { Description = "With --format jsonl --out FILE: skip inputs whose path (below the folder argument) and content hash are already in FILE, append the rest." };
        var summaryCsv = new Option<string?>("--summary-csv") { Description = "Also write the run's summary (files, stay orders, errors by code, throughput) as CSV." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one file may take before it gets a timeout record.", DefaultValueFactory = _ => 300 };
        timeout.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--timeout must be at least 1 second."); } });
        var roster = new Option<string?>("--roster") { Description = "A JSON list of judges in the format of the built-in roster (initials, name, title, division, court), added to the court's roster; an entry replaces the built-in one with the same initials." };
        var inferJudge = new Option<bool>("--infer-judge") { Description = "Fill a judge name printed only as a signature image from the case-number initials (marked inferred)." };
        // Deadlines (issue 13): calendar horizon, stays-only calendar, CSV BOM and raw (unneutralized) cells.
        var icsHorizon = new Option<string>("--ics-horizon") { Description = "How far a recurring duty is expanded into .ics events: an ISO period (P1Y, P18M) or 365d/26w/18m/2y. Default one year.", DefaultValueFactory = _ => "P1Y" };
        icsHorizon.Validators.Add(r => { if (!IcsOptions.TryParseHorizon(r.GetValueOrDefault<string>(), out _)) { r.AddError("--ics-horizon takes an ISO period (P1Y, P18M, P90D) or a count with d, w, m or y (365d, 18m)."); } });
        var icsStaysOnly = new Option<bool>("--ics-stays-only") { Description = "Write only stay orders' deadlines to the .ics file." };
        var csvBom = new Option<bool>("--csv-bom") { Description = "Start the CSV with a UTF-8 byte-order mark (for spreadsheet programs)." };
        var csvRaw = new Option<bool>("--csv-raw") { Description = "Do not neutralize CSV cells that start with = + - @ (formula-injection guard is on by default)." };
        var followSymlinks = new Option<bool>("--follow-symlinks") { Description = "Follow symbolic links that point outside the folders given (by default they get a symlink-outside-root record)." };
        var inputFormat = new Option<string>("--input-format") { Description = "files (default) or jsonl: each PATH is a JSON Lines file of records with an id and a text or a file path.", DefaultValueFactory = _ => "files" };
        inputFormat.AcceptOnlyFromAmong("files", "jsonl");
        var idField = new Option<string>("--id-field") { Description = "JSON Lines input: the field holding the record's id (kept as source.id).", DefaultValueFactory = _ => JsonlInput.DefaultIdField };
        var textField = new Option<string>("--text-field") { Description = "JSON Lines input: the field holding the order's text.", DefaultValueFactory = _ => JsonlInput.DefaultTextField };
        var pathField = new Option<string>("--path-field") { Description = "JSON Lines input: the field holding a file path (used when the text field is empty).", DefaultValueFactory = _ => JsonlInput.DefaultPathField };
        var inProcess = new Option<bool>("--in-process") { Description = "Read PDFs and images in this process instead of in isolated worker processes (faster start, but one hostile file can crash the whole run)." };
        var workerMemory = new Option<int>("--worker-memory") { Description = "Memory ceiling of one worker process in MiB; a file that needs more gets out-of-memory.", DefaultValueFactory = _ => (int)(Isolation.WorkerLauncher.DefaultMemoryLimitBytes >> 20) };
        workerMemory.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 64) { r.AddError("--worker-memory must be at least 64 (MiB)."); } });
        var corrections = ReviewCommand.CorrectionsOption();
        var pathRoot = new Option<string?>("--path-root") { Description = "JSON Lines input: the folder relative file paths start from (default: the JSON Lines file's folder)." };

        var extract = new Command("extract", "Extract stay orders from files and folders.")
        {
            paths, format, output, ocr, parallel, ordered, inferJudge, roster, ics, holidays, include, exclude, shard, resume, summaryCsv, timeout,
            inputFormat, idField, textField, pathField, pathRoot, icsHorizon, icsStaysOnly, csvBom, csvRaw, followSymlinks,
            inProcess, workerMemory, corrections,
        };
        var textPath = new Argument<string>("file") { Description = "A text, PDF or image file (its bytes decide the format)." };
        var text = new Command("text", "Print the text the extractor reads for a file (after PDF layout analysis / OCR).") { textPath };
        var root = new RootCommand("casestay: extract E.D. Cal. stay orders into typed JSON records.") { extract, text };
        root.Subcommands.Add(ReviewCommand.Create(extract, stdout, stderr));
        RejectOptionLikeArguments(paths, extract);
        RejectOptionLikeArguments(textPath, text);

        extract.SetAction(async (parse, ct) =>
        {
            var court = Courts.CourtProfiles.EasternDistrictOfCalifornia;
            if (parse.GetValue(roster) is { } rosterFile)
            {
                var (extra, rosterError) = RosterFile.Load(rosterFile);
                if (extra is null)
                {
                    await stderr.WriteLineAsync($"casestay: --roster {rosterFile}: {rosterError} Nothing was extracted.").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }

                court = court with { Roster = court.Roster.WithJudges(extra.Judges) };
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
            var loaded = await ReviewCommand.LoadCorrectionsAsync(parse.GetValue(corrections), stderr, ct).ConfigureAwait(false);
            if (loaded.Failed)
            {
                return ExitCodes.Usage;
            }

            var options = ExtractionOptions.Default with
            {
                Corrections = loaded.Set,
                Ocr = provider,
                OcrMode = ocrMode,
                InferJudgeFromInitials = parse.GetValue(inferJudge),
                Court = court,
                HolidayCalendar = parse.GetValue(holidays) == "federal" ? Deadlines.HolidayCalendar.Federal : Deadlines.HolidayCalendar.FederalAndCalifornia,
            };
            var run = new ExtractRun(
                parse.GetValue(paths) ?? [],
                parse.GetValue(format) ?? "json",
                parse.GetValue(output),
                parse.GetValue(parallel),
                parse.GetValue(ordered),
                options,
                parse.GetValue(ics))
            {
                Include = parse.GetValue(include) ?? [],
                Exclude = parse.GetValue(exclude) ?? [],
                Shard = ParseShard(parse.GetValue(shard)),
                Resume = parse.GetValue(resume),
                SummaryCsv = parse.GetValue(summaryCsv),
                PerFileTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                IcsOptions = IcsOptions.TryParseHorizon(parse.GetValue(icsHorizon), out var horizon)
                    ? new IcsOptions(horizon, parse.GetValue(icsStaysOnly), options.HolidayCalendar)
                    : IcsOptions.Default,
                CsvBom = parse.GetValue(csvBom),
                CsvRaw = parse.GetValue(csvRaw),
                FollowSymlinks = parse.GetValue(followSymlinks),
                Isolation = parse.GetValue(inProcess) ? null : WorkerMode.Self((long)parse.GetValue(workerMemory) << 20),
                Jsonl = parse.GetValue(inputFormat) == "jsonl"
                    ? new JsonlInput(parse.GetValue(idField)!, parse.GetValue(textField)!, parse.GetValue(pathField)!, parse.GetValue(pathRoot))
                    : null,
                ProgressConsole = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
                    ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
                    : null,
            };
            return await run.ExecuteAsync(stdout, stderr, ct).ConfigureAwait(false);
        });

        text.SetAction(async (parse, ct) =>
        {
            Extract.Ocr.TesseractOcrProvider.TryCreate(out var textOcr, out _);
            using var textOcrProvider = textOcr;
            try
            {
                var (content, error) = await StayOrderExtractor.ReadTextAsync(parse.GetValue(textPath)!, ExtractionOptions.Default with { Ocr = textOcr }, ct).ConfigureAwait(false);
                if (content is null)
                {
                    await stderr.WriteLineAsync($"casestay: {error!.Code}: {error.Message}").ConfigureAwait(false);
                    return ExitCodes.SomeFailed;
                }

                try
                {
                    await stdout.WriteAsync(content).ConfigureAwait(false);
                    await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    return ExitCodes.BrokenPipe;
                }

                return ExitCodes.Ok;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return ExitCodes.Interrupted;
            }
        });

        // '@file' is a path, never a response file; a typo must never silently become part of the run.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync("casestay: " + error.Message).ConfigureAwait(false);
            }

            foreach (var token in parsed.UnmatchedTokens)
            {
                var command = parsed.CommandResult.Command;
                if (Suggest.Nearest(token, Names(command)) is { } near)
                {
                    await stderr.WriteLineAsync($"casestay: '{token}': did you mean '{near}'?").ConfigureAwait(false);
                }
            }

            var which = parsed.CommandResult.Command == root ? "casestay" : "casestay " + parsed.CommandResult.Command.Name;
            await stderr.WriteLineAsync($"Run '{which} --help' for usage. Nothing was extracted.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Shard K/N, or null when the text is not one (no text: no sharding, reported as (0, 0)).</summary>
    internal static (int K, int N)? ParseShard(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = value.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k >= 1 && k <= n
            ? (k, n)
            : null;
    }

    /// <summary>An argument that looks like an option (<c>--ouput</c>) and names no file is a usage error with a suggestion,
    /// not an input path. A file whose name starts with '-' is passed as <c>./-name</c>.</summary>
    private static void RejectOptionLikeArguments(Argument argument, Command command)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                {
                    var near = Suggest.Nearest(value, Names(command));
                    result.AddError(near is null ? $"Unknown option '{value}'." : $"Unknown option '{value}': did you mean '{near}'?");
                }
            }
        });
    }

    private static IEnumerable<string> Names(Command command) =>
        command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(command.Subcommands.Select(c => c.Name));
}
