using NodaTime;

namespace CaseStay.Extract.Deadlines;

/// <summary>The result of counting a period under Fed. R. Civ. P. 6(a).</summary>
/// <param name="Due">The last day to act.</param>
/// <param name="Unadjusted">The day the count ends on before weekend and holiday adjustment.</param>
/// <param name="Explanation">The count, each day skipped and why.</param>
public sealed record Rule6Result(LocalDate Due, LocalDate Unadjusted, string Explanation)
{
    /// <summary>For a period in hours: the last moment to act (date and time); null for other units.</summary>
    public LocalDateTime? DueAt { get; init; }

    /// <summary>The days passed over by the weekend/holiday adjustment (or, for court days, while counting).</summary>
    public IReadOnlyList<LocalDate> Skipped { get; init; } = [];
}
