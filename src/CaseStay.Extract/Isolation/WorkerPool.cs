using System.Collections.Concurrent;
using System.Diagnostics;

namespace CaseStay.Extract.Isolation;

/// <summary>
/// The isolated worker processes of one batch: at most one per file in flight (the batch's parallelism bounds them),
/// started when first needed and kept for the next file; a worker that died, was killed or retired is dropped and the
/// next file starts a fresh one, so the batch keeps its parallelism. Owned by one batch run and disposed with it.
/// </summary>
internal sealed class WorkerPool : IDisposable
{
    private readonly WorkerLauncher _launcher;
    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly ConcurrentDictionary<int, WorkerProcess> _all = new();

    public WorkerPool(WorkerLauncher launcher) => _launcher = launcher;

    /// <summary>Extracts one file in a worker: its record, or the typed error of a worker that failed on it.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled (the worker on the file was killed).</exception>
    public async Task<ExtractionResult> ExtractAsync(string path, string? id, BatchOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var start = Stopwatch.GetTimestamp();
        var activity = Telemetry.StayOrderTelemetry.StartFile(path, id);
        var extraction = options.Extraction;
        var request = new WorkerRequest(path, id, extraction.Ocr is not null, extraction.OcrMode.ToString(), extraction.HolidayCalendar.Name,
            extraction.InferJudgeFromInitials, extraction.MaxFileBytes, extraction.MaxTextLength, extraction.MaxPages, extraction.MaxImagePixels, extraction.MaxTotalPixels);
        ExtractionResult result;
        WorkerProcess worker;
        try
        {
            worker = Take();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            result = ExtractionResult.Failed(new SourceInfo(path, SourceKinds.Unknown, 0, string.Empty) { Id = id }, ErrorCodes.InternalError,
                $"The isolated worker '{_launcher.Executable}' could not be started: {e.Message}");
            return Telemetry.StayOrderTelemetry.Complete(activity, extraction, result, start);
        }

        try
        {
            result = await worker.ExtractAsync(request, options.PerFileTimeout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (worker.Usable)
            {
                _idle.Add(worker);
            }
            else
            {
                _all.TryRemove(worker.Id, out _);
                worker.Dispose();
            }
        }

        return Telemetry.StayOrderTelemetry.Complete(activity, extraction, result, start);
    }

    /// <summary>Ends every worker (idle ones exit when their input closes).</summary>
    public void Dispose()
    {
        foreach (var worker in _all.Values)
        {
            worker.Dispose();
        }

        _all.Clear();
    }

    private WorkerProcess Take()
    {
        while (_idle.TryTake(out var idle))
        {
            if (idle.Usable && idle.IsRunning)
            {
                return idle;
            }

            _all.TryRemove(idle.Id, out _);
            idle.Dispose();
        }

        var worker = WorkerProcess.Start(_launcher);
        _all[worker.Id] = worker;
        return worker;
    }
}
