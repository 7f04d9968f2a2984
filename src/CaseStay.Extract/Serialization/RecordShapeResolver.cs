using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CaseStay.Extract.Serialization;

/// <summary>
/// Describes the contract's record to the JSON Schema exporter: an <see cref="ExtractionResult"/> as an object with
/// the properties of <see cref="RecordShape"/> (the same table <see cref="ExtractionResultJsonConverter"/> writes);
/// every other type as the source-generated context describes it.
/// </summary>
/// <param name="inner">The source-generated context.</param>
internal sealed class RecordShapeResolver(IJsonTypeInfoResolver inner) : IJsonTypeInfoResolver
{
    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type != typeof(ExtractionResult))
        {
            return inner.GetTypeInfo(type, options);
        }

        var info = JsonTypeInfo.CreateJsonTypeInfo<ExtractionResult>(options);
        var version = info.CreateJsonPropertyInfo(typeof(string), RecordShape.SchemaVersionName);
        version.Get = static _ => StayOrderJson.SchemaVersion;
        version.IsGetNullable = false;
        version.IsSetNullable = false;
        info.Properties.Add(version);
        foreach (var property in RecordShape.Properties)
        {
            var json = info.CreateJsonPropertyInfo(property.Type, property.Name);
            json.Get = o => property.Get((ExtractionResult)o);
            json.Set = static (_, _) => { }; // described, never read through this resolver (a required property needs a setter)
            json.IsRequired = property.Required;
            json.IsGetNullable = property.Nullable;
            json.IsSetNullable = property.Nullable;
            info.Properties.Add(json);
        }

        return info;
    }
}
