using System.Collections.Concurrent;

namespace CaseStay.Extract.Shared;

/// <summary>
/// Long-lived worker threads with large stacks for one batch. PdfPig recurses through object graphs, so PDFs are
/// parsed on a thread with a 16 MB stack; starting such a thread per file costs about as much as reading a short
/// PDF, so a batch keeps its own few and queues files to them.
/// </summary>
/// <remarks>Owned by one batch run and disposed with it (no shared state). A worker whose file timed out is
/// abandoned to finish in the background; the batch adds a worker in its place so parallelism stays the same.</remarks>
internal sealed class LargeStackWorkers : IDisposable
{
    /// <summary>The stack size of a worker (and of the one-off PDF thread outside a batch).</summary>
    public const int StackSize = 16 * 1024 * 1024;

    private readonly BlockingCollection<Action> _queue = new();

    /// <summary>Starts <paramref name="count"/> workers.</summary>
    public LargeStackWorkers(int count)
    {
        for (var i = 0; i < Math.Max(1, count); i++)
        {
            AddWorker();
        }
    }

    /// <summary>Starts one more worker (in place of one that is stuck on a timed-out file).</summary>
    public void AddWorker()
    {
        var thread = new Thread(Work, StackSize) { IsBackground = true, Name = "casestay-worker" };
        thread.Start();
    }

    /// <summary>Runs <paramref name="work"/> on a worker; the task ends with its result or its exception.</summary>
    public Task<T> Run<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Add(() =>
        {
            try
            {
                done.SetResult(work());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        return done.Task;
    }

    /// <summary>Lets the workers end once the queue is empty.</summary>
    public void Dispose() => _queue.CompleteAdding();

    private void Work()
    {
        foreach (var item in _queue.GetConsumingEnumerable())
        {
            item();
        }
    }
}
