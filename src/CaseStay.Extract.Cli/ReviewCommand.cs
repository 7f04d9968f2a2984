using System.CommandLine;
using CaseStay.Extract.Corrections;
using CaseStay.Extract.Review;

namespace CaseStay.Extract.Cli;

/// <summary><c>casestay review PATH... --out DIR</c> (extract, then write the review pages) and
/// <c>casestay review --from records.jsonl --out DIR</c> (the review of what an earlier <c>extract</c> wrote). The
/// input options are <c>extract</c>'s own option objects, so both commands read files alike.</summary>
internal static class ReviewCommand
{
    /// <summary>The options shared with <c>extract</c>, by name.</summary>
    private static readonly string[] s_shared = ["--ocr", "--parallel", "--infer-judge", "--holidays", "--include", "--exclude", "--timeout", "--follow-symlinks", "--corrections"];

    public static Command Create(Command extract, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or folders (searched recursively) to extract and review." };
        var output = new Option<string>("--out") { Description = "The folder to write index.html, one page per file and the page images into.", Required = true };
        var from = new Option<string?>("--from") { Description = "Review the records of an earlier 'casestay extract --format jsonl' run instead of extracting." };
        var dpi = new Option<int>("--dpi") { Description = "Resolution of the page images rendered from PDFs.", DefaultValueFactory = _ => 100 };
        dpi.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 24 or > 600) { r.AddError("--dpi must be between 24 and 600."); } });
        var review = new Command("review", "Write a review page per file (page images with every field's box, deadlines, corrections) and an index sorted by what needs a person first.")
        {
            paths, output, from, dpi,
        };
        var shared = s_shared.Select(name => extract.Options.FirstOrDefault(o => o.Name == name)).OfType<Option>().ToArray();
        foreach (var option in shared)
        {
            review.Options.Add(option);
        }

        T Get<T>(ParseResult parse, string name) => shared.OfType<Option<T>>().FirstOrDefault(o => o.Name == name) is { } o ? parse.GetValue(o)! : default!;

        review.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(output)!;
            var jsonl = parse.GetValue(from);
            var inputs = parse.GetValue(paths) ?? [];
            if ((jsonl is null) == (inputs.Length == 0))
            {
                await stderr.WriteLineAsync("casestay: review takes files or folders, or --from records.jsonl (not both). Nothing was reviewed.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (OutputPath.Check("--out", Path.Combine(folder, "index.html")) is { } refusal)
            {
                await stderr.WriteLineAsync("casestay: " + refusal + " Nothing was reviewed.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var parallel = Math.Max(1, Get<int>(parse, "--parallel"));
            var exit = ExitCodes.Ok;
            if (jsonl is null)
            {
                var corrections = await LoadCorrectionsAsync(Get<string?>(parse, "--corrections"), stderr, ct).ConfigureAwait(false);
                if (corrections.Failed)
                {
                    return ExitCodes.Usage;
                }

                var ocrMode = Get<string>(parse, "--ocr") switch
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
                    InferJudgeFromInitials = Get<bool>(parse, "--infer-judge"),
                    HolidayCalendar = Get<string>(parse, "--holidays") == "federal" ? Deadlines.HolidayCalendar.Federal : Deadlines.HolidayCalendar.FederalAndCalifornia,
                    Corrections = corrections.Set,
                };
                jsonl = Path.Combine(folder, "records.jsonl");
                var run = new ExtractRun(inputs, "jsonl", jsonl, parallel, true, options, null)
                {
                    Include = Get<string[]>(parse, "--include") ?? [],
                    Exclude = Get<string[]>(parse, "--exclude") ?? [],
                    PerFileTimeout = TimeSpan.FromSeconds(Math.Max(1, Get<int>(parse, "--timeout"))),
                    FollowSymlinks = Get<bool>(parse, "--follow-symlinks"),
                };
                exit = await run.ExecuteAsync(stdout, stderr, ct).ConfigureAwait(false);
                if (exit is not (ExitCodes.Ok or ExitCodes.SomeFailed))
                {
                    return exit;
                }
            }
            else if (!File.Exists(jsonl))
            {
                await stderr.WriteLineAsync($"casestay: --from: no file at '{jsonl}'. Nothing was reviewed.").ConfigureAwait(false);
                return ExitCodes.NoInput;
            }

            try
            {
                var result = await StayOrderReport.WriteFromJsonLinesAsync(jsonl, folder, StayOrderReportOptions.Default with { MaxParallelism = parallel, Dpi = parse.GetValue(dpi), ImageConverter = new Extract.Ocr.LeptonicaImageConverter() }, ct).ConfigureAwait(false);
                foreach (var problem in result.Problems)
                {
                    await stderr.WriteLineAsync("casestay: review: " + problem).ConfigureAwait(false);
                }

                await stdout.WriteLineAsync(result.IndexPath).ConfigureAwait(false);
                return exit;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return ExitCodes.Interrupted;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"casestay: review: cannot write '{folder}': {e.Message}").ConfigureAwait(false);
                return ExitCodes.OutputFailed;
            }
        });
        return review;
    }

    /// <summary>The <c>--corrections FILE</c> option of <c>extract</c> (and <c>review</c>).</summary>
    public static Option<string?> CorrectionsOption() =>
        new("--corrections") { Description = "Apply the corrections of this corrections.json (downloaded from a review page) to files with the same SHA-256; a correction for changed bytes is reported (correction-stale), not applied." };

    /// <summary>Reads <c>--corrections</c>; a file that cannot be read or is not a corrections file is a usage error.</summary>
    public static async Task<(CorrectionSet? Set, bool Failed)> LoadCorrectionsAsync(string? path, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return (null, false);
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"casestay: --corrections: cannot read '{path}': {e.Message}. Nothing was extracted.").ConfigureAwait(false);
            return (null, true);
        }

        if (!CorrectionSet.TryParse(text, out var set, out var error))
        {
            await stderr.WriteLineAsync($"casestay: --corrections: {path}: {error} Nothing was extracted.").ConfigureAwait(false);
            return (null, true);
        }

        return (set, false);
    }
}
