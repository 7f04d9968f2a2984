namespace CaseStay.Extract.Isolation;

/// <summary>
/// How a batch starts its isolated worker processes (<see cref="BatchOptions.Isolation"/>): a program that, started
/// with <see cref="Arguments"/>, runs <see cref="IsolationWorker.RunAsync"/> on its standard input and output. The
/// <c>casestay</c> harness passes itself (<c>casestay worker</c>). Immutable; change with <c>with</c>.
/// </summary>
/// <param name="Executable">The program to start (e.g. the harness's own path, or <c>dotnet</c>).</param>
/// <param name="Arguments">Its arguments (e.g. <c>["/opt/casestay/casestay.dll", "worker"]</c>).</param>
public sealed record WorkerLauncher(string Executable, IReadOnlyList<string> Arguments)
{
    /// <summary>The default memory ceiling of one worker: 768 MiB.</summary>
    public const long DefaultMemoryLimitBytes = 768L * 1024 * 1024;

    /// <summary>The memory ceiling of one worker process, in bytes (default 768 MiB). The batch watches the worker's
    /// resident memory (<c>VmRSS</c> in <c>/proc/PID/status</c>) while it reads a file and kills it above this
    /// ceiling; the worker's managed heap is also capped at it (<c>DOTNET_GCHeapHardLimit</c>), so a runaway
    /// managed allocation fails inside the worker first. Either way the file gets <c>out-of-memory</c>.</summary>
    public long MemoryLimitBytes { get; init; } = DefaultMemoryLimitBytes;

    /// <summary>Extra environment variables of the worker processes (added to the parent's), or null.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Called with the process id of a worker the batch killed (deadline, memory ceiling, cancellation) or
    /// that died, once the process is gone: removes what the worker could not clean up itself (the harness sweeps the
    /// OCR rasterizer's temporary folders, which are named by process id). Null: nothing. Must not throw.</summary>
    public Action<int>? WorkerEnded { get; init; }

    /// <summary>How often the parent samples a busy worker's resident memory (default 50 ms).</summary>
    public TimeSpan MemoryPollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Checks the launcher; <see cref="BatchOptions.Validate"/> calls it.</summary>
    /// <exception cref="ArgumentException">A value is missing or out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Executable))
        {
            throw new ArgumentException($"{nameof(WorkerLauncher)}.{nameof(Executable)} must name a program.", nameof(Executable));
        }

        if (Arguments is null)
        {
            throw new ArgumentNullException(nameof(Arguments), $"{nameof(WorkerLauncher)}.{nameof(Arguments)} must not be null (use []).");
        }

        if (MemoryLimitBytes < 64L * 1024 * 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryLimitBytes), MemoryLimitBytes, $"{nameof(WorkerLauncher)}.{nameof(MemoryLimitBytes)} must be at least 64 MiB (a .NET worker needs about 40 MiB to start).");
        }

        if (MemoryPollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryPollInterval), MemoryPollInterval, $"{nameof(WorkerLauncher)}.{nameof(MemoryPollInterval)} must be positive.");
        }
    }
}
