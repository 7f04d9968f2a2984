using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
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

    private static readonly JsonSerializerOptions s_indented = Create(indented: true);
    private static readonly JsonSerializerOptions s_compact = Create(indented: false);

    /// <summary>The serializer options used (NodaTime converters configured); do not mutate.</summary>
    public static JsonSerializerOptions Options => s_indented;

    /// <summary>Serializes one result as the contract's record.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">Pretty-print (true) or one line (false, for JSON Lines).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ExtractionResult result, bool indented = true) =>
        JsonSerializer.Serialize(ToRecord(result), indented ? s_indented : s_compact);

    /// <summary>Serializes many results as one JSON array.</summary>
    /// <param name="results">The results.</param>
    /// <param name="indented">Pretty-print.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeMany(IEnumerable<ExtractionResult> results, bool indented = true) =>
        JsonSerializer.Serialize(results.Select(ToRecord).ToArray(), indented ? s_indented : s_compact);

    /// <summary>The JSON Schema (draft 2020-12) of one record, generated from the contract's types; the repository
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
        var schema = System.Text.Json.Schema.JsonSchemaExporter.GetJsonSchemaAsNode(s_compact, typeof(ContractRecord), exporter).AsObject();
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
    public static ContractRecord Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<ContractRecord>(json, s_compact) ?? throw new JsonException("The JSON text is null, not a record.");
    }

    /// <summary>Reads one record back without throwing.</summary>
    /// <param name="json">The JSON text of one record.</param>
    /// <param name="record">The record, or null.</param>
    /// <returns>True when <paramref name="json"/> is a record.</returns>
    public static bool TryDeserialize(string? json, [NotNullWhen(true)] out ContractRecord? record)
    {
        record = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return false;
        }

        try
        {
            record = JsonSerializer.Deserialize<ContractRecord>(json, s_compact);
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
    public static IReadOnlyList<ContractRecord> DeserializeMany(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<ContractRecord[]>(json, s_compact) ?? throw new JsonException("The JSON text is null, not an array.");
    }

    /// <summary>Maps a result to the contract's record shape.</summary>
    /// <param name="result">The result.</param>
    /// <returns>A serializable record.</returns>
    public static ContractRecord ToRecord(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var o = result.Order;
        var source = new ContractSource(result.Source.Path, result.Source.Kind, result.Source.Pages, result.Source.Sha256)
        {
            Id = result.Source.Id,
            OcrPages = result.Source.OcrPages,
        };
        var warnings = result.Warnings.Select(w => new ContractWarning(w.Code, w.Message, w.Span)).ToArray();
        var error = result.Error is null ? null : new ContractError(result.Error.Code, result.Error.Message);
        if (o is null)
        {
            return new ContractRecord(source, false, null, null, null, null, null, null, null, null, [], [], [], [], warnings, error, null, null, null, [], []);
        }

        var cn = o.CaseNumber is null
            ? null
            : new ContractCaseNumber(o.CaseNumber.Raw, o.CaseNumber.Normalized, o.CaseNumber.Office, o.CaseNumber.Year, o.CaseNumber.Type,
                o.CaseNumber.Sequence, o.CaseNumber.JudgeInitials, o.CaseNumber.Suffix);
        return new ContractRecord(
            source,
            o.IsStayOrder,
            o.NotStayReason,
            o.Court is null ? null : new ContractCourt(o.Court.Name, o.Court.Code, o.Court.Division, o.Court.Inferred),
            cn,
            o.Parties is null ? null : new ContractParties(o.Parties.Plaintiffs, o.Parties.Defendants, o.Parties.DefendantsEtAl, o.Parties.PlaintiffsEtAl, o.Parties.PlaintiffRole, o.Parties.DefendantRole),
            o.Title,
            o.Judge is null ? null : new ContractJudge(o.Judge.Name, o.Judge.Title, o.Judge.Signature, o.Judge.Inferred),
            o.Dated,
            o.Stay is null ? null : new ContractStay(o.Stay.Kind, o.Stay.Scope, o.Stay.Until, o.Stay.VacatesDeadlines),
            o.Directives.Select(d => new ContractDirective(d.Index, d.Label, d.Text, d.Page, d.Footnotes, d.Span)).ToArray(),
            o.Deadlines.Select(d => new ContractDeadline(d.DirectiveIndex, d.Description, d.Period, d.Trigger, d.TriggerText, d.Due, d.UnadjustedDue, d.Recurring, d.Explanation,
                d.Kind, d.Obligor, d.Phrase, d.PhraseSpan, d.Anchor, d.AnchorDate, d.Direction, d.Unit, d.DueTime, d.Interval, d.RecursUntil, d.HolidayDependent, d.DueFederal, d.DueFederalAndCalifornia)).ToArray(),
            o.Citations.Select(c => new ContractCitation(c.Kind, c.Text, c.Title, c.Sections)).ToArray(),
            o.Footnotes.Select(f => new ContractFootnote(f.Marker, f.Text, f.Span)).ToArray(),
            warnings,
            error,
            o.FilingStamp,
            o.Provenance,
            o.DocumentType,
            o.Contacts,
            o.Facts)
        {
            Corrections = o.Corrections.Count == 0 ? null : o.Corrections,
        };
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(StayOrderJsonContext.Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}

#pragma warning disable CS1591 // The contract types mirror docs/output-contract.md field by field; see README.
/// <summary>The contract's record (see README, "Output contract").</summary>
public sealed record ContractRecord(
    ContractSource Source,
    bool IsStayOrder,
    NotStayReason? NotStayReason,
    ContractCourt? Court,
    ContractCaseNumber? CaseNumber,
    ContractParties? Parties,
    string? Title,
    ContractJudge? Judge,
    LocalDate? Dated,
    ContractStay? Stay,
    IReadOnlyList<ContractDirective> Directives,
    IReadOnlyList<ContractDeadline> Deadlines,
    IReadOnlyList<ContractCitation> Citations,
    IReadOnlyList<ContractFootnote> Footnotes,
    IReadOnlyList<ContractWarning> Warnings,
    ContractError? Error,
    FilingStamp? FilingStamp,
    IReadOnlyDictionary<string, SourceSpan>? Provenance,
    string? DocumentType,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<ProceduralFact> Facts)
{
    /// <summary>The shape's version (<see cref="StayOrderJson.SchemaVersion"/>), written first in every record.</summary>
    [JsonPropertyOrder(-1)]
    public string SchemaVersion { get; init; } = StayOrderJson.SchemaVersion;

    /// <summary>Fields a person corrected (keyed like <c>corrections.json</c>: "caseNumber", "dated", "deadlines[0].due", …),
    /// each with <c>corrected: true</c> and the extracted value; absent when nothing was corrected.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, FieldCorrection>? Corrections { get; init; }
}

/// <summary>Contract: source.</summary>
public sealed record ContractSource(string? Path, string Kind, int Pages, string Sha256)
{
    /// <summary>The caller's id of the document (JSON Lines input: the record's id), or null.</summary>
    public string? Id { get; init; }

    /// <summary>Pages read by OCR.</summary>
    public int OcrPages { get; init; }
}

/// <summary>Contract: court.</summary>
public sealed record ContractCourt(string? Name, string? Code, string? Division, bool Inferred);

/// <summary>Contract: caseNumber.</summary>
public sealed record ContractCaseNumber(string Raw, string Normalized, int? Office, int Year, string Type, int Sequence, IReadOnlyList<string> JudgeInitials, string? Suffix);

/// <summary>Contract: parties.</summary>
public sealed record ContractParties(IReadOnlyList<string> Plaintiffs, IReadOnlyList<string> Defendants, bool DefendantsEtAl, bool PlaintiffsEtAl, string? PlaintiffRole, string? DefendantRole);

/// <summary>Contract: judge.</summary>
public sealed record ContractJudge(string? Name, string? Title, string? Signature, bool Inferred);

/// <summary>Contract: stay.</summary>
public sealed record ContractStay(string? Kind, string? Scope, string? Until, bool VacatesDeadlines);

/// <summary>Contract: one directive.</summary>
public sealed record ContractDirective(int Index, string? Label, string Text, int Page, IReadOnlyList<string> Footnotes, SourceSpan Provenance);

/// <summary>Contract: one deadline.</summary>
public sealed record ContractDeadline(int DirectiveIndex, string Description, Period? Period, string Trigger, string? TriggerText, LocalDate? Due, LocalDate? UnadjustedDue, bool Recurring, string Explanation,
    string Kind, string? Obligor, string? Phrase, SourceSpan? PhraseProvenance, string? Anchor, LocalDate? AnchorDate, string Direction, string? Unit, LocalTime? DueTime,
    Period? Interval, string? RecursUntil, bool HolidayDependent, LocalDate? DueFederal, LocalDate? DueFederalAndCalifornia);

/// <summary>Contract: one citation.</summary>
public sealed record ContractCitation(string Kind, string Text, int? Title, IReadOnlyList<string> Sections);

/// <summary>Contract: one footnote.</summary>
public sealed record ContractFootnote(string Marker, string Text, SourceSpan Provenance);

/// <summary>Contract: one warning.</summary>
public sealed record ContractWarning(string Code, string Message, SourceSpan? Provenance);

/// <summary>Contract: the error.</summary>
public sealed record ContractError(string Code, string Message);
#pragma warning restore CS1591
