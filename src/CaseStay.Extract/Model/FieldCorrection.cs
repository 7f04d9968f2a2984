namespace CaseStay.Extract;

/// <summary>A field a person corrected (see <see cref="ExtractionOptions.Corrections"/>): the value now in the record and
/// the value the extractor found.</summary>
/// <param name="Value">The corrected value as the corrections file gives it (ISO date, normalized case number, …).</param>
/// <param name="Original">The extracted value before the correction, as text; null when the field was absent.</param>
public sealed record FieldCorrection(string Value, string? Original)
{
    /// <summary>Always true: the field's value in the record is a person's correction, not the extractor's reading.</summary>
    public bool Corrected => true;
}
