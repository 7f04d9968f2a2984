namespace CaseStay.Extract.Deadlines;

/// <summary>The unit a period is stated in.</summary>
public enum PeriodUnit
{
    /// <summary>Days (also "calendar days"): every day counts, the last day is rolled (Rule 6(a)(1)).</summary>
    Days = 0,

    /// <summary>Court days (also "judicial days"): only days that are not a Saturday, Sunday or legal holiday count.</summary>
    CourtDays = 1,

    /// <summary>Business days (also "working days"): counted like court days.</summary>
    BusinessDays = 2,

    /// <summary>Weeks of seven days, then rolled like days.</summary>
    Weeks = 3,

    /// <summary>Calendar months (NodaTime: the same day of the month, or the month's last day), then rolled.</summary>
    Months = 4,

    /// <summary>Calendar years, then rolled.</summary>
    Years = 5,

    /// <summary>Hours (Rule 6(a)(2)): every hour counts; an end on a weekend or holiday moves to the same time on the next day that is not.</summary>
    Hours = 6,
}
