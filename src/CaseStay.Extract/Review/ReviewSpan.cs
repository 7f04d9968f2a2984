namespace CaseStay.Extract.Review;

/// <summary>Where a value was read (a record's <c>provenance</c> entry).</summary>
internal sealed record ReviewSpan(int Page, int Line, int Start, int Length, ReviewBox? Box, double? Confidence);
