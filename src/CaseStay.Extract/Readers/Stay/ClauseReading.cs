namespace CaseStay.Extract.Readers.Stay;

/// <summary>The verdict of one clause, where in the clause the stay words stand, and the clause.</summary>
/// <param name="Verdict">What the clause does.</param>
/// <param name="Clause">The clause.</param>
/// <param name="Index">Offset of the matched words within the clause.</param>
internal sealed record ClauseReading(StayVerdict Verdict, Clause Clause, int Index);
