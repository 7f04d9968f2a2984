namespace CaseStay.Extract.Serialization;

/// <summary>One top-level property of the output contract's record: its JSON name, the model type of its value,
/// whether it may be null, whether every record writes it, and where the value is in an <see cref="ExtractionResult"/>.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Type">The model type of the value.</param>
/// <param name="Nullable">The value may be null.</param>
/// <param name="Required">Every record writes it (a null value included); false for a property left out when null.</param>
/// <param name="Get">The value in a result.</param>
internal sealed record RecordProperty(string Name, Type Type, bool Nullable, bool Required, Func<ExtractionResult, object?> Get);
