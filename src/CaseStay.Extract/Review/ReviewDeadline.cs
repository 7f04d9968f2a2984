namespace CaseStay.Extract.Review;

/// <summary>One deadline as the review page shows it, with the directive it comes from.</summary>
internal sealed record ReviewDeadline(int Position, string? Due, string Description, string Explanation, string? DirectiveLabel, string? DirectiveText,
    ReviewSpan? Span, bool HolidayDependent, string? Original);
