namespace CaseStay.Extract.Pipeline;

/// <summary>An <see cref="IFieldReader"/> made of its declarations and a reader's static entry point.</summary>
/// <param name="Name">The reader's name.</param>
/// <param name="Needs">The slots it reads that earlier readers fill.</param>
/// <param name="Fills">The slots it may fill.</param>
/// <param name="Run">The reader's entry point.</param>
internal sealed record FieldReader(string Name, BucketSlots Needs, BucketSlots Fills, Action<StayOrderBucket> Run) : IFieldReader
{
    /// <inheritdoc/>
    public void Read(StayOrderBucket bucket) => Run(bucket);
}
