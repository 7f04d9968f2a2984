namespace CaseStay.Extract.Pipeline;

/// <summary>
/// The readers in their order, checked once when built: names are unique and every slot a reader needs is filled by
/// an earlier reader (a reader that needs what no earlier reader fills would read a default). <see cref="Run"/> runs
/// them isolated: a reader that throws is undone (the bucket goes back to a checkpoint of the slots it fills, its
/// warnings and provenance) and leaves a warning <see cref="WarningCodes.ReaderFailed"/> naming it.
/// </summary>
internal sealed class ReaderPipeline
{
    /// <summary>Builds the pipeline and checks the declarations.</summary>
    /// <param name="readers">The readers, in the order they run.</param>
    /// <exception cref="ArgumentException">A name is empty or repeated, or a reader needs a slot no earlier reader fills.</exception>
    public ReaderPipeline(IReadOnlyList<IFieldReader> readers)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var filled = BucketSlots.None;
        foreach (var reader in readers)
        {
            if (string.IsNullOrWhiteSpace(reader.Name) || !names.Add(reader.Name))
            {
                throw new ArgumentException($"Reader names must be unique and not empty ('{reader.Name}').", nameof(readers));
            }

            var missing = reader.Needs & ~filled;
            if (missing != BucketSlots.None)
            {
                throw new ArgumentException($"The {reader.Name} reader needs {missing}, which no earlier reader fills.", nameof(readers));
            }

            filled |= reader.Fills;
        }

        Readers = readers;
    }

    /// <summary>The readers, in order.</summary>
    public IReadOnlyList<IFieldReader> Readers { get; }

    /// <summary>Runs every reader in order over <paramref name="bucket"/>.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="observe">Only for the declaration tests: called after each reader with the slots it read and the
    /// slots it changed (computed from a checkpoint of every slot, so it costs a copy per reader).</param>
    public void Run(StayOrderBucket bucket, Action<IFieldReader, BucketSlots, BucketSlots>? observe = null)
    {
        foreach (var reader in Readers)
        {
            Action<StayOrderBucket> read = reader.Read;
            if (bucket.Options.ReaderWrapper is { } wrap)
            {
                read = wrap(reader.Name, read);
            }

            bucket.CancellationToken.ThrowIfCancellationRequested();
            var checkpoint = new BucketCheckpoint(bucket, observe is null ? reader.Fills : BucketSlots.All);
            bucket.ClearReads();
            try
            {
                read(bucket);
            }
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
            {
                checkpoint.Restore(bucket);
                bucket.Warnings.Add(new ExtractionWarning(WarningCodes.ReaderFailed, $"The {reader.Name} reader failed ({e.GetType().Name}: {e.Message}); its fields were left out."));
            }

            if (observe is not null)
            {
                var reads = bucket.Reads;
                observe(reader, reads, checkpoint.ChangedSince(bucket));
            }
        }
    }
}
