using System.Diagnostics;
using CaseStay.Extract.Shared;

namespace CaseStay.Extract.Isolation;

/// <summary>
/// The isolated worker processes of one batch: at most one per file in flight (the batch's parallelism bounds them),
/// started when first needed and kept for the next file; a worker that died, was killed or retired is dropped and the
/// next file starts a fresh one, so the batch keeps its parallelism. Owned by one batch run and disposed with it.
/// </summary>
internal sealed class WorkerPool : IDisposable
{
    private readonly WorkerLauncher _launcher;
    // A plain lock: a handful of workers, touched twice per file (the concurrent collections cost more to set up and
    // to load than they save here).
    private readonly Lock _gate = new();
    private readonly Stack<WorkerProcess> _idle = new();
    private readonly Dictionary<int, WorkerProcess> _all = [];
    private readonly int _filesPerWorker;

    /// <summary>A pool for one batch.</summary>
    /// <param name="launcher">How workers are started.</param>
    /// <param name="filesPerWorker">About how many files each worker will read (the batch's files per lane): a
    /// long-lived worker is started with run-time settings that pay off only over many files.</param>
    public WorkerPool(WorkerLauncher launcher, int filesPerWorker = 0)
    {
        _launcher = launcher;
        _filesPerWorker = filesPerWorker;
    }

    /// <summary>Extracts one file in a worker: its record, or the typed error of a worker that failed on it. The
    /// exchange with the worker runs on one of the batch's own threads (<paramref name="threads"/>), where it blocks on
    /// the pipe: one hand-over per file, as for a file read in-process.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled (the worker on the file was killed).</exception>
    public Task<BatchRecord> ExtractAsync(string path, string? id, BatchOptions options, LargeStackWorkers threads, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return threads.Run(() => Extract(path, id, options, cancellationToken));
    }

    /// <summary>Extracts one file in a worker, blocking the calling thread.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled (the worker on the file was killed).</exception>
    public BatchRecord Extract(string path, string? id, BatchOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var start = Stopwatch.GetTimestamp();
        var activity = Telemetry.StayOrderTelemetry.StartFile(path, id);
        var extraction = options.Extraction;
        var request = new WorkerRequest(path, id, extraction.Ocr is not null, extraction.OcrMode.ToString(), extraction.HolidayCalendar.Name,
            extraction.InferJudgeFromInitials, extraction.MaxFileBytes, extraction.MaxTextLength, extraction.MaxPages, extraction.MaxImagePixels, extraction.MaxTotalPixels,
            ReferenceEquals(extraction.Court.Roster, Courts.CourtProfiles.EasternDistrictOfCalifornia.Roster) ? null : extraction.Court.Roster.Judges);
        BatchRecord result;
        WorkerProcess worker;
        try
        {
            worker = Take();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            result = BatchRecord.Of(ExtractionResult.Failed(new SourceInfo(path, SourceKinds.Unknown, 0, string.Empty) { Id = id }, ErrorCodes.InternalError,
                $"The isolated worker '{_launcher.Executable}' could not be started: {e.Message}"));
            return Complete(activity, extraction, result, start);
        }

        try
        {
            result = worker.Extract(request, options.PerFileTimeout, cancellationToken);

            // Corrections are applied here, as the in-process path applies them to what the readers found (the worker
            // reads without them): the record is then made in this process.
            if (extraction.Corrections is { Entries.Count: > 0 } corrections && result.CompactJson is not null)
            {
                result = BatchRecord.Of(Corrections.CorrectionApplier.Apply(result.Result, corrections));
            }
        }
        finally
        {
            if (worker.Usable)
            {
                lock (_gate)
                {
                    _idle.Push(worker);
                }
            }
            else
            {
                lock (_gate)
                {
                    _all.Remove(worker.Id);
                }

                worker.Dispose();
            }
        }

        return Complete(activity, extraction, result, start);
    }

    /// <summary>Ends the file's activity and logs it; the typed result is built only when someone listens.</summary>
    private static BatchRecord Complete(System.Diagnostics.Activity? activity, ExtractionOptions extraction, BatchRecord result, long start)
    {
        if (activity is not null || extraction.Logger is not null)
        {
            Telemetry.StayOrderTelemetry.Complete(activity, extraction, result.Result, start);
        }

        return result;
    }

    /// <summary>Ends every worker (idle ones exit when their input closes).</summary>
    public void Dispose()
    {
        List<WorkerProcess> all;
        lock (_gate)
        {
            all = [.. _all.Values];
            _all.Clear();
            _idle.Clear();
        }

        foreach (var worker in all)
        {
            worker.Dispose();
        }
    }

    private WorkerProcess Take()
    {
        while (true)
        {
            WorkerProcess? idle;
            lock (_gate)
            {
                if (!_idle.TryPop(out idle))
                {
                    break;
                }
            }

            if (idle.Usable && idle.IsRunning)
            {
                return idle;
            }

            lock (_gate)
            {
                _all.Remove(idle.Id);
            }

            idle.Dispose();
        }

        var worker = WorkerProcess.Start(_launcher, _filesPerWorker);
        lock (_gate)
        {
            _all[worker.Id] = worker;
        }

        return worker;
    }
}
