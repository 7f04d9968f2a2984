using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CaseStay.Extract.Shared;

namespace CaseStay.Extract;

/// <summary>Options of a batch run. Immutable; change with <c>with</c>.</summary>
public sealed record BatchOptions
{
    /// <summary>The defaults: processor count, 5 minutes a file, ordered by completion.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>Files extracted at once (default: the processor count).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How long one file may take; a file that takes longer yields a <c>timeout</c> error record.</summary>
    public TimeSpan PerFileTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Yield results in input order (true) or as files finish (false, the default).</summary>
    public bool Ordered { get; init; }

    /// <summary>Extraction options for every file (size limit, OCR, holidays, logger, …).</summary>
    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;

    /// <summary>Process isolation: when set, PDFs and images are read in a pool of worker processes started by this
    /// launcher (as many as <see cref="MaxParallelism"/>), so a stack overflow, a native crash, a runaway allocation or
    /// a missed deadline costs only its own file (<c>pdf-crash</c>, <c>out-of-memory</c>, <c>timeout</c>; the worker
    /// is killed and replaced). Text inputs stay in this process. Null (the library's default, since a library cannot
    /// know which program hosts <see cref="Isolation.IsolationWorker"/>): everything runs in this process, which is
    /// not safe for hostile PDFs. The <c>casestay</c> harness sets itself (<c>casestay worker</c>). Workers make their
    /// own OCR engine (the host's) when <see cref="ExtractionOptions.Ocr"/> is set, and accept only the built-in
    /// holiday calendars.</summary>
    public Isolation.WorkerLauncher? Isolation { get; init; }

    /// <summary>Checks every option (and <see cref="Extraction"/>'s); the batch calls it before it starts.</summary>
    /// <exception cref="ArgumentException">An option is out of range or null; <see cref="ArgumentException.ParamName"/> names it.</exception>
    public void Validate()
    {
        if (MaxParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxParallelism), MaxParallelism, $"{nameof(BatchOptions)}.{nameof(MaxParallelism)} must be at least 1.");
        }

        if (PerFileTimeout <= TimeSpan.Zero && PerFileTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(PerFileTimeout), PerFileTimeout, $"{nameof(BatchOptions)}.{nameof(PerFileTimeout)} must be positive (or Timeout.InfiniteTimeSpan).");
        }

        if (Extraction is null)
        {
            throw new ArgumentNullException(nameof(Extraction), $"{nameof(BatchOptions)}.{nameof(Extraction)} must not be null.");
        }

        Extraction.Validate();
        if (Isolation is not null)
        {
            Isolation.Validate();
            if (!ReferenceEquals(Extraction.HolidayCalendar, Deadlines.HolidayCalendar.Federal) && !ReferenceEquals(Extraction.HolidayCalendar, Deadlines.HolidayCalendar.FederalAndCalifornia))
            {
                throw new ArgumentException($"{nameof(BatchOptions)}.{nameof(Isolation)} supports only the built-in holiday calendars (a custom calendar cannot cross the process boundary).", nameof(Isolation));
            }

            var builtIn = Courts.CourtProfiles.EasternDistrictOfCalifornia;
            if (!(Extraction.Court with { Roster = builtIn.Roster }).Equals(builtIn))
            {
                throw new ArgumentException($"{nameof(BatchOptions)}.{nameof(Isolation)} supports the built-in court profile with any judge roster (a roster crosses the process boundary; other court data cannot).", nameof(Isolation));
            }
        }
    }
}

/// <summary>Progress of a batch: how many files are done, failed and OCR'd so far.</summary>
/// <param name="Total">Files in the batch.</param>
/// <param name="Completed">Files finished (successfully or not).</param>
/// <param name="Failed">Files that ended in an error record.</param>
/// <param name="PagesOcred">Pages read by OCR so far.</param>
/// <param name="Current">The file that just finished.</param>
public readonly record struct BatchProgress(int Total, int Completed, int Failed, int PagesOcred, string? Current);

/// <summary>Batch extraction: bounded parallelism, a timeout per file, and error isolation.</summary>
public static class StayOrderBatch
{
    /// <summary>
    /// Extracts every file. One bad file yields an error record (never an exception, never a stopped batch); a file
    /// that exceeds <see cref="BatchOptions.PerFileTimeout"/> yields a <c>timeout</c> record.
    /// </summary>
    /// <param name="paths">The files (folders are not expanded here).</param>
    /// <param name="options">Batch options, or null for the defaults.</param>
    /// <param name="progress">Receives progress after each file, or null.</param>
    /// <param name="cancellationToken">Stops the batch: see <see cref="ExtractAllAsync(IEnumerable{BatchInput}, BatchOptions?, IProgress{BatchProgress}?, CancellationToken)"/>.</param>
    /// <returns>One result per file, as files finish or in input order.</returns>
    /// <exception cref="ArgumentException">An option is invalid (thrown at the call, before any file is read).</exception>
    /// <exception cref="OperationCanceledException">Thrown by the enumeration after the results that finished
    /// before the cancellation were yielded.</exception>
    public static IAsyncEnumerable<ExtractionResult> ExtractAllAsync(
        IEnumerable<string> paths,
        BatchOptions? options = null,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ExtractAllAsync(paths.Select(p => BatchInput.FromFile(p)), options, progress, cancellationToken);
    }

    /// <summary>
    /// Extracts every input (files or in-memory texts, each with an optional id carried to <see cref="SourceInfo.Id"/>).
    /// One bad input yields an error record (never an exception, never a stopped batch); one that exceeds
    /// <see cref="BatchOptions.PerFileTimeout"/> yields a <c>timeout</c> record.
    /// </summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="options">Batch options, or null for the defaults.</param>
    /// <param name="progress">Receives progress after each input, or null.</param>
    /// <param name="cancellationToken">Stops the batch: inputs not started are not read, inputs in flight are dropped
    /// (their work is cancelled), every result that finished before is still yielded (with
    /// <see cref="BatchOptions.Ordered"/>, in input order, skipping the dropped ones), then the enumeration throws
    /// <see cref="OperationCanceledException"/>, so a caller can tell a finished batch from a cancelled one.</param>
    /// <returns>One result per input, as inputs finish or in input order.</returns>
    /// <exception cref="ArgumentException">An option is invalid (thrown at the call, before any input is read).</exception>
    /// <exception cref="OperationCanceledException">Thrown by the enumeration after the finished results.</exception>
    /// <remarks>Inputs run on the batch's own large-stack worker threads. A timed-out file's record is written at the
    /// deadline and its work is cancelled: PDF reading stops at the next page and Tesseract mid-page; what cannot stop
    /// at once (PdfPig inside one page) finishes in the background while a new worker takes its place.</remarks>
    public static IAsyncEnumerable<ExtractionResult> ExtractAllAsync(
        IEnumerable<BatchInput> inputs,
        BatchOptions? options = null,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= BatchOptions.Default;
        options.Validate();
        return TypedAsync(RunAsync(inputs.ToList(), options, progress, cancellationToken), cancellationToken);
    }

    /// <summary>As <see cref="ExtractAllAsync(IEnumerable{BatchInput}, BatchOptions?, IProgress{BatchProgress}?, CancellationToken)"/>,
    /// for the batch's own writer (the <c>casestay</c> harness): a file a worker process read keeps the worker's JSON,
    /// and its typed result is built only when asked for.</summary>
    internal static IAsyncEnumerable<Isolation.BatchRecord> ExtractRecordsAsync(
        IEnumerable<BatchInput> inputs,
        BatchOptions? options,
        IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= BatchOptions.Default;
        options.Validate();
        return RunAsync(inputs.ToList(), options, progress, cancellationToken);
    }

    private static async IAsyncEnumerable<ExtractionResult> TypedAsync(IAsyncEnumerable<Isolation.BatchRecord> records, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return record.Result;
        }
    }

    private static async IAsyncEnumerable<Isolation.BatchRecord> RunAsync(
        List<BatchInput> list,
        BatchOptions options,
        IProgress<BatchProgress>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<(int Index, Isolation.BatchRecord Result)>(Math.Max(1, options.MaxParallelism * 2));
        var completed = 0;
        var failed = 0;
        var ocrPages = 0;
        var logger = options.Extraction.Logger;
        if (logger is not null)
        {
            Telemetry.Log.BatchStarted(logger, list.Count, options.MaxParallelism);
        }

        // Finished results reach the reader even after the caller's token is cancelled; this one stops the writers
        // only when the reader itself is gone (the caller left the enumeration).
        using var readerGone = new CancellationTokenSource();
        using var workers = new LargeStackWorkers(options.MaxParallelism);
        using var isolated = options.Isolation is null ? null : new Isolation.WorkerPool(options.Isolation, list.Count / options.MaxParallelism);
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(
                    Enumerable.Range(0, list.Count),
                    new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken },
                    async (i, ct) =>
                    {
                        var result = isolated is not null && list[i].Text is null && Isolation.WorkerRouting.NeedsWorker(list[i].Path!)
                            ? await isolated.ExtractAsync(list[i].Path!, list[i].Id, options, workers, ct).ConfigureAwait(false)
                            : Isolation.BatchRecord.Of(await ExtractOneAsync(list[i], options, workers, ct).ConfigureAwait(false));
                        var done = Interlocked.Increment(ref completed);
                        var bad = result.Success ? Volatile.Read(ref failed) : Interlocked.Increment(ref failed);
                        var ocr = result.OcrPages > 0 ? Interlocked.Add(ref ocrPages, result.OcrPages) : Volatile.Read(ref ocrPages);
                        progress?.Report(new BatchProgress(list.Count, done, bad, ocr, list[i].Path ?? list[i].Id));
                        await channel.Writer.WriteAsync((i, result), readerGone.Token).ConfigureAwait(false);
                    }).ConfigureAwait(false);
                channel.Writer.TryComplete();
            }
            catch (Exception e)
            {
                channel.Writer.TryComplete(e is OperationCanceledException ? null : e);
            }
        }, CancellationToken.None);

        var pending = new SortedDictionary<int, Isolation.BatchRecord>();
        var next = 0;
        try
        {
            await foreach (var (index, result) in channel.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                if (!options.Ordered)
                {
                    yield return result;
                    continue;
                }

                pending[index] = result;
                while (pending.Remove(next, out var ready))
                {
                    yield return ready;
                    next++;
                }
            }

            await producer.ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested && Volatile.Read(ref completed) < list.Count)
            {
                // What finished after a dropped input is still the caller's: in input order, past the gaps.
                foreach (var ready in pending.Values)
                {
                    yield return ready;
                }

                if (logger is not null)
                {
                    Telemetry.Log.BatchCancelled(logger, Volatile.Read(ref completed), list.Count);
                }

                cancellationToken.ThrowIfCancellationRequested();
            }

            if (logger is not null)
            {
                Telemetry.Log.BatchEnded(logger, Volatile.Read(ref completed), list.Count, Volatile.Read(ref failed));
            }
        }
        finally
        {
            await readerGone.CancelAsync().ConfigureAwait(false);
        }
    }

    private static async Task<ExtractionResult> ExtractOneAsync(BatchInput input, BatchOptions options, LargeStackWorkers workers, CancellationToken cancellationToken)
    {
        if (input.Text is { } text)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fromText = StayOrderExtractor.ExtractTextUnchecked(text, options.Extraction, input.Path, input.Id, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested(); // cancelled in flight: dropped, not reported as a record
            return fromText;
        }

        var path = input.Path!;
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PerFileTimeout);
        var work = workers.Run(() => StayOrderExtractor.ExtractFileOnWorker(path, options.Extraction, timeout.Token, input.Id));
        try
        {
            var result = await work.WaitAsync(options.PerFileTimeout, cancellationToken).ConfigureAwait(false);
            timeout.Dispose();
            if (result.Error?.Code == ErrorCodes.Cancelled)
            {
                // The caller cancelled the batch: an input in flight is dropped, not reported as a record.
                cancellationToken.ThrowIfCancellationRequested();
                return result with { Error = new ExtractionError(ErrorCodes.Timeout, $"The file took longer than {options.PerFileTimeout.TotalSeconds:F0} s.") };
            }

            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _ = work.ContinueWith(_ => timeout.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
        catch (TimeoutException)
        {
            // The worker is stuck on this file until the work returns: the batch keeps its parallelism with a new
            // worker, and the token source is released when the abandoned work ends.
            workers.AddWorker();
            _ = work.ContinueWith(_ => timeout.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return ExtractionResult.Failed(new SourceInfo(path, SourceKinds.Unknown, 0, string.Empty) { Id = input.Id }, ErrorCodes.Timeout,
                $"The file took longer than {options.PerFileTimeout.TotalSeconds:F0} s; its record was written at the deadline.");
        }
    }
}
