namespace CaseStay.Extract.Readers.Stay;

/// <summary>What one clause does about a stay.</summary>
internal enum StayVerdict
{
    /// <summary>Nothing about a stay.</summary>
    None,
    /// <summary>Imposes, grants, extends, continues or modifies a stay, or holds the case in abeyance.</summary>
    Stay,
    /// <summary>Lifts, vacates, dissolves or terminates a stay, or grants a request to lift one.</summary>
    Lift,
    /// <summary>Denies a stay, or declines to stay.</summary>
    Deny,
    /// <summary>Denies a request to lift a stay (a stay order only when another clause continues or extends it).</summary>
    DenyLift,
    /// <summary>Recommends a ruling on a stay (findings and recommendations).</summary>
    Recommend,
    /// <summary>Speaks of a stay without deciding one: a party's request, background, a condition.</summary>
    Mention,
}
