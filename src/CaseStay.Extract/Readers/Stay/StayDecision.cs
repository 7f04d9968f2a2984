namespace CaseStay.Extract.Readers.Stay;

/// <summary>The stay reader's answer for one document.</summary>
/// <param name="DocumentType">One of <see cref="DocumentTypes"/>.</param>
/// <param name="IsStayOrder">Whether the order stays the action or part of it.</param>
/// <param name="Stay">The stay, when it is one.</param>
/// <param name="Reason">Why not, when it is not.</param>
internal sealed record StayDecision(string DocumentType, bool IsStayOrder, StayInfo? Stay, NotStayReason? Reason);
