using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace CaseStay.Extract.Deadlines;

/// <summary>
/// Counts periods as Fed. R. Civ. P. 6(a) says. Days, weeks, months and years (6(a)(1)): exclude the day of the
/// event, count every day, include the last day, and when the last day is a Saturday, Sunday or legal holiday run
/// on to the next day that is none of these. Hours (6(a)(2)): count every hour; an end on a weekend or holiday
/// moves to the same time on the next day that is not. Backward periods (6(a)(5)): count back from the event, and
/// a last day on a weekend or holiday moves to the day before, continuing backward. Court and business days skip
/// weekends and legal holidays while counting.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Rule6Calculator(HolidayCalendar calendar)
{
    private static readonly LocalDatePattern s_iso = LocalDatePattern.Iso;

    /// <summary>A calculator with federal and California holidays (the E.D. Cal. default).</summary>
    public static Rule6Calculator Default { get; } = new(HolidayCalendar.FederalAndCalifornia);

    /// <summary>The holiday calendar in use.</summary>
    public HolidayCalendar Calendar { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

    /// <summary>
    /// Counts <paramref name="period"/> from <paramref name="trigger"/>. A positive period counts forward; a negative
    /// period counts backward (Rule 6(a)(5): a last day on a weekend or holiday moves to the day <em>before</em>).
    /// </summary>
    /// <param name="trigger">The day of the event (not counted).</param>
    /// <param name="period">Days, weeks, months and/or years (all of one sign).</param>
    /// <returns>The due date, the unadjusted date and an explanation.</returns>
    /// <exception cref="ArgumentException">The period is zero, mixes signs, or holds hours (use <see cref="ComputeHours"/>).</exception>
    public Rule6Result Compute(LocalDate trigger, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var parts = new[] { period.Years, period.Months, period.Weeks, period.Days };
        if (parts.Any(p => p < 0) && parts.Any(p => p > 0))
        {
            throw new ArgumentException("A period must not mix forward and backward parts.", nameof(period));
        }

        var backward = parts.Any(p => p < 0);
        return Compute(trigger, backward ? -period : period, backward ? CountDirection.Backward : CountDirection.Forward);
    }

    /// <summary>Counts a positive <paramref name="period"/> from <paramref name="trigger"/> in the given direction.</summary>
    /// <param name="trigger">The day of the event (not counted).</param>
    /// <param name="period">A positive period of days, weeks, months and/or years.</param>
    /// <param name="direction">Forward ("after") or backward ("before").</param>
    /// <returns>The due date, the unadjusted date and an explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period is not positive: a negative period with an explicit direction is refused, never silently rolled.</exception>
    public Rule6Result Compute(LocalDate trigger, Period period, CountDirection direction)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Hours != 0 || period.Minutes != 0 || period.Seconds != 0 || period.Milliseconds != 0 || period.Ticks != 0 || period.Nanoseconds != 0)
        {
            throw new ArgumentException("A period in hours is counted by ComputeHours (Rule 6(a)(2)).", nameof(period));
        }

        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0 || period == Period.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "The period must be positive; say the direction with CountDirection.");
        }

        var unadjusted = direction == CountDirection.Forward ? trigger.Plus(period) : trigger.Minus(period);
        var head = string.Create(CultureInfo.InvariantCulture,
            $"{Describe(period)} {(direction == CountDirection.Forward ? "after" : "before")} {Iso(trigger)} is {unadjusted.DayOfWeek} {Iso(unadjusted)}");
        return Roll(unadjusted, direction, head);
    }

    /// <summary>Counts <paramref name="count"/> units of <paramref name="unit"/> from <paramref name="trigger"/>.</summary>
    /// <param name="trigger">The day of the event (not counted).</param>
    /// <param name="count">How many units (positive).</param>
    /// <param name="unit">The unit; hours are counted from the start of the trigger day (see <see cref="ComputeHours"/>).</param>
    /// <param name="direction">Forward or backward.</param>
    /// <returns>The due date, the unadjusted date and an explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is not positive.</exception>
    public Rule6Result Compute(LocalDate trigger, int count, PeriodUnit unit, CountDirection direction)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return unit switch
        {
            PeriodUnit.Days => Compute(trigger, Period.FromDays(count), direction),
            PeriodUnit.Weeks => Compute(trigger, Period.FromWeeks(count), direction),
            PeriodUnit.Months => Compute(trigger, Period.FromMonths(count), direction),
            PeriodUnit.Years => Compute(trigger, Period.FromYears(count), direction),
            PeriodUnit.CourtDays or PeriodUnit.BusinessDays => CountCourtDays(trigger, count, unit, direction),
            PeriodUnit.Hours => ComputeHours(trigger.AtMidnight(), count, direction),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
        };
    }

    /// <summary>
    /// Counts hours under Rule 6(a)(2): begin at once, count every hour (weekends and holidays included); when the
    /// period ends on a Saturday, Sunday or legal holiday it continues to the same time on the next day that is not
    /// (backward: the day before).
    /// </summary>
    /// <param name="start">The moment of the event.</param>
    /// <param name="hours">How many hours (positive).</param>
    /// <param name="direction">Forward or backward.</param>
    /// <returns>The due date with <see cref="Rule6Result.DueAt"/> set.</returns>
    public Rule6Result ComputeHours(LocalDateTime start, int hours, CountDirection direction)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hours);
        var end = direction == CountDirection.Forward ? start.PlusHours(hours) : start.PlusHours(-hours);
        var head = string.Create(CultureInfo.InvariantCulture,
            $"{hours} hours {(direction == CountDirection.Forward ? "after" : "before")} {Iso(start.Date)} {start.TimeOfDay:HH:mm} is {end.DayOfWeek} {Iso(end.Date)} {end.TimeOfDay:HH:mm}");
        var rolled = Roll(end.Date, direction, head, "6(a)(2)(B)");
        return rolled with { DueAt = rolled.Due.At(end.TimeOfDay) };
    }

    /// <summary>Whether a day is a Saturday, Sunday or legal holiday of this calendar.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when the clerk's office is deemed inaccessible under Rule 6(a).</returns>
    public bool IsWeekendOrHoliday(LocalDate date) =>
        date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || Calendar.IsHoliday(date, out _);

    /// <summary>
    /// The occurrences of a recurring duty: the unadjusted first day, then every <paramref name="interval"/> after it
    /// (counted from the unadjusted days, so a rolled occurrence does not shift the next), each rolled under Rule 6(a)(1).
    /// </summary>
    /// <param name="firstUnadjusted">The first occurrence before adjustment.</param>
    /// <param name="interval">The positive interval.</param>
    /// <param name="through">The last day to list occurrences for (inclusive).</param>
    /// <param name="max">At most this many occurrences.</param>
    /// <returns>The occurrences in order.</returns>
    public IReadOnlyList<Rule6Result> Occurrences(LocalDate firstUnadjusted, Period interval, LocalDate through, int max = 400)
    {
        ArgumentNullException.ThrowIfNull(interval);
        var list = new List<Rule6Result>();
        for (var k = 0; k < max; k++)
        {
            var day = firstUnadjusted.Plus(Multiply(interval, k));
            if (day > through)
            {
                break;
            }

            list.Add(Roll(day, CountDirection.Forward, string.Create(CultureInfo.InvariantCulture, $"occurrence {k + 1}: {day.DayOfWeek} {Iso(day)}")));
        }

        return list;
    }

    private static Period Multiply(Period p, int k) =>
        Period.FromYears(p.Years * k) + Period.FromMonths(p.Months * k) + Period.FromWeeks(p.Weeks * k) + Period.FromDays(p.Days * k);

    private Rule6Result CountCourtDays(LocalDate trigger, int count, PeriodUnit unit, CountDirection direction)
    {
        var step = direction == CountDirection.Forward ? 1 : -1;
        var day = trigger;
        var skipped = new List<LocalDate>();
        var reasons = new List<string>();
        for (var counted = 0; counted < count;)
        {
            day = day.PlusDays(step);
            if (Why(day) is { } why)
            {
                skipped.Add(day);
                reasons.Add($"{Iso(day)} ({why})");
            }
            else
            {
                counted++;
            }
        }

        var name = unit == PeriodUnit.CourtDays ? "court days" : "business days";
        var sb = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"{count} {name} {(step > 0 ? "after" : "before")} {Iso(trigger)}, counting only days that are not a Saturday, Sunday or legal holiday");
        if (reasons.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $" (passed over {reasons.Count}: {Abbreviate(reasons)})");
        }

        sb.Append(CultureInfo.InvariantCulture, $", is {day.DayOfWeek} {Iso(day)} [holidays: {Calendar.Name}]");
        return new Rule6Result(day, day, sb.ToString()) { Skipped = skipped };
    }

    private Rule6Result Roll(LocalDate unadjusted, CountDirection direction, string head, string rule = "6(a)(1)(C)")
    {
        var step = direction == CountDirection.Forward ? 1 : -1;
        var due = unadjusted;
        var skipped = new List<LocalDate>();
        var reasons = new List<string>();
        while (Why(due) is { } why)
        {
            skipped.Add(due);
            reasons.Add($"{Iso(due)} ({why})");
            due = due.PlusDays(step);
        }

        var sb = new StringBuilder(head);
        if (reasons.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; not a weekend or legal holiday, so it is the last day (Fed. R. Civ. P. {rule})");
        }
        else if (direction == CountDirection.Forward)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; Fed. R. Civ. P. {rule} skips {string.Join(", ", reasons)} → {due.DayOfWeek} {Iso(due)}");
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"; counting backward, Fed. R. Civ. P. 6(a)(5) moves past {string.Join(", ", reasons)} to the day before → {due.DayOfWeek} {Iso(due)}");
        }

        sb.Append(CultureInfo.InvariantCulture, $" [holidays: {Calendar.Name}]");
        return new Rule6Result(due, unadjusted, sb.ToString()) { Skipped = skipped };
    }

    private string? Why(LocalDate day) =>
        day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? day.DayOfWeek.ToString()
        : Calendar.IsHoliday(day, out var holiday) ? holiday
        : null;

    private static string Abbreviate(List<string> items) =>
        items.Count <= 6 ? string.Join(", ", items) : string.Join(", ", items.Take(6)) + $", … {items.Count - 6} more";

    private static string Iso(LocalDate d) => s_iso.Format(d);

    /// <summary>A period in words for explanations: "45 days", "1 month", "14 days" for two weeks.</summary>
    internal static string Describe(Period p)
    {
        var parts = new List<string>();
        if (p.Years != 0)
        {
            parts.Add($"{p.Years} year{(p.Years == 1 ? string.Empty : "s")}");
        }

        if (p.Months != 0)
        {
            parts.Add($"{p.Months} month{(p.Months == 1 ? string.Empty : "s")}");
        }

        var days = p.Days + (p.Weeks * 7);
        if (days != 0 || parts.Count == 0)
        {
            parts.Add($"{days} day{(days == 1 ? string.Empty : "s")}");
        }

        if (p.Hours != 0)
        {
            parts.Add($"{p.Hours} hours");
        }

        return string.Join(" ", parts);
    }
}
