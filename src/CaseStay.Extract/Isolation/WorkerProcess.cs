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

    // The watch of the file in flight: one memory timer and one deadline timer per worker, re-armed per file (no timer,
    // task or token source made per file). Their callbacks and the caller's cancellation kill the worker only while it
    // is on the file they were armed for (_busy, _file), under _watch.
    private readonly Lock _watch = new();
    private readonly Timer _memoryTimer;
    private readonly Timer _deadlineTimer;
    private string _status = string.Empty;
    private bool _busy;
    private long _file;
    private long _deadline;
    private long _overLimit;
    private bool _timedOut;

    private WorkerProcess(Process process, WorkerLauncher launcher)
    {
        _process = process;
        _launcher = launcher;
        _memoryTimer = new Timer(static s => ((WorkerProcess)s!).CheckMemory(), this, Timeout.Infinite, Timeout.Infinite);
        _deadlineTimer = new Timer(static s => ((WorkerProcess)s!).CheckDeadline(), this, Timeout.Infinite, Timeout.Infinite);
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

    /// <summary>A worker expected to read at least this many files runs without tiered compilation; one that reads
    /// fewer delays its tier-up (see <see cref="Start"/>).</summary>
    public const int LongLivedFiles = 250;

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
        // once, instead of re-JITting every hot method at tier 1 in each worker. One that reads fewer keeps tiering but
        // starts re-JITting only after 2 s without new tier-0 code (instead of 0.1 s), so a short-lived worker mostly
        // never pays for it. Measured CPU of one worker (scripts/worker-cpu.py): 50 files 1.07 s (tiering off 1.21 s,
        // default tiering 1.29 s); 150 files 1.28 s (1.53 s, 1.75 s); 300 files 2.70 s (2.39 s, 3.72 s); 500 files
        // 3.16-3.55 s (2.82-3.16 s).
        if (expectedFiles >= LongLivedFiles)
        {
            start.Environment["DOTNET_TieredCompilation"] = "0";
        }
        else
        {
            start.Environment["DOTNET_TC_CallCountingDelayMs"] = "2000";
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
        worker._status = $"/proc/{process.Id}/status";
        return worker;
    }

    /// <summary>Sends one request and returns the file's result: the worker's reply, or the typed error of a worker
    /// that died (<c>pdf-crash</c>), went over its memory ceiling (<c>out-of-memory</c>) or missed the deadline
    /// (<c>timeout</c>; the worker is killed, so the work stops too). Blocks the calling thread until the reply came
    /// or the worker is gone (the batch calls it on one of its own threads, not on the thread pool): the write and the
    /// read are plain system calls, and the deadline, the memory watch and the caller's cancellation end a read by
    /// killing the process.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled; the worker was killed.</exception>
    public BatchRecord Extract(WorkerRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var unknown = new SourceInfo(request.Path, SourceKinds.Unknown, 0, string.Empty) { Id = request.Id };
        var payload = JsonSerializer.SerializeToUtf8Bytes(request, WorkerJsonContext.Default.WorkerRequest);
        lock (_stderrHead)
        {
            _stderrHead.Clear(); // what the worker says about this file, not about an earlier one
        }

        lock (_watch)
        {
            _busy = true;
            _file++;
            _overLimit = 0;
            _timedOut = false;
            _deadline = timeout == Timeout.InfiniteTimeSpan || timeout.TotalDays > 10_000 ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        }

        if (OperatingSystem.IsLinux())
        {
            _memoryTimer.Change(_launcher.MemoryPollInterval, _launcher.MemoryPollInterval);
        }

        if (timeout != Timeout.InfiniteTimeSpan)
        {
            _deadlineTimer.Change(Capped(timeout), Timeout.InfiniteTimeSpan);
        }

        byte[]? frame = null;
        using (cancellationToken.UnsafeRegister(static s => ((WorkerProcess)s!).KillIfBusy(), this))
        {
            try
            {
                WorkerFrames.Write(_process.StandardInput.BaseStream, payload);
                frame = WorkerFrames.Read(_process.StandardOutput.BaseStream);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The worker is gone (died or killed): the reason is read below.
            }
        }

        long rss;
        bool timedOut;
        lock (_watch)
        {
            _busy = false;
            rss = _overLimit;
            timedOut = _timedOut;
        }

        _memoryTimer.Change(Timeout.Infinite, Timeout.Infinite);
        _deadlineTimer.Change(Timeout.Infinite, Timeout.Infinite);
        if (cancellationToken.IsCancellationRequested && frame is null)
        {
            End();
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (frame is not null && rss == 0 && !timedOut && WorkerResults.Decode(frame) is { } reply)
        {
            if (reply.Retire)
            {
                End();
            }

            return BatchRecord.Of(reply);
        }

        return BatchRecord.Of(Failure(unknown, timedOut, timeout, rss));
    }

    /// <summary>Ends a worker that gave no usable reply and says why: the file's typed error.</summary>
    private ExtractionResult Failure(SourceInfo unknown, bool timedOut, TimeSpan timeout, long rss)
    {
        var code = End();
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
        _memoryTimer.Dispose();
        _deadlineTimer.Dispose();
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

    /// <summary>The memory timer's tick: kills the worker when its resident memory is over the ceiling while it is
    /// still on the file the sample was taken for.</summary>
    private void CheckMemory()
    {
        long file;
        lock (_watch)
        {
            if (!_busy)
            {
                return;
            }

            file = _file;
        }

        var rss = ResidentBytes(_status);
        if (rss <= _launcher.MemoryLimitBytes)
        {
            return;
        }

        lock (_watch)
        {
            if (_busy && _file == file && _overLimit == 0 && !_timedOut)
            {
                _overLimit = rss;
                Kill();
            }
        }
    }

    /// <summary>The deadline timer: kills the worker when the file in flight is past its deadline (a tick left over
    /// from an earlier file finds the deadline of the current one not reached and does nothing).</summary>
    private void CheckDeadline()
    {
        lock (_watch)
        {
            if (!_busy || _overLimit != 0 || _timedOut || _deadline == long.MaxValue)
            {
                return;
            }

            var left = _deadline - Stopwatch.GetTimestamp();
            if (left > 0)
            {
                // The timer's clock is not the stopwatch's (or the deadline is beyond the longest timer): wait for the rest.
                _deadlineTimer.Change(Capped(TimeSpan.FromSeconds((double)left / Stopwatch.Frequency) + TimeSpan.FromMilliseconds(1)), Timeout.InfiniteTimeSpan);
                return;
            }

            _timedOut = true;
            Kill();
        }
    }

    /// <summary>A due time a timer accepts (at most about 24 days; a longer deadline is re-armed when it fires).</summary>
    private static TimeSpan Capped(TimeSpan due) => due > TimeSpan.FromMilliseconds(int.MaxValue - 1) ? TimeSpan.FromMilliseconds(int.MaxValue - 1) : due;

    /// <summary>The caller cancelled: the worker on a file is killed (its read then ends).</summary>
    private void KillIfBusy()
    {
        lock (_watch)
        {
            if (_busy)
            {
                Kill();
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
    private int End()
    {
        Usable = false;
        Kill();
        try
        {
            _process.WaitForExit();
            _launcher.WorkerEnded?.Invoke(_process.Id);
            return _process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            // The pool was disposed under this file (the batch was abandoned): the process is gone with it.
            return -1;
        }
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
