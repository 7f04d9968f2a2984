using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace CaseStay.Extract.Serialization;

/// <summary>
/// Writes results in the JSON of the output contract (camelCase, ISO dates and periods, nulls written as null),
/// the same JSON the <c>casestay</c> harness prints.
/// </summary>
public static class StayOrderJson
{
    /// <summary>The version of the record's shape written as <c>schemaVersion</c> in every record; the JSON Schema
    /// <c>schema/stay-order.schema.json</c> describes it. A field added keeps the major number; a field removed or
    /// changed in meaning raises it.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>Model records with defaults or init-only properties whose every property the record still writes.</summary>
    private static readonly Type[] s_alwaysWritten = [typeof(StayInfo), typeof(Deadline), typeof(ExtractionWarning)];

    private static readonly JsonSerializerOptions s_indented = Create(indented: true);
    private static readonly JsonSerializerOptions s_compact = Create(indented: false);

    /// <summary>The serializer options used (NodaTime converters configured); do not mutate.</summary>
    public static JsonSerializerOptions Options => s_indented;

    /// <summary>Serializes one result as the contract's record.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">Pretty-print (true) or one line (false, for JSON Lines).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ExtractionResult result, bool indented = true) =>
        JsonSerializer.Serialize(result ?? throw new ArgumentNullException(nameof(result)), indented ? s_indented : s_compact);

    /// <summary>Serializes many results as one JSON array.</summary>
    /// <param name="results">The results.</param>
    /// <param name="indented">Pretty-print.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeMany(IEnumerable<ExtractionResult> results, bool indented = true) =>
        JsonSerializer.Serialize(results.ToArray(), indented ? s_indented : s_compact);

    /// <summary>The JSON Schema (draft 2020-12) of one record, generated from the model's types; the repository
    /// commits it as <c>schema/stay-order.schema.json</c> and its tests validate every record against it.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string CreateJsonSchema()
    {
        var exporter = new System.Text.Json.Schema.JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                if (context.PropertyInfo is { } property && s_alwaysWritten.Contains(property.DeclaringType) && node is System.Text.Json.Nodes.JsonObject withDefault)
                {
                    withDefault.Remove("default");
                }

                if (s_alwaysWritten.Contains(type) && node is System.Text.Json.Nodes.JsonObject { } obj
                    && obj["properties"] is System.Text.Json.Nodes.JsonObject properties)
                {
                    // Every property is written (nulls included), whether or not the model gives it a default.
                    obj["required"] = new System.Text.Json.Nodes.JsonArray(properties.Select(p => (System.Text.Json.Nodes.JsonNode?)p.Key).ToArray());
                }

                var nullable = context.TypeInfo.Type != type || (context.PropertyInfo is { } p && p.IsGetNullable);
                System.Text.Json.Nodes.JsonNode? types(string t) => nullable ? new System.Text.Json.Nodes.JsonArray(t, "null") : t;
                if (type == typeof(LocalDate))
                {
                    return new System.Text.Json.Nodes.JsonObject { ["type"] = types("string"), ["format"] = "date" };
                }

                if (type == typeof(Period))
                {
                    return new System.Text.Json.Nodes.JsonObject { ["type"] = types("string"), ["pattern"] = "^P" };
                }

                return node;
            },
        };
        var shapeOptions = new JsonSerializerOptions(s_compact) { TypeInfoResolver = new RecordShapeResolver(StayOrderJsonContext.Default) };
        shapeOptions.Converters.Clear();
        foreach (var converter in StayOrderJsonContext.Default.Options.Converters)
        {
            shapeOptions.Converters.Add(converter);
        }

        var schema = System.Text.Json.Schema.JsonSchemaExporter.GetJsonSchemaAsNode(shapeOptions, typeof(ExtractionResult), exporter).AsObject();
        var root = new System.Text.Json.Nodes.JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://github.com/casestay/CaseStay.Extract/schema/stay-order.schema.json",
            ["title"] = "CaseStay.Extract stay-order record, schemaVersion " + SchemaVersion,
        };
        foreach (var (name, value) in schema.ToList())
        {
            schema.Remove(name);
            root[name] = value;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Reads one record back (as written by <see cref="Serialize"/> or one line of the harness's JSON Lines).</summary>
    /// <param name="json">The JSON text of one record.</param>
    /// <returns>The record.</returns>
    /// <exception cref="JsonException">The text is not a record.</exception>
    public static ExtractionResult Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<ExtractionResult>(json, s_compact) ?? throw new JsonException("The JSON text is null, not a record.");
    }

    /// <summary>Reads one record back without throwing.</summary>
    /// <param name="json">The JSON text of one record.</param>
    /// <param name="record">The record, or null.</param>
    /// <returns>True when <paramref name="json"/> is a record.</returns>
    public static bool TryDeserialize(string? json, [NotNullWhen(true)] out ExtractionResult? record)
    {
        record = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return false;
        }

        try
        {
            record = JsonSerializer.Deserialize<ExtractionResult>(json, s_compact);
            return record is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads a JSON array of records back (as written by <see cref="SerializeMany"/> or <c>casestay --format json</c>).</summary>
    /// <param name="json">The JSON array.</param>
    /// <returns>The records.</returns>
    /// <exception cref="JsonException">The text is not an array of records.</exception>
    public static IReadOnlyList<ExtractionResult> DeserializeMany(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<ExtractionResult[]>(json, s_compact) ?? throw new JsonException("The JSON text is null, not an array.");
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(StayOrderJsonContext.Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new ExtractionResultJsonConverter());
        options.MakeReadOnly();
        return options;
    }
}
