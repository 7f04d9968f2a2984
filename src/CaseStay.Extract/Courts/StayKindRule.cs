using System.Text.RegularExpressions;

namespace CaseStay.Extract.Courts;

/// <summary>
/// One row of a court's ordered stay-kind table (<see cref="CourtProfile.StayKinds"/>): the kind a stay has when
/// <see cref="Pattern"/> matches within <see cref="Scope"/>. Rows are tried in order and the first that matches
/// decides, except that a run of adjacent rows marked <see cref="Earliest"/> competes: the row whose pattern
/// matches earliest in the text wins (on a tie, the row listed first), so "pending appeal of the order compelling
/// arbitration" is an appeal.
/// </summary>
/// <param name="Kind">The kind, one of <see cref="StayKinds"/>.</param>
/// <param name="Pattern">What names the kind in the text.</param>
/// <param name="Scope">Which sources the row reads.</param>
public sealed record StayKindRule(string Kind, Regex Pattern, StayKindScope Scope)
{
    /// <summary>Words of which at least one must occur (ignoring case) before <see cref="Pattern"/> is tried: a cheap
    /// look before a long pattern over long reasoning. Empty (the default): the pattern is always tried.</summary>
    public IReadOnlyList<string> Hints { get; init; } = [];

    /// <summary>When set, the row applies only when this pattern also matches somewhere in the same text (e.g. a
    /// petition for certiorari is this case's appeal only when the text says it is this case's petition).</summary>
    public Regex? Context { get; init; }

    /// <summary>True when the row competes with its adjacent <see cref="Earliest"/> rows by position (see the type).</summary>
    public bool Earliest { get; init; }
}
