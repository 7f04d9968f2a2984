namespace CaseStay.Extract.Courts;

/// <summary>Where a <see cref="StayKindRule"/> looks. The stay reader reads the granting clause first, then the
/// title, the operative part and the reasoning; the first of these sources for which a rule decides wins.</summary>
public enum StayKindScope
{
    /// <summary>Every source: the granting clause, the title, the operative part and the reasoning.</summary>
    Everywhere,

    /// <summary>Only the granting clause and the title (for a word the reasoning uses loosely, e.g. "discovery").</summary>
    ClauseAndTitle,

    /// <summary>Only the complement of the granting clause: what follows its <c>pending</c>, <c>until</c>,
    /// <c>awaiting</c> … (<c>pending the decision in A v. B</c>).</summary>
    ClauseComplement,
}
