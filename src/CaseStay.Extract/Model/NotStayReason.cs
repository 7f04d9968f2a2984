namespace CaseStay.Extract;

/// <summary>Why a document is not a stay order: a stable code and a sentence for people.</summary>
/// <param name="Code">One of <see cref="NotStayReasons"/> (kebab-case, stable).</param>
/// <param name="Message">A sentence saying why, for people; its wording may change.</param>
public sealed record NotStayReason(string Code, string Message);
