using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseStay.Extract.Serialization;
using Spectre.Console;

namespace CaseStay.Extract.Cli;

/// <summary>One run of <c>casestay extract</c>: expand, filter, shard, resume, extract in parallel, write, summarize.</summary>
internal sealed record ExtractRun(string[] Paths, string Format, string? Output, int Parallel, bool Ordered, ExtractionOptions Options, string? Ics)
{
    public string[] Include { get; init; } = [];

    public string[] Exclude { get; init; } = [];

    public (int K, int N)? Shard { get; init; }

    public bool Resume { get; init; }

    /// <summary>Follow symbolic links out of the folders given (by default only links that stay inside are followed).</summary>
    public bool FollowSymlinks { get; init; }

    public string? SummaryCsv { get; init; }

    public TimeSpan PerFileTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A terminal to draw a live progress bar on; null: plain progress lines on stderr every few seconds.</summary>
    public IAnsiConsole? ProgressConsole { get; init; }

    public async Task<int> ExecuteAsync(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var skipped = new List<ExtractionResult>();
        var files = Select(ExpandPaths(Paths, Include, Exclude, skipped, FollowSymlinks), Shard);
        if (OutputFile.RefuseInput(Output, files) is { } refusal)
        {
            await stderr.WriteLineAsync("casestay: " + refusal).ConfigureAwait(false);
            return 2;
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        if (Resume)
        {
            if (Output is null || Format != "jsonl")
            {
                await stderr.WriteLineAsync("--resume needs --format jsonl and --out FILE.").ConfigureAwait(false);
                return 2;
            }

            done = ReadDone(Output);
            var before = files.Count;
            files = files.Where(f => !done.Contains(HashOf(f))).ToList();
            await stderr.WriteLineAsync($"casestay: resuming: {before - files.Count} of {before} files already in {Output}").ConfigureAwait(false);
        }

        TextWriter writer;
        OutputFile? output = null;
        try
        {
            output = Output is null ? null : OutputFile.Open(Output, Format, Resume);
            writer = output?.Writer ?? stdout;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"casestay: cannot write '{Output}': {e.Message}").ConfigureAwait(false);
            return 2;
        }

        // Records are kept in memory only when the output needs them all (one JSON array, the calendar); otherwise
        // only the counts are, so memory stays flat however many files a run has.
        var keep = Format == "json" || Ics is not null;
        var results = new List<ExtractionResult>();
        var summary = new Summary.Counter();
        try
        {
            if (Format == "csv")
            {
                await writer.WriteLineAsync(CsvRow.Header).ConfigureAwait(false);
            }

            foreach (var record in skipped)
            {
                summary.Add(record);
                if (keep)
                {
                    results.Add(record);
                }

                if (Format != "json")
                {
                    await writer.WriteAsync((Format == "csv" ? CsvRow.Format(record) : StayOrderJson.Serialize(record, indented: false)) + "\n").ConfigureAwait(false);
                }
            }

            var batch = new BatchOptions { MaxParallelism = Parallel, Ordered = Ordered || Format == "json", PerFileTimeout = PerFileTimeout, Extraction = Options };
            async Task WriteAllAsync(IProgress<BatchProgress> progress)
            {
                await foreach (var result in StayOrderBatch.ExtractAllAsync(files, batch, progress, cancellationToken).ConfigureAwait(false))
                {
                    summary.Add(result);
                    if (keep)
                    {
                        results.Add(result);
                    }

                    if (Format != "json")
                    {
                        var line = Format == "csv" ? CsvRow.Format(result) : StayOrderJson.Serialize(result, indented: false);
                        await writer.WriteAsync(line + "\n").ConfigureAwait(false);
                        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                        output?.Checkpoint();
                    }
                }
            }

            if (ProgressConsole is { } console)
            {
                await ProgressBar.RunAsync(console, files.Count, WriteAllAsync).ConfigureAwait(false);
            }
            else
            {
                await WriteAllAsync(new ProgressLines(stderr, files.Count)).ConfigureAwait(false);
            }

            if (Format == "json")
            {
                await writer.WriteLineAsync(StayOrderJson.SerializeMany(results)).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (output is not null)
            {
                await output.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IOException e) when (output is not null)
        {
            // A full disk or another write error: the file is cut back to whole records (JSON Lines) or left as it was.
            output.Abort();
            await stderr.WriteLineAsync($"casestay: writing '{Output}' failed, the run stopped: {e.Message} ({summary.Files} records were done; the file holds only whole records)").ConfigureAwait(false);
            return 3;
        }
        finally
        {
            if (output is not null)
            {
                await output.DisposeAsync().ConfigureAwait(false);
            }
        }

        if (Ics is not null)
        {
            var events = IcsExport.Write(Ics, results);
            await stderr.WriteLineAsync($"casestay: {events} deadlines written to {Ics}").ConfigureAwait(false);
        }

        var report = summary.Report(watch.Elapsed);
        await stderr.WriteLineAsync(report.Line).ConfigureAwait(false);
        if (SummaryCsv is not null)
        {
            await File.WriteAllTextAsync(SummaryCsv, report.Csv, cancellationToken).ConfigureAwait(false);
        }

        return summary.Errors > 0 ? 1 : 0;
    }

    internal static List<string> ExpandPaths(IEnumerable<string> paths, IReadOnlyList<string>? include = null, IReadOnlyList<string>? exclude = null, List<ExtractionResult>? skipped = null, bool followSymlinks = false)
    {
        var inc = (include ?? []).Select(Glob).ToList();
        var exc = (exclude ?? []).Select(Glob).ToList();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                files.Add(path);
                continue;
            }

            foreach (var (file, error) in Extract.Sources.FolderWalk.Enumerate(path, followSymlinks).OrderBy(e => e.Path, StringComparer.Ordinal))
            {
                if (error is not null)
                {
                    skipped?.Add(new ExtractionResult(new SourceInfo(file, SourceKinds.Unknown, 0, string.Empty), null, error, []));
                    continue;
                }

                var relative = Path.GetRelativePath(path, file).Replace('\\', '/');
                var supported = CliApp.SupportedExtensions.Contains(Path.GetExtension(file).ToLowerInvariant())
                    && !Path.GetFileName(file).Equals("README.md", StringComparison.OrdinalIgnoreCase);
                if (supported && (inc.Count == 0 || inc.Any(g => g.IsMatch(relative))) && !exc.Any(g => g.IsMatch(relative)))
                {
                    files.Add(file);
                }
            }
        }

        return files;
    }

    /// <summary>Shard K of N: a file belongs to the shard its path hashes to (stable across machines and runs).</summary>
    internal static List<string> Select(List<string> files, (int K, int N)? shard)
    {
        if (shard is not { } s)
        {
            return files;
        }

        return files.Where(f =>
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(f.Replace('\\', '/')));
            return (int)(BitConverter.ToUInt32(hash, 0) % (uint)s.N) == s.K - 1;
        }).ToList();
    }

    /// <summary>The content hashes already in a JSON Lines output; a trailing partial line (a killed run) is cut off.</summary>
    internal static HashSet<string> ReadDone(string output)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(output))
        {
            return done;
        }

        var bytes = File.ReadAllBytes(output);
        var end = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        if (end < bytes.Length)
        {
            using var fs = new FileStream(output, FileMode.Open, FileAccess.Write);
            fs.SetLength(end);
        }

        foreach (var line in Encoding.UTF8.GetString(bytes, 0, end).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.GetProperty("source").GetProperty("sha256").GetString() is { Length: > 0 } sha)
                {
                    done.Add(sha);
                }
            }
            catch (JsonException)
            {
                // A damaged line is not a record: its file is extracted again.
            }
        }

        return done;
    }

    private static string HashOf(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static Regex Glob(string glob)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                sb.Append(".*");
                i++;
                if (i + 1 < glob.Length && glob[i + 1] == '/')
                {
                    i++;
                }
            }
            else
            {
                sb.Append(c switch { '*' => "[^/]*", '?' => "[^/]", _ => Regex.Escape(c.ToString()) });
            }
        }

        // A pattern without a slash matches the file name in any folder.
        var pattern = sb.Append('$').ToString();
        return new Regex(glob.Contains('/', StringComparison.Ordinal) ? pattern : "(^|/)" + pattern[1..], RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }
}

/// <summary>Progress when stderr is not a terminal: a plain line every five seconds and one at the end.</summary>
internal sealed class ProgressLines(TextWriter stderr, int total) : IProgress<BatchProgress>
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _lastPrint;

    public void Report(BatchProgress value)
    {
        lock (_gate)
        {
            var now = _watch.ElapsedMilliseconds;
            if (now - _lastPrint < 5000 && value.Completed < total)
            {
                return;
            }

            _lastPrint = now;
            stderr.WriteLine("casestay: " + ProgressBar.Describe(value, total, now));
        }
    }
}

/// <summary>Progress on a terminal: a Spectre.Console live bar (description, bar, percentage, elapsed, remaining).</summary>
internal static class ProgressBar
{
    /// <summary>Runs <paramref name="work"/> under a live progress bar that it reports to.</summary>
    public static Task RunAsync(IAnsiConsole console, int total, Func<IProgress<BatchProgress>, Task> work) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(Describe(new BatchProgress(total, 0, 0, 0, null), total, 0)), maxValue: Math.Max(total, 1));
                var watch = Stopwatch.StartNew();
                await work(new Progress(task, total, watch)).ConfigureAwait(false);
                task.Value = task.MaxValue;
                task.StopTask();
            });

    /// <summary>One progress text: done of total, failures, pages OCR'd, files per second.</summary>
    public static string Describe(BatchProgress value, int total, long elapsedMs)
    {
        var rate = elapsedMs > 0 ? value.Completed * 1000.0 / elapsedMs : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{value.Completed}/{total} files, {value.Failed} failed, {value.PagesOcred} pages OCR'd, {rate:F1} files/s");
    }

    private sealed class Progress(ProgressTask task, int total, Stopwatch watch) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            // ProgressTask locks its own state; the bar is redrawn on Spectre's refresh timer.
            task.Value = value.Completed;
            task.Description = Markup.Escape(Describe(value, total, watch.ElapsedMilliseconds));
        }
    }
}

/// <summary>The closing summary: files, stay orders, not-stay, errors by code, pages OCR'd, throughput.</summary>
internal sealed record Summary(string Line, string Csv)
{
    /// <summary>Counts as records arrive.</summary>
    internal sealed class Counter
    {
        private readonly SortedDictionary<string, int> _errors = new(StringComparer.Ordinal);
        private int _files;
        private int _stays;
        private int _notStay;
        private int _ocrPages;

        public int Errors => _errors.Values.Sum();

        public int Files => _files;

        public void Add(ExtractionResult r)
        {
            _files++;
            if (!r.Success)
            {
                _errors[r.Error!.Code] = _errors.GetValueOrDefault(r.Error.Code) + 1;
            }
            else if (r.Order.IsStayOrder)
            {
                _stays++;
            }
            else
            {
                _notStay++;
            }

            if (r.Source.Kind is SourceKinds.PdfOcr or SourceKinds.ImageOcr)
            {
                _ocrPages += r.Source.Pages;
            }
        }

        public Summary Report(TimeSpan elapsed)
        {
            var rate = elapsed.TotalSeconds > 0 ? _files / elapsed.TotalSeconds : 0;
            var errorText = _errors.Count == 0 ? string.Empty : " (" + string.Join(", ", _errors.Select(e => $"{e.Key}: {e.Value}")) + ")";
            var line = string.Create(CultureInfo.InvariantCulture,
                $"casestay: {_files} files, {_stays} stay orders, {_notStay} not stay orders, {Errors} errors{errorText}, {_ocrPages} pages OCR'd, {elapsed.TotalSeconds:F2} s, {rate:F1} files/s");
            var csv = new StringBuilder("metric,value\n")
                .Append(CultureInfo.InvariantCulture, $"files,{_files}\nstay_orders,{_stays}\nnot_stay_orders,{_notStay}\nerrors,{Errors}\npages_ocred,{_ocrPages}\nseconds,{elapsed.TotalSeconds:F3}\nfiles_per_second,{rate:F2}\n");
            foreach (var e in _errors)
            {
                csv.Append(CultureInfo.InvariantCulture, $"error:{e.Key},{e.Value}\n");
            }

            return new Summary(line, csv.ToString());
        }
    }
}
