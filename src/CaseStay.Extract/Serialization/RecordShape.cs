using NodaTime;

namespace CaseStay.Extract.Serialization;

/// <summary>
/// The output contract's record, described once from the model: an <see cref="ExtractionResult"/> with its order's
/// fields at the top level, in the contract's order. <see cref="ExtractionResultJsonConverter"/> writes and reads it,
/// and <see cref="StayOrderJson.CreateJsonSchema"/> describes it, from this one table (no mirror type).
/// </summary>
internal static class RecordShape
{
    /// <summary>The name of the shape's version, written first in every record.</summary>
    public const string SchemaVersionName = "schemaVersion";

    /// <summary>The name of the corrections, written only when a person corrected something.</summary>
    public const string CorrectionsName = "corrections";

    /// <summary>The top-level properties after <see cref="SchemaVersionName"/>, in the contract's order.</summary>
    public static IReadOnlyList<RecordProperty> Properties { get; } =
    [
        new("source", typeof(SourceInfo), false, true, static r => r.Source),
        new("isStayOrder", typeof(bool), false, true, static r => r.Order?.IsStayOrder ?? false),
        new("notStayReason", typeof(NotStayReason), true, true, static r => r.Order?.NotStayReason),
        new("court", typeof(Court), true, true, static r => r.Order?.Court),
        new("caseNumber", typeof(CaseNumber), true, true, static r => r.Order?.CaseNumber),
        new("parties", typeof(Parties), true, true, static r => r.Order?.Parties),
        new("title", typeof(string), true, true, static r => r.Order?.Title),
        new("judge", typeof(Judge), true, true, static r => r.Order?.Judge),
        new("dated", typeof(LocalDate?), true, true, static r => r.Order?.Dated),
        new("stay", typeof(StayInfo), true, true, static r => r.Order?.Stay),
        new("directives", typeof(IReadOnlyList<Directive>), false, true, static r => r.Order?.Directives ?? []),
        new("deadlines", typeof(IReadOnlyList<Deadline>), false, true, static r => r.Order?.Deadlines ?? []),
        new("citations", typeof(IReadOnlyList<Citation>), false, true, static r => r.Order?.Citations ?? []),
        new("footnotes", typeof(IReadOnlyList<Footnote>), false, true, static r => r.Order?.Footnotes ?? []),
        new("warnings", typeof(IReadOnlyList<ExtractionWarning>), false, true, static r => r.Warnings),
        new("error", typeof(ExtractionError), true, true, static r => r.Error),
        new("filingStamp", typeof(FilingStamp), true, true, static r => r.Order?.FilingStamp),
        new("provenance", typeof(IReadOnlyDictionary<string, SourceSpan>), true, true, static r => r.Order?.Provenance),
        new("documentType", typeof(string), true, true, static r => r.Order?.DocumentType),
        new("contacts", typeof(IReadOnlyList<Contact>), false, true, static r => r.Order?.Contacts ?? []),
        new("facts", typeof(IReadOnlyList<ProceduralFact>), false, true, static r => r.Order?.Facts ?? []),
        new(CorrectionsName, typeof(IReadOnlyDictionary<string, FieldCorrection>), true, false,
            static r => r.Order is { Corrections.Count: > 0 } o ? o.Corrections : null),
    ];

    /// <summary>The result a record's values describe (values by the index of their <see cref="Properties"/> entry;
    /// null where the record had none). A record without a document type has no order (an error record).</summary>
    /// <param name="values">The values.</param>
    /// <returns>The result.</returns>
    public static ExtractionResult ToResult(object?[] values)
    {
        T? V<T>(string name) => (T?)values[Index(name)];
        var source = V<SourceInfo>("source") ?? throw new System.Text.Json.JsonException("The record has no source.");
        var warnings = V<IReadOnlyList<ExtractionWarning>>("warnings") ?? [];
        var error = V<ExtractionError>("error");
        if (V<string>("documentType") is not { } documentType)
        {
            return new ExtractionResult(source, null, error, warnings);
        }

        var order = new StayOrder
        {
            IsStayOrder = values[Index("isStayOrder")] is true,
            NotStayReason = V<NotStayReason>("notStayReason"),
            Court = V<Court>("court"),
            CaseNumber = V<CaseNumber>("caseNumber"),
            FilingStamp = V<FilingStamp>("filingStamp"),
            Parties = V<Parties>("parties"),
            Title = V<string>("title"),
            Judge = V<Judge>("judge"),
            Dated = values[Index("dated")] is LocalDate dated ? dated : null,
            Stay = V<StayInfo>("stay"),
            Directives = V<IReadOnlyList<Directive>>("directives") ?? [],
            Deadlines = V<IReadOnlyList<Deadline>>("deadlines") ?? [],
            Citations = V<IReadOnlyList<Citation>>("citations") ?? [],
            DocumentType = documentType,
            Contacts = V<IReadOnlyList<Contact>>("contacts") ?? [],
            Facts = V<IReadOnlyList<ProceduralFact>>("facts") ?? [],
            Footnotes = V<IReadOnlyList<Footnote>>("footnotes") ?? [],
            Provenance = V<IReadOnlyDictionary<string, SourceSpan>>("provenance") ?? new Dictionary<string, SourceSpan>(),
            Corrections = V<IReadOnlyDictionary<string, FieldCorrection>>(CorrectionsName) ?? new Dictionary<string, FieldCorrection>(),
        };
        return new ExtractionResult(source, order, error, warnings);
    }

    /// <summary>The index of a property in <see cref="Properties"/>, or -1.</summary>
    /// <param name="name">The JSON name.</param>
    /// <returns>The index.</returns>
    public static int Index(string name)
    {
        for (var i = 0; i < Properties.Count; i++)
        {
            if (string.Equals(Properties[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
