using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseStay.Extract.Isolation;
using CaseStay.Extract.Serialization;
using Spectre.Console;

namespace CaseStay.Extract.Cli;

/// <summary>One run of <c>casestay extract</c>: check outputs, expand, filter, shard, resume, extract in parallel, write,
/// summarize; an interrupt (the token) or a closed standard output ends it early with a well-formed output.</summary>
internal sealed record ExtractRun(string[] Paths, string Format, string? Output, int Parallel, bool Ordered, ExtractionOptions Options, string? Ics)
{
    public string[] Include { get; init; } = [];

    public string[] Exclude { get; init; } = [];

    public (int K, int N)? Shard { get; init; }

    public bool Resume { get; init; }

    public string? SummaryCsv { get; init; }

    public TimeSpan PerFileTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Calendar export options (horizon of recurring duties, stays only).</summary>
    public IcsOptions IcsOptions { get; init; } = IcsOptions.Default;

    /// <summary>Start CSV output with a UTF-8 byte-order mark.</summary>
    public bool CsvBom { get; init; }

    /// <summary>Write CSV cells as they are, without the formula-injection guard.</summary>
    public bool CsvRaw { get; init; }

    /// <summary>A terminal to draw a live progress bar on; null: plain progress lines on stderr every few seconds.</summary>
    public IAnsiConsole? ProgressConsole { get; init; }

    /// <summary>Follow symbolic links out of the folders given (by default only links that stay inside are followed).</summary>
    public bool FollowSymlinks { get; init; }

    /// <summary>How PDFs and images are isolated in worker processes (default: this harness's own <c>casestay worker</c>);
    /// null: in this process (<c>--in-process</c>).</summary>
    public Isolation.WorkerLauncher? Isolation { get; init; } = WorkerMode.Self();

    /// <summary>JSON Lines input (<c>--input-format jsonl</c>): each path is a JSON Lines file; null: paths are files and folders.</summary>
    public JsonlInput? Jsonl { get; init; }

    public async Task<int> ExecuteAsync(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();

        // Every output path is checked (its folder created) before any work, so a typo cannot cost a whole batch.
        var refusal = OutputPath.Check("--out", Output) ?? OutputPath.Check("--ics", Ics) ?? OutputPath.Check("--summary-csv", SummaryCsv);
        if (refusal is null && Resume && (Output is null || Format != "jsonl"))
        {
            refusal = "--resume needs --format jsonl and --out FILE.";
        }

        if (refusal is not null)
        {
            await stderr.WriteLineAsync("casestay: " + refusal + " Nothing was extracted.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var items = CollectInputs();
        if (OutputFile.RefuseInput(Output, items.Where(i => i.Input?.Path is not null).Select(i => i.Input!.Path!)) is { } clash)
        {
            await stderr.WriteLineAsync("casestay: " + clash + " Nothing was extracted.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (items.Count == 0)
        {
            await stderr.WriteLineAsync($"casestay: no input matched {string.Join(' ', Paths)} (supported: {string.Join(' ', CliApp.SupportedExtensions)}"
                + (Include.Length + Exclude.Length > 0 ? ", after --include/--exclude" : string.Empty) + "). Nothing was extracted.").ConfigureAwait(false);
            return ExitCodes.NoInput;
        }

        if (Shard is { } shard)
        {
            var before = items.Count;
            items = items.Where(i => InShard(i.Key, shard)).ToList();
            await stderr.WriteLineAsync($"casestay: shard {shard.K}/{shard.N}: {items.Count} of {before} inputs").ConfigureAwait(false);
        }

        if (Resume)
        {
            var done = ReadDone(Output!);
            var before = items.Count;
            items = items.Where(i => !done.Contains(i.Key, ContentHash(i))).ToList();
            await stderr.WriteLineAsync($"casestay: resuming: {before - items.Count} of {before} files already in {Output}").ConfigureAwait(false);
        }

        // The output: JSON Lines appended under an exclusive lock, JSON and CSV written to a temporary file beside the
        // output and renamed at the end (an earlier output stays whole until then).
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
            return ExitCodes.Usage;
        }

        // Records are kept in memory only when the calendar needs them all; the JSON array is streamed, so memory
        // stays flat however many files a run has.
        var keep = Ics is not null;
        var results = new List<ExtractionResult>();
        var summary = new Summary.Counter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var brokenPipe = false;
        var records = 0;
        var interrupted = false;

        // A reader that closed standard output (| head) stops the run: nothing more can be delivered.
        async Task<bool> WriteAsync(string text)
        {
            if (brokenPipe)
            {
                return false;
            }

            try
            {
                await writer.WriteAsync(text).ConfigureAwait(false);
                await writer.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                output?.Checkpoint();
                return true;
            }
            catch (IOException) when (Output is null)
            {
                brokenPipe = true;
                await stop.CancelAsync().ConfigureAwait(false);
                return false;
            }
        }

        try
        {
            if (Format == "csv" && !Resume)
            {
                await WriteAsync((CsvBom ? "\uFEFF" : string.Empty) + CsvRow.Header + "\n").ConfigureAwait(false);
            }
            else if (Format == "json")
            {
                await WriteAsync("[").ConfigureAwait(false);
            }

            async Task AddAsync(BatchRecord record)
            {
                summary.Add(record);
                if (keep)
                {
                    results.Add(record.Result);
                }

                // JSON Lines: a record a worker wrote is copied as it came (the same bytes StayOrderJson writes here);
                // the typed result is built only for the formats that need it.
                var line = Format switch
                {
                    "csv" => CsvRow.Format(record.Result, neutralize: !CsvRaw) + "\n",
                    "json" => (records == 0 ? "\n" : ",\n") + Indent(StayOrderJson.Serialize(record.Result, indented: true)),
                    _ => (record.CompactJson ?? StayOrderJson.Serialize(record.Result, indented: false)) + "\n",
                };
                records++;
                await WriteAsync(line).ConfigureAwait(false);
            }

            var batch = new BatchOptions { MaxParallelism = Parallel, Ordered = Ordered || Format == "json", PerFileTimeout = PerFileTimeout, Extraction = Options, Isolation = Isolation };
            async Task WriteAllAsync(IProgress<BatchProgress> progress)
            {
                foreach (var failure in items.Where(i => i.Failure is not null))
                {
                    await AddAsync(BatchRecord.Of(failure.Failure!)).ConfigureAwait(false);
                }

                var inputs = items.Where(i => i.Input is not null).Select(i => i.Input!).ToList();
                await foreach (var record in StayOrderBatch.ExtractRecordsAsync(inputs, batch, progress, stop.Token).ConfigureAwait(false))
                {
                    await AddAsync(record).ConfigureAwait(false);
                }
            }

            try
            {
                if (ProgressConsole is { } console)
                {
                    try
                    {
                        await ProgressBar.RunAsync(console, items.Count(i => i.Input is not null), WriteAllAsync).ConfigureAwait(false);
                    }
                    finally
                    {
                        console.Cursor.Show();
                    }
                }
                else
                {
                    await WriteAllAsync(new ProgressLines(stderr, items.Count(i => i.Input is not null))).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                interrupted = !brokenPipe;
            }

            if (Format == "json")
            {
                await WriteAsync(records == 0 ? "]\n" : "\n]\n").ConfigureAwait(false);
            }

            if (output is not null)
            {
                await output.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (IOException e) when (output is not null)
        {
            // A full disk or another write error: the file is cut back to whole records (JSON Lines) or left as it was.
            output.Abort();
            await stderr.WriteLineAsync($"casestay: writing '{Output}' failed, the run stopped: {e.Message} ({summary.Files} records were done; the file holds only whole records)").ConfigureAwait(false);
            return ExitCodes.OutputFailed;
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
            var events = IcsExport.Write(Ics, results, IcsOptions);
            await stderr.WriteLineAsync($"casestay: {events} deadlines written to {Ics}").ConfigureAwait(false);
        }

        var report = summary.Report(watch.Elapsed);
        var note = brokenPipe ? " (stopped: standard output was closed)" : interrupted ? $" (interrupted: {items.Count - summary.Files} inputs not done; rerun with --resume to finish)" : string.Empty;
        await stderr.WriteLineAsync(report.Line + note).ConfigureAwait(false);
        if (SummaryCsv is not null)
        {
            await File.WriteAllTextAsync(SummaryCsv, report.Csv, CancellationToken.None).ConfigureAwait(false);
        }

        return brokenPipe ? ExitCodes.BrokenPipe
            : interrupted ? ExitCodes.Interrupted
            : summary.Errors > 0 ? ExitCodes.SomeFailed
            : ExitCodes.Ok;
    }

    /// <summary>One input with its shard/resume key: the path below its folder argument (normalized), or the JSON Lines id.</summary>
    internal sealed record Item(BatchInput? Input, string Key, ExtractionResult? Failure);

    private List<Item> CollectInputs()
    {
        if (Jsonl is { } jsonl)
        {
            return Paths.SelectMany(jsonl.Read).Select(i => new Item(i.Input, "id:" + i.Key, i.Failure)).ToList();
        }

        var roots = Paths.Where(Directory.Exists).Select(RootOf).ToList();
        var skipped = new List<ExtractionResult>();
        var files = ExpandPaths(Paths, Include, Exclude, skipped, FollowSymlinks).Select(f => new Item(BatchInput.FromFile(f), RelativeKey(f, roots), null));
        return skipped.Select(r => new Item(null, RelativeKey(r.Source.Path ?? string.Empty, roots), r)).Concat(files).ToList();
    }

    private static string RootOf(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + "/";

    /// <summary>The path below the (longest) folder argument that holds <paramref name="file"/>, with '/' separators and
    /// Unicode NFC; a file given by itself is keyed by its name. Every spelling of the same tree (<c>testdata</c>,
    /// <c>./testdata/</c>, an absolute path) gives the same keys.</summary>
    internal static string RelativeKey(string file, IReadOnlyList<string> roots)
    {
        var full = Path.GetFullPath(file).Replace('\\', '/');
        var root = roots.Where(r => full.StartsWith(r, StringComparison.Ordinal)).MaxBy(r => r.Length);
        var relative = root is null ? Path.GetFileName(full) : full[root.Length..];
        return relative.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Shard K of N: the first four bytes of SHA-256 of the key, modulo N (stable across machines and runs).</summary>
    internal static bool InShard(string key, (int K, int N) shard)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return (int)(BitConverter.ToUInt32(hash, 0) % (uint)shard.N) == shard.K - 1;
    }

    private static string Indent(string json) => "  " + json.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static string ContentHash(Item item) => item.Input switch
    {
        { Text: { } text } => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        { Path: { } path } => HashOf(path),
        _ => string.Empty,
    };

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

    /// <summary>The records already in a JSON Lines output, by content hash with their paths and ids; a trailing partial
    /// line (a killed run) is cut off first.</summary>
    internal static DoneSet ReadDone(string output)
    {
        var done = new DoneSet();
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
                var source = doc.RootElement.GetProperty("source");
                if (source.GetProperty("sha256").GetString() is { Length: > 0 } sha)
                {
                    var id = source.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
                    done.Add(sha, source.GetProperty("path").GetString(), id);
                }
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // A damaged line is not a record: its file is extracted again.
            }
        }

        return done;
    }

    /// <summary>What a JSON Lines output already holds: for each content hash, the paths (normalized) and ids recorded.</summary>
    internal sealed class DoneSet
    {
        private readonly Dictionary<string, List<string>> _bySha = new(StringComparer.Ordinal);

        public void Add(string sha, string? path, string? id)
        {
            if (!_bySha.TryGetValue(sha, out var keys))
            {
                _bySha[sha] = keys = [];
            }

            if (path is not null)
            {
                keys.Add("/" + path.Replace('\\', '/').Normalize(NormalizationForm.FormC));
            }

            if (id is not null)
            {
                keys.Add("id:" + id);
            }
        }

        /// <summary>True when a record has this content hash and a path that ends with the key (a file's path below
        /// its folder) or this id: a copy at a new path, or a changed file at an old path, is not done.</summary>
        public bool Contains(string key, string sha) =>
            sha.Length > 0 && _bySha.TryGetValue(sha, out var keys)
            && keys.Any(k => key.StartsWith("id:", StringComparison.Ordinal) ? k == key : k.EndsWith("/" + key, StringComparison.Ordinal));
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

        public void Add(BatchRecord r)
        {
            _files++;
            if (r.ErrorCode is { } code)
            {
                _errors[code] = _errors.GetValueOrDefault(code) + 1;
            }
            else if (r.IsStayOrder)
            {
                _stays++;
            }
            else
            {
                _notStay++;
            }

            _ocrPages += r.OcrPages;
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
