namespace CaseStay.Extract.Deadlines;

/// <summary>Which way a period is counted from its event (Fed. R. Civ. P. 6(a)(5)).</summary>
public enum CountDirection
{
    /// <summary>Forward: "within 14 days after service". A last day on a weekend or holiday moves to the next day that is not.</summary>
    Forward = 0,

    /// <summary>Backward: "7 days before the hearing". A last day on a weekend or holiday moves to the day before, continuing backward.</summary>
    Backward = 1,
}
