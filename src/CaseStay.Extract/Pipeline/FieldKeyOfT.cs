namespace CaseStay.Extract.Pipeline;

/// <summary>A <see cref="FieldKey"/> that knows the type of its value and where the bucket keeps it.</summary>
/// <typeparam name="T">The field's value type.</typeparam>
/// <param name="jsonName">The key in the record's <c>provenance</c> object.</param>
/// <param name="slot">The bucket slot the field's value lives in.</param>
/// <param name="store">Stores the value in the bucket's property of the field.</param>
internal sealed class FieldKey<T>(string jsonName, BucketSlots slot, Action<StayOrderBucket, T> store) : FieldKey(jsonName, slot)
{
    /// <summary>Stores <paramref name="value"/> in the bucket's property of this field.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="value">The value.</param>
    public void Store(StayOrderBucket bucket, T value) => store(bucket, value);
}
