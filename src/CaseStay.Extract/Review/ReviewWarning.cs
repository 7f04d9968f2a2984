namespace CaseStay.Extract.Review;

/// <summary>A warning of a record.</summary>
internal sealed record ReviewWarning(string Code, string Message, ReviewSpan? Span);
