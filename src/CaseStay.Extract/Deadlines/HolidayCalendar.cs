using NodaTime;

namespace CaseStay.Extract.Deadlines;

/// <summary>A legal holiday: its date and why it is one.</summary>
/// <param name="Date">The day that counts as a holiday (the observed day when the holiday is moved).</param>
/// <param name="Name">Its name and source, e.g. "Lincoln Day (Cal. Gov. Code § 6700)".</param>
public sealed record Holiday(LocalDate Date, string Name);

/// <summary>
/// The legal holidays that Fed. R. Civ. P. 6(a)(6) skips. Immutable; build one with <see cref="Federal"/>,
/// <see cref="FederalAndCalifornia"/>, or <see cref="Custom"/> for a caller-supplied list.
/// </summary>
/// <remarks>Thread-safe. Holidays are computed per year on demand; any year from 1900 to 2200 works.</remarks>
public sealed class HolidayCalendar
{
    private readonly Func<int, IEnumerable<Holiday>> _rules;
    private readonly IReadOnlyDictionary<LocalDate, string> _extra;

    private HolidayCalendar(string name, Func<int, IEnumerable<Holiday>> rules, IReadOnlyDictionary<LocalDate, string> extra)
    {
        Name = name;
        _rules = rules;
        _extra = extra;
    }

    /// <summary>Federal legal holidays of 5 U.S.C. § 6103 with observed days (Saturday → Friday, Sunday → Monday).</summary>
    public static HolidayCalendar Federal { get; } = new("federal", FederalHolidays, new Dictionary<LocalDate, string>());

    /// <summary>Federal holidays plus California's (Cal. Gov. Code § 6700), which Rule 6(a)(6)(C) adds for a court in California. The default.</summary>
    public static HolidayCalendar FederalAndCalifornia { get; } =
        new("federal+california", y => FederalHolidays(y).Concat(CaliforniaHolidays(y)), new Dictionary<LocalDate, string>());

    /// <summary>A calendar name for explanations ("federal", "federal+california", "custom").</summary>
    public string Name { get; }

    /// <summary>Creates a calendar from a base calendar plus extra dates (e.g. days closed by the President or the court).</summary>
    /// <param name="baseCalendar">The calendar to extend, or null for none.</param>
    /// <param name="extra">Extra holidays.</param>
    /// <returns>The calendar.</returns>
    public static HolidayCalendar Custom(HolidayCalendar? baseCalendar, IEnumerable<Holiday> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var map = extra.GroupBy(h => h.Date).ToDictionary(g => g.Key, g => g.First().Name);
        return new HolidayCalendar("custom", baseCalendar is null ? _ => [] : baseCalendar._rules, map);
    }

    /// <summary>Whether a day is a legal holiday, and which.</summary>
    /// <param name="date">The day.</param>
    /// <param name="name">The holiday's name, or null.</param>
    /// <returns>True for a holiday.</returns>
    public bool IsHoliday(LocalDate date, out string? name)
    {
        if (_extra.TryGetValue(date, out name))
        {
            return true;
        }

        // A Saturday holiday on January 1 is observed on December 31 of the year before: look at both years.
        foreach (var year in new[] { date.Year, date.Year + 1 })
        {
            foreach (var h in _rules(year))
            {
                if (h.Date == date)
                {
                    name = h.Name;
                    return true;
                }
            }
        }

        name = null;
        return false;
    }

    /// <summary>The holidays of a year, in date order.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The holidays that fall in that year (observed days included).</returns>
    public IReadOnlyList<Holiday> HolidaysIn(int year) =>
        _rules(year).Concat(_rules(year + 1)).Concat(_extra.Select(e => new Holiday(e.Key, e.Value)))
            .Where(h => h.Date.Year == year).DistinctBy(h => (h.Date, h.Name)).OrderBy(h => h.Date).ToList();

    private static IEnumerable<Holiday> FederalHolidays(int year)
    {
        const string src = " (5 U.S.C. § 6103)";
        foreach (var (date, name) in new (LocalDate, string)[]
        {
            (new LocalDate(year, 1, 1), "New Year's Day"),
            (Nth(year, 1, IsoDayOfWeek.Monday, 3), "Birthday of Martin Luther King, Jr."),
            (Nth(year, 2, IsoDayOfWeek.Monday, 3), "Washington's Birthday"),
            (Last(year, 5, IsoDayOfWeek.Monday), "Memorial Day"),
            (new LocalDate(year, 7, 4), "Independence Day"),
            (Nth(year, 9, IsoDayOfWeek.Monday, 1), "Labor Day"),
            (Nth(year, 10, IsoDayOfWeek.Monday, 2), "Columbus Day"),
            (new LocalDate(year, 11, 11), "Veterans Day"),
            (Nth(year, 11, IsoDayOfWeek.Thursday, 4), "Thanksgiving Day"),
            (new LocalDate(year, 12, 25), "Christmas Day"),
        })
        {
            yield return Observed(date, name + src);
        }

        if (year >= 2021)
        {
            yield return Observed(new LocalDate(year, 6, 19), "Juneteenth National Independence Day" + src);
        }
    }

    private static IEnumerable<Holiday> CaliforniaHolidays(int year)
    {
        const string src = " (Cal. Gov. Code § 6700)";
        // Fixed-date state holidays that fall on a Sunday are observed on the Monday after (§ 6700(b)).
        foreach (var (date, name) in new (LocalDate, string)[]
        {
            (new LocalDate(year, 1, 1), "New Year's Day"),
            (new LocalDate(year, 2, 12), "Lincoln Day"),
            (new LocalDate(year, 3, 31), "César Chávez Day"),
            (new LocalDate(year, 7, 4), "Independence Day"),
            (new LocalDate(year, 9, 9), "Admission Day"),
            (new LocalDate(year, 11, 11), "Veterans Day"),
            (new LocalDate(year, 12, 25), "Christmas Day"),
        })
        {
            yield return new Holiday(date, name + src);
            if (date.DayOfWeek == IsoDayOfWeek.Sunday)
            {
                yield return new Holiday(date.PlusDays(1), name + " (observed)" + src);
            }
        }

        yield return new Holiday(Nth(year, 1, IsoDayOfWeek.Monday, 3), "Martin Luther King, Jr. Day" + src);
        yield return new Holiday(Nth(year, 2, IsoDayOfWeek.Monday, 3), "Washington Day" + src);
        yield return new Holiday(Last(year, 5, IsoDayOfWeek.Monday), "Memorial Day" + src);
        yield return new Holiday(Nth(year, 9, IsoDayOfWeek.Monday, 1), "Labor Day" + src);
        yield return new Holiday(Nth(year, 9, IsoDayOfWeek.Friday, 4), "Native American Day" + src);
        yield return new Holiday(Nth(year, 10, IsoDayOfWeek.Monday, 2), "Columbus Day" + src);
        var thanksgiving = Nth(year, 11, IsoDayOfWeek.Thursday, 4);
        yield return new Holiday(thanksgiving, "Thanksgiving Day" + src);
        yield return new Holiday(thanksgiving.PlusDays(1), "Day after Thanksgiving" + src);
    }

    private static Holiday Observed(LocalDate date, string name) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => new Holiday(date.PlusDays(-1), name + ", observed"),
        IsoDayOfWeek.Sunday => new Holiday(date.PlusDays(1), name + ", observed"),
        _ => new Holiday(date, name),
    };

    private static LocalDate Nth(int year, int month, IsoDayOfWeek day, int n)
    {
        var first = new LocalDate(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.PlusDays(offset + (7 * (n - 1)));
    }

    private static LocalDate Last(int year, int month, IsoDayOfWeek day)
    {
        var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
        var offset = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.PlusDays(-offset);
    }
}
