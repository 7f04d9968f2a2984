namespace CaseStay.Extract.Review;

/// <summary>One field as the review page shows it.</summary>
/// <param name="Key">The record's JSON name ("caseNumber", "judge", …), also the overlay's id.</param>
/// <param name="Label">The label shown to the clerk.</param>
/// <param name="Kind">The colour class of the field.</param>
/// <param name="Value">The value as text ("" when absent).</param>
/// <param name="Flags">Notes such as "inferred" or "office inferred".</param>
/// <param name="Span">Where it was read, or null.</param>
/// <param name="CorrectionField">The corrections-file field name when the clerk may correct it, else null.</param>
/// <param name="Original">The extracted value before a correction, or null when not corrected.</param>
internal sealed record ReviewField(string Key, string Label, string Kind, string Value, IReadOnlyList<string> Flags, ReviewSpan? Span, string? CorrectionField, string? Original);
