using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace CaseStay.Extract.Deadlines;

/// <summary>The result of counting a period under Fed. R. Civ. P. 6(a)(1).</summary>
/// <param name="Due">The last day to act.</param>
/// <param name="Unadjusted">The day the count ends on before weekend and holiday adjustment.</param>
/// <param name="Explanation">The count, each day skipped and why.</param>
public sealed record Rule6Result(LocalDate Due, LocalDate Unadjusted, string Explanation);

/// <summary>
/// Counts periods as Fed. R. Civ. P. 6(a)(1) says: exclude the day of the event, count every day (weekends and
/// holidays included), include the last day, and when the last day is a Saturday, Sunday or legal holiday run on
/// to the next day that is none of these.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Rule6Calculator(HolidayCalendar calendar)
{
    private static readonly LocalDatePattern s_iso = LocalDatePattern.Iso;

    /// <summary>A calculator with federal and California holidays (the E.D. Cal. default).</summary>
    public static Rule6Calculator Default { get; } = new(HolidayCalendar.FederalAndCalifornia);

    /// <summary>The holiday calendar in use.</summary>
    public HolidayCalendar Calendar { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

    /// <summary>Counts <paramref name="period"/> from <paramref name="trigger"/>.</summary>
    /// <param name="trigger">The day of the event (not counted).</param>
    /// <param name="period">The period (days, weeks or months).</param>
    /// <returns>The due date, the unadjusted date and an explanation.</returns>
    public Rule6Result Compute(LocalDate trigger, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var unadjusted = trigger.Plus(period);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Describe(period)} after {Iso(trigger)} is {unadjusted.DayOfWeek} {Iso(unadjusted)}");
        var due = unadjusted;
        var skipped = new List<string>();
        while (true)
        {
            if (due.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                skipped.Add($"{Iso(due)} ({due.DayOfWeek})");
            }
            else if (Calendar.IsHoliday(due, out var holiday))
            {
                skipped.Add($"{Iso(due)} ({holiday})");
            }
            else
            {
                break;
            }

            due = due.PlusDays(1);
        }

        if (skipped.Count == 0)
        {
            sb.Append("; not a weekend or legal holiday, so it is the last day (Fed. R. Civ. P. 6(a)(1)(C))");
        }
        else
        {
            sb.Append("; Fed. R. Civ. P. 6(a)(1)(C) skips ").Append(string.Join(", ", skipped))
              .Append(CultureInfo.InvariantCulture, $" → {due.DayOfWeek} {Iso(due)}");
        }

        sb.Append(CultureInfo.InvariantCulture, $" [holidays: {Calendar.Name}]");
        return new Rule6Result(due, unadjusted, sb.ToString());
    }

    private static string Iso(LocalDate d) => s_iso.Format(d);

    /// <summary>A period in words for explanations: "45 days", "1 month", "14 days" for two weeks.</summary>
    internal static string Describe(Period p)
    {
        if (p.Months != 0)
        {
            return $"{p.Months} month{(p.Months == 1 ? string.Empty : "s")}";
        }

        var days = p.Days + (p.Weeks * 7);
        return $"{days} day{(days == 1 ? string.Empty : "s")}";
    }
}
