using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace CaseStay.Extract.Isolation;

/// <summary>
/// One isolated worker process seen from the batch: sends it a request, waits for its reply under the file's deadline
/// while watching its resident memory, and kills it (SIGKILL, with its children such as <c>pdftoppm</c>) when the
/// deadline passes or the memory ceiling is crossed. A worker that died, was killed or asked to retire is not reused.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int MaxStderrLines = 4;

    private readonly Process _process;
    private readonly WorkerLauncher _launcher;
    private readonly List<string> _stderrHead = [];

    private WorkerProcess(Process process, WorkerLauncher launcher)
    {
        _process = process;
        _launcher = launcher;
    }

    /// <summary>The worker's process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether the process still runs (an idle worker can die too, e.g. when its parent watch fired).</summary>
    public bool IsRunning
    {
        get
        {
            try
            {
                return !_process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
    }

    /// <summary>False once the worker died, was killed or retired: it takes no more requests.</summary>
    public bool Usable { get; private set; } = true;

    /// <summary>A worker expected to read at least this many files runs without tiered compilation (see
    /// <see cref="Start"/>).</summary>
    public const int LongLivedFiles = 100;

    /// <summary>Starts a worker.</summary>
    /// <param name="launcher">How to start it.</param>
    /// <param name="expectedFiles">About how many files it will read (the batch's files per lane).</param>
    /// <exception cref="System.ComponentModel.Win32Exception">The program could not be started.</exception>
    public static WorkerProcess Start(WorkerLauncher launcher, int expectedFiles = 0)
    {
        var start = new ProcessStartInfo(launcher.Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in launcher.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The managed heap stops at three quarters of the ceiling, so a runaway managed allocation ends inside the
        // worker (OutOfMemoryException, exit 86) before the resident-memory watch has to kill it.
        start.Environment["DOTNET_GCHeapHardLimit"] = (launcher.MemoryLimitBytes / 4 * 3).ToString("X", CultureInfo.InvariantCulture);

        // Run-time settings that only change how much CPU a worker spends on itself, never what it computes: no
        // profile-guided instrumentation tier (a worker lives for one batch; the instrumented code and the re-JIT it
        // feeds cost more CPU than they win back, three processes doing it instead of one) and no background GC
        // thread (a worker runs one file at a time on one thread). The launcher's own variables can override them.
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_gcConcurrent"] = "0";

        // A worker that will read many files runs the ReadyToRun code as it is and JITs what has none fully optimized
        // once, instead of re-JITting every hot method at tier 1 in each worker (measured: about 20 % less CPU per
        // worker over 300-800 files; about 0.1-0.3 s more for a worker that reads only a few, so short batches keep
        // tiering).
        if (expectedFiles >= LongLivedFiles)
        {
            start.Environment["DOTNET_TieredCompilation"] = "0";
        }

        foreach (var (name, value) in launcher.Environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var worker = new WorkerProcess(process, launcher);
        process.ErrorDataReceived += (_, e) => worker.KeepStderr(e.Data);
        process.Start();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Sends one request and returns the file's result: the worker's reply, or the typed error of a worker
    /// that died (<c>pdf-crash</c>), went over its memory ceiling (<c>out-of-memory</c>) or missed the deadline
    /// (<c>timeout</c>; the worker is killed, so the work stops too).</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled; the worker was killed.</exception>
    public async Task<BatchRecord> ExtractAsync(WorkerRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var unknown = new SourceInfo(request.Path, SourceKinds.Unknown, 0, string.Empty) { Id = request.Id };
        var payload = JsonSerializer.SerializeToUtf8Bytes(request, WorkerJsonContext.Default.WorkerRequest);
        lock (_stderrHead)
        {
            _stderrHead.Clear(); // what the worker says about this file, not about an earlier one
        }

        using var stopWatching = new CancellationTokenSource();
        long overLimit = 0;
        var memoryWatch = WatchMemoryAsync(rss => Interlocked.Exchange(ref overLimit, rss), stopWatching.Token);
        byte[]? frame = null;
        var timedOut = false;
        try
        {
            // Reading never takes a token: a pipe read may not observe one. The deadline, the memory watch and the
            // caller kill the process instead, and the read then ends with the pipe.
            var exchange = ExchangeAsync(payload);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var deadline = Task.Delay(timeout, wait.Token);
            var first = await Task.WhenAny(exchange, deadline).ConfigureAwait(false);
            if (first != exchange)
            {
                timedOut = !cancellationToken.IsCancellationRequested;
                Kill();
            }

            await wait.CancelAsync().ConfigureAwait(false);
            frame = await exchange.ConfigureAwait(false);
        }
        finally
        {
            await stopWatching.CancelAsync().ConfigureAwait(false);
            await memoryWatch.ConfigureAwait(false);
        }

        if (cancellationToken.IsCancellationRequested && frame is null)
        {
            await EndAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        var rss = Interlocked.Read(ref overLimit);
        if (frame is not null && rss == 0 && !timedOut
            && TryReadReply(frame) is { } reply)
        {
            if (reply.Retire)
            {
                await EndAsync().ConfigureAwait(false);
            }

            return BatchRecord.Of(reply);
        }

        return BatchRecord.Of(await FailureAsync(unknown, timedOut, timeout, rss).ConfigureAwait(false));
    }

    /// <summary>Ends a worker that gave no usable reply and says why: the file's typed error.</summary>
    private async Task<ExtractionResult> FailureAsync(SourceInfo unknown, bool timedOut, TimeSpan timeout, long rss)
    {
        var code = await EndAsync().ConfigureAwait(false);
        if (timedOut)
        {
            return ExtractionResult.Failed(unknown, ErrorCodes.Timeout,
                $"The file took longer than {timeout.TotalSeconds:F0} s; its worker process was killed.");
        }

        if (rss > 0)
        {
            return ExtractionResult.Failed(unknown, ErrorCodes.OutOfMemory,
                $"The worker reading the file went over its memory ceiling of {_launcher.MemoryLimitBytes >> 20} MiB (resident {rss >> 20} MiB) and was killed.");
        }

        if (code == IsolationWorker.OutOfMemoryExitCode)
        {
            return ExtractionResult.Failed(unknown, ErrorCodes.OutOfMemory,
                $"The worker reading the file ran out of memory (managed heap ceiling {(_launcher.MemoryLimitBytes / 4 * 3) >> 20} MiB) and ended.");
        }

        if (code == 128 + 9)
        {
            return ExtractionResult.Failed(unknown, ErrorCodes.OutOfMemory,
                "The worker reading the file was killed by SIGKILL, not by this batch (most likely the system's out-of-memory killer).");
        }

        return ExtractionResult.Failed(unknown, ErrorCodes.PdfCrash,
            $"The worker process reading the file died ({Describe(code)}){StderrNote()}; the batch went on with a new worker.");
    }

    /// <summary>Ends an idle worker: its input is closed (it exits), and it is killed if it has not after a grace period.</summary>
    public void Dispose()
    {
        Usable = false;
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(2000))
            {
                Kill();
                _process.WaitForExit();
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private static string Describe(int code) => code switch
    {
        134 => "exit code 134, SIGABRT: a stack overflow or a runtime abort",
        139 => "exit code 139, SIGSEGV: a native crash",
        > 128 and < 160 => $"exit code {code}: signal {code - 128}",
        _ => $"exit code {code}",
    };

    private async Task<byte[]?> ExchangeAsync(byte[] payload)
    {
        try
        {
            await WorkerFrames.WriteAsync(_process.StandardInput.BaseStream, payload, CancellationToken.None).ConfigureAwait(false);
            return await WorkerFrames.ReadAsync(_process.StandardOutput.BaseStream, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            return null;
        }
    }

    private static WorkerReply? TryReadReply(byte[] frame)
    {
        try
        {
            return JsonSerializer.Deserialize(frame, WorkerJsonContext.Default.WorkerReply);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Samples the worker's resident memory until stopped; reports the first sample over the ceiling and
    /// kills the worker.</summary>
    private async Task WatchMemoryAsync(Action<long> over, CancellationToken stop)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var status = $"/proc/{_process.Id}/status";

        // Disposing the timer when the file is done ends the wait with false: no exception per file.
        using var timer = new PeriodicTimer(_launcher.MemoryPollInterval);
        using var end = stop.Register(static t => ((PeriodicTimer)t!).Dispose(), timer);
        while (await timer.WaitForNextTickAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var rss = ResidentBytes(status);
            if (rss > _launcher.MemoryLimitBytes)
            {
                over(rss);
                Kill();
                return;
            }
        }
    }

    /// <summary>VmRSS of <c>/proc/PID/status</c> in bytes; 0 when the process is gone.</summary>
    internal static long ResidentBytes(string statusPath)
    {
        try
        {
            foreach (var line in File.ReadLines(statusPath))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var digits = line.AsSpan(6).Trim();
                    var space = digits.IndexOf(' ');
                    return long.TryParse(space < 0 ? digits : digits[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : 0;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process ended between two samples.
        }

        return 0;
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    /// <summary>Kills the worker if it still runs, waits until it is gone (reaped), and returns its exit code.</summary>
    private async Task<int> EndAsync()
    {
        Usable = false;
        Kill();
        await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        _launcher.WorkerEnded?.Invoke(_process.Id);
        return _process.ExitCode;
    }

    private void KeepStderr(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (_stderrHead)
        {
            if (_stderrHead.Count < MaxStderrLines)
            {
                _stderrHead.Add(line.Length > 200 ? line[..200] : line);
            }
        }
    }

    private string StderrNote()
    {
        lock (_stderrHead)
        {
            return _stderrHead.Count == 0 ? string.Empty : "; it wrote: " + string.Join(" | ", _stderrHead);
        }
    }
}
