using CaseStay.Extract.Deadlines;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Deadlines;

/// <summary>
/// The holiday calendars against an independent computation for 2000–2040, written here from the statutes with
/// System.DateTime (not NodaTime, not the library's code): 5 U.S.C. § 6103 with observed days, and Cal. Gov. Code
/// § 6700/6701 as domain.md lists it (plus the day after Thanksgiving).
/// </summary>
public class HolidayCrossCheckTests
{
    private static DateTime NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        // The n-th such weekday falls on day 7(n−1)+1 … 7n of the month.
        for (var d = (7 * (n - 1)) + 1; ; d++)
        {
            if (new DateTime(year, month, d).DayOfWeek == day)
            {
                return new DateTime(year, month, d);
            }
        }
    }

    private static DateTime LastWeekday(int year, int month, DayOfWeek day)
    {
        for (var d = DateTime.DaysInMonth(year, month); ; d--)
        {
            if (new DateTime(year, month, d).DayOfWeek == day)
            {
                return new DateTime(year, month, d);
            }
        }
    }

    private static DateTime Observed(DateTime d) =>
        d.DayOfWeek == DayOfWeek.Saturday ? d.AddDays(-1) : d.DayOfWeek == DayOfWeek.Sunday ? d.AddDays(1) : d;

    private static HashSet<DateTime> Federal(int year)
    {
        var set = new HashSet<DateTime>
        {
            Observed(new DateTime(year, 1, 1)), NthWeekday(year, 1, DayOfWeek.Monday, 3), NthWeekday(year, 2, DayOfWeek.Monday, 3),
            LastWeekday(year, 5, DayOfWeek.Monday), Observed(new DateTime(year, 7, 4)), NthWeekday(year, 9, DayOfWeek.Monday, 1),
            NthWeekday(year, 10, DayOfWeek.Monday, 2), Observed(new DateTime(year, 11, 11)), NthWeekday(year, 11, DayOfWeek.Thursday, 4),
            Observed(new DateTime(year, 12, 25)),
        };
        if (year >= 2021)
        {
            set.Add(Observed(new DateTime(year, 6, 19)));
        }

        return set;
    }

    private static HashSet<DateTime> California(int year)
    {
        var set = new HashSet<DateTime>();
        foreach (var (m, d) in new[] { (1, 1), (2, 12), (3, 31), (7, 4), (9, 9), (11, 11), (12, 25) })
        {
            var day = new DateTime(year, m, d);
            set.Add(day);
            if (day.DayOfWeek == DayOfWeek.Sunday)
            {
                set.Add(day.AddDays(1));
            }
        }

        var thanksgiving = NthWeekday(year, 11, DayOfWeek.Thursday, 4);
        set.UnionWith([NthWeekday(year, 1, DayOfWeek.Monday, 3), NthWeekday(year, 2, DayOfWeek.Monday, 3), LastWeekday(year, 5, DayOfWeek.Monday),
            NthWeekday(year, 9, DayOfWeek.Monday, 1), NthWeekday(year, 9, DayOfWeek.Friday, 4), NthWeekday(year, 10, DayOfWeek.Monday, 2), thanksgiving, thanksgiving.AddDays(1)]);
        return set;
    }

    [Fact]
    public void Federal_2000To2040_EqualsTheStatutoryRule()
    {
        var mismatches = new List<string>();
        for (var day = new DateTime(2000, 1, 1); day <= new DateTime(2040, 12, 31); day = day.AddDays(1))
        {
            var expected = Federal(day.Year).Contains(day) || Federal(day.Year + 1).Contains(day);
            var actual = HolidayCalendar.Federal.IsHoliday(new LocalDate(day.Year, day.Month, day.Day), out _);
            if (expected != actual)
            {
                mismatches.Add($"{day:yyyy-MM-dd}: expected {expected}, got {actual}");
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void FederalAndCalifornia_2000To2040_EqualsTheStatutoryRule()
    {
        var mismatches = new List<string>();
        for (var day = new DateTime(2000, 1, 1); day <= new DateTime(2040, 12, 31); day = day.AddDays(1))
        {
            var expected = Federal(day.Year).Contains(day) || Federal(day.Year + 1).Contains(day) || California(day.Year).Contains(day);
            var actual = HolidayCalendar.FederalAndCalifornia.IsHoliday(new LocalDate(day.Year, day.Month, day.Day), out _);
            if (expected != actual)
            {
                mismatches.Add($"{day:yyyy-MM-dd}: expected {expected}, got {actual}");
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Theory]
    // Hand-checked against the OPM federal holiday tables.
    [InlineData("2010-12-31")] // New Year's Day 2011 (Saturday), observed Friday
    [InlineData("2016-12-26")] // Christmas on Sunday
    [InlineData("2020-07-03")] // Independence Day on Saturday
    [InlineData("2021-06-18")] // first Juneteenth, Saturday
    [InlineData("2022-06-20")] // Juneteenth on Sunday
    [InlineData("2033-12-26")]
    [InlineData("2040-11-12")] // Veterans Day on Sunday
    public void Federal_KnownObservedDays(string iso) =>
        HolidayCalendar.Federal.IsHoliday(NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value, out _).Should().BeTrue(iso);

    [Theory]
    [InlineData("2000-01-01", false, true)] // Saturday: federal observed Dec 31, 1999; the state day itself
    [InlineData("2023-02-13", false, true)] // Lincoln Day on Sunday → Monday (state only)
    [InlineData("2027-03-31", false, true)] // César Chávez Day (Wednesday)
    [InlineData("2024-09-27", false, true)] // Native American Day
    [InlineData("2026-11-27", false, true)] // day after Thanksgiving
    [InlineData("2019-06-19", false, false)] // Juneteenth before 2021
    public void StateOnlyDays(string iso, bool federal, bool california)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
        HolidayCalendar.Federal.IsHoliday(day, out _).Should().Be(federal);
        HolidayCalendar.FederalAndCalifornia.IsHoliday(day, out _).Should().Be(california);
    }
}
