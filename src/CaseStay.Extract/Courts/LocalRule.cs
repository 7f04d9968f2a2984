namespace CaseStay.Extract.Courts;

/// <summary>A local rule of the court that orders refer to, as a fact (e.g. E.D. Cal. L.R. 271, the Voluntary
/// Dispute Resolution Program).</summary>
/// <param name="Number">The rule's number as cited ("271").</param>
/// <param name="Subject">What it governs, in a few words.</param>
public sealed record LocalRule(string Number, string Subject);
