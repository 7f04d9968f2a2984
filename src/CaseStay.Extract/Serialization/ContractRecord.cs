using System.Text.Json.Serialization;
using NodaTime;

namespace CaseStay.Extract.Serialization;

/// <summary>The contract's record (see README, "Output contract"): an <see cref="ExtractionResult"/> with its order's
/// fields at the top level. Every nested value is the model's own record.</summary>
/// <param name="Source">What was read.</param>
/// <param name="IsStayOrder">Whether the document stays the action.</param>
/// <param name="NotStayReason">Why not, or null.</param>
/// <param name="Court">The court, or null.</param>
/// <param name="CaseNumber">The case number, or null.</param>
/// <param name="Parties">The parties, or null.</param>
/// <param name="Title">The title, or null.</param>
/// <param name="Judge">The judge, or null.</param>
/// <param name="Dated">The dated line's date, or null.</param>
/// <param name="Stay">The stay, or null.</param>
/// <param name="Directives">The numbered directives.</param>
/// <param name="Deadlines">The deadlines.</param>
/// <param name="Citations">The citations.</param>
/// <param name="Footnotes">The footnotes.</param>
/// <param name="Warnings">The warnings.</param>
/// <param name="Error">The error, or null.</param>
/// <param name="FilingStamp">The CM/ECF stamp, or null.</param>
/// <param name="Provenance">Where each field was read.</param>
/// <param name="DocumentType">What the document is.</param>
/// <param name="Contacts">People to contact.</param>
/// <param name="Facts">Procedural facts.</param>
public sealed record ContractRecord(
    SourceInfo Source,
    bool IsStayOrder,
    NotStayReason? NotStayReason,
    Court? Court,
    ContractCaseNumber? CaseNumber,
    Parties? Parties,
    string? Title,
    Judge? Judge,
    LocalDate? Dated,
    StayInfo? Stay,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<ExtractionWarning> Warnings,
    ExtractionError? Error,
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
