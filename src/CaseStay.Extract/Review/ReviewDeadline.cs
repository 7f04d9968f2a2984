namespace CaseStay.Extract.Review;

/// <summary>One deadline as the review page shows it, with the directive it comes from and its correction key
/// (<see cref="Field"/>: directive label and due-date phrase, stable across re-runs).</summary>
internal sealed record ReviewDeadline(int Position, string? Due, string Description, string Explanation, string? DirectiveLabel, string? DirectiveText,
    ReviewSpan? Span, bool HolidayDependent, string? Original)
{
    /// <summary>The correction field of the deadline's due date (see <c>CorrectionFields.DeadlineDue(StayOrder, int)</c>).</summary>
    public string Field { get; init; } = Corrections.CorrectionFields.DeadlineDue(Position);
}
