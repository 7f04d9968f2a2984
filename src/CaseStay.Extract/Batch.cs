using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CaseStay.Extract.Internal;

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

    /// <summary>Extraction options for every file (size limit, OCR, holidays, …).</summary>
    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;
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
    /// <param name="cancellationToken">Stops the batch: files not started are not yielded.</param>
    /// <returns>One result per file, as files finish or in input order.</returns>
    /// <remarks>Files run on the batch's own large-stack worker threads. A timed-out file's record is written at the
    /// deadline and its work is cancelled: PDF reading stops at the next page and Tesseract mid-page; what cannot stop
    /// at once (PdfPig inside one page) finishes in the background while a new worker takes its place.</remarks>
    public static async IAsyncEnumerable<ExtractionResult> ExtractAllAsync(
        IEnumerable<string> paths,
        BatchOptions? options = null,
        IProgress<BatchProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= BatchOptions.Default;
        var list = paths.ToList();
        var channel = Channel.CreateBounded<(int Index, ExtractionResult Result)>(Math.Max(1, options.MaxParallelism * 2));
        var completed = 0;
        var failed = 0;
        var ocrPages = 0;
        using var workers = new LargeStackWorkers(options.MaxParallelism);
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(
                    Enumerable.Range(0, list.Count),
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellationToken },
                    async (i, ct) =>
                    {
                        var result = await ExtractOneAsync(list[i], options, workers, ct).ConfigureAwait(false);
                        var done = Interlocked.Increment(ref completed);
                        var bad = result.Success ? Volatile.Read(ref failed) : Interlocked.Increment(ref failed);
                        var ocr = result.Source.Kind is SourceKinds.PdfOcr or SourceKinds.ImageOcr
                            ? Interlocked.Add(ref ocrPages, result.Source.Pages) : Volatile.Read(ref ocrPages);
                        progress?.Report(new BatchProgress(list.Count, done, bad, ocr, list[i]));
                        await channel.Writer.WriteAsync((i, result), ct).ConfigureAwait(false);
                    }).ConfigureAwait(false);
                channel.Writer.TryComplete();
            }
            catch (Exception e)
            {
                channel.Writer.TryComplete(e is OperationCanceledException ? null : e);
            }
        }, CancellationToken.None);

        var pending = new Dictionary<int, ExtractionResult>();
        var next = 0;
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
    }

    private static async Task<ExtractionResult> ExtractOneAsync(string path, BatchOptions options, LargeStackWorkers workers, CancellationToken cancellationToken)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PerFileTimeout);
        var work = workers.Run(() => StayOrderExtractor.ExtractFileOnWorker(path, options.Extraction, timeout.Token));
        try
        {
            var result = await work.WaitAsync(options.PerFileTimeout, cancellationToken).ConfigureAwait(false);
            timeout.Dispose();
            if (result.Error?.Code == ErrorCodes.Cancelled && !cancellationToken.IsCancellationRequested)
            {
                return result with { Error = new ExtractionError(ErrorCodes.Timeout, $"The file took longer than {options.PerFileTimeout.TotalSeconds:F0} s.") };
            }

            return result;
        }
        catch (TimeoutException)
        {
            // The worker is stuck on this file until the work returns: the batch keeps its parallelism with a new
            // worker, and the token source is released when the abandoned work ends.
            workers.AddWorker();
            _ = work.ContinueWith(_ => timeout.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return ExtractionResult.Failed(new SourceInfo(path, SourceKinds.Unknown, 0, string.Empty), ErrorCodes.Timeout,
                $"The file took longer than {options.PerFileTimeout.TotalSeconds:F0} s; its record was written at the deadline.");
        }
    }
}
