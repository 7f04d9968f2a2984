namespace CaseStay.Extract.Pipeline;

/// <summary>
/// One reader of the pipeline: a name (the one <c>reader-failed</c> warnings and the reader hook use), the bucket slots
/// it reads that an earlier reader fills (<see cref="Needs"/>), the slots it may fill (<see cref="Fills"/>), and
/// <see cref="Read"/>. <see cref="ReaderPipeline"/> checks the declarations once, when it is built (every need is
/// filled by an earlier reader); <c>Pipeline/ReaderDeclarationTests</c> checks them against what each reader really
/// reads and changes on every real order and fixture.
/// </summary>
internal interface IFieldReader
{
    /// <summary>The reader's name (kebab case, unique in a pipeline).</summary>
    string Name { get; }

    /// <summary>The slots it reads that earlier readers fill.</summary>
    BucketSlots Needs { get; }

    /// <summary>The slots it may set, add to or replace (a checkpoint keeps these before it runs).</summary>
    BucketSlots Fills { get; }

    /// <summary>Reads its region(s) of the bucket's document and fills its slots.</summary>
    /// <param name="bucket">The bucket.</param>
    void Read(StayOrderBucket bucket);
}
