using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseStay.Extract.Serialization;

/// <summary>
/// The one converter of the output contract: writes an <see cref="ExtractionResult"/> as the contract's flat record
/// (<c>schemaVersion</c>, then <see cref="RecordShape.Properties"/> in order, every nested value the model's own record
/// through the source-generated context) and reads it back. Unknown properties are skipped.
/// </summary>
internal sealed class ExtractionResultJsonConverter : JsonConverter<ExtractionResult>
{
    /// <inheritdoc/>
    public override ExtractionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A record is a JSON object.");
        }

        var values = new object?[RecordShape.Properties.Count];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("A record's member has no name.");
            }

            var index = RecordShape.Index(reader.GetString()!);
            if (!reader.Read())
            {
                throw new JsonException("The record ends inside a member.");
            }

            if (index < 0)
            {
                reader.Skip();
                continue;
            }

            values[index] = JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(RecordShape.Properties[index].Type));
        }

        return RecordShape.ToResult(values);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ExtractionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(RecordShape.SchemaVersionName, StayOrderJson.SchemaVersion);
        foreach (var property in RecordShape.Properties)
        {
            var item = property.Get(value);
            if (item is null && !property.Required)
            {
                continue;
            }

            writer.WritePropertyName(property.Name);
            JsonSerializer.Serialize(writer, item, options.GetTypeInfo(property.Type));
        }

        writer.WriteEndObject();
    }
}
