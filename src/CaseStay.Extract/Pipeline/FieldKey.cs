namespace CaseStay.Extract.Pipeline;

/// <summary>
/// A field of the record that carries provenance, named once: its <see cref="JsonName"/> is the key the record's
/// <c>provenance</c> object writes it under. Readers set a field's value and its span together through its typed key
/// (<see cref="StayOrderBucket.Set{T}"/>, keys in <see cref="FieldKeys"/>); no reader spells a field's name.
/// </summary>
/// <param name="jsonName">The key in the record's <c>provenance</c> object.</param>
/// <param name="slot">The bucket slot the field's value lives in (its provenance belongs to the same slot).</param>
internal abstract class FieldKey(string jsonName, BucketSlots slot)
{
    /// <summary>The bucket slot the field's value lives in.</summary>
    public BucketSlots Slot { get; } = slot;

    /// <summary>The key in the record's <c>provenance</c> object (the contract's name of the field).</summary>
    public string JsonName { get; } = jsonName;

    /// <inheritdoc/>
    public override string ToString() => JsonName;
}
