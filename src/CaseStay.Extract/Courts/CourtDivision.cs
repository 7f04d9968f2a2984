namespace CaseStay.Extract.Courts;

/// <summary>A division of a court and the CM/ECF office digit its case numbers carry.</summary>
/// <param name="Name">The division as a caption prints it, e.g. "Sacramento" (compared ignoring case).</param>
/// <param name="Office">The office digit of its case numbers (the <c>2</c> of <c>2:24-cv-01234</c>).</param>
public sealed record CourtDivision(string Name, int Office);
