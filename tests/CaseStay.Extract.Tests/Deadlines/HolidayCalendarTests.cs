using CaseStay.Extract.Deadlines;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Deadlines;

public class HolidayCalendarTests
{
    [Theory]
    [InlineData(2021, 12, 24, "Christmas Day")] // Saturday Christmas observed Friday
    [InlineData(2022, 12, 26, "Christmas Day")] // Sunday Christmas observed Monday
    [InlineData(2023, 6, 19, "Juneteenth")]
    [InlineData(2021, 12, 31, "New Year's Day")] // New Year's Day 2022 (Saturday) observed the Friday before
    [InlineData(2021, 6, 18, "Juneteenth")] // first year, Saturday observed Friday
    [InlineData(2025, 1, 20, "Martin Luther King")]
    [InlineData(2025, 2, 17, "Washington's Birthday")]
    [InlineData(2025, 5, 26, "Memorial Day")]
    [InlineData(2025, 9, 1, "Labor Day")]
    [InlineData(2025, 10, 13, "Columbus Day")]
    [InlineData(2025, 11, 27, "Thanksgiving Day")]
    [InlineData(2026, 7, 3, "Independence Day")] // Saturday July 4, 2026 observed Friday
    public void Federal_KnownHolidays(int y, int m, int d, string name)
    {
        HolidayCalendar.Federal.IsHoliday(new LocalDate(y, m, d), out var found).Should().BeTrue();
        found.Should().Contain(name).And.Contain("5 U.S.C. § 6103");
    }

    [Theory]
    [InlineData(2025, 2, 12)] // Lincoln Day: a state holiday only
    [InlineData(2025, 3, 31)] // César Chávez Day
    [InlineData(2025, 11, 28)] // day after Thanksgiving
    [InlineData(2020, 6, 19)] // Juneteenth before it became federal
    [InlineData(2025, 7, 5)]
    public void Federal_NotHolidays(int y, int m, int d) =>
        HolidayCalendar.Federal.IsHoliday(new LocalDate(y, m, d), out _).Should().BeFalse();

    [Theory]
    [InlineData(2025, 2, 12, "Lincoln Day")]
    [InlineData(2025, 3, 31, "César Chávez Day")]
    [InlineData(2024, 4, 1, "César Chávez Day (observed)")] // March 31, 2024 was a Sunday
    [InlineData(2025, 11, 28, "Day after Thanksgiving")]
    [InlineData(2025, 9, 9, "Admission Day")]
    [InlineData(2025, 9, 26, "Native American Day")]
    public void California_StateHolidays(int y, int m, int d, string name)
    {
        HolidayCalendar.FederalAndCalifornia.IsHoliday(new LocalDate(y, m, d), out var found).Should().BeTrue();
        found.Should().Contain(name).And.Contain("Cal. Gov. Code § 6700");
    }

    [Fact]
    public void Federal_2015To2035_ElevenHolidaysAYearFrom2021_TenBefore_AllOnWeekdays()
    {
        for (var year = 2015; year <= 2035; year++)
        {
            var days = HolidayCalendar.Federal.HolidaysIn(year);
            var expected = year >= 2021 ? 11 : 10;
            var observedInYear = days.Count;
            observedInYear.Should().BeInRange(expected - 1, expected + 1, $"year {year}");
            days.Should().OnlyContain(h => h.Date.DayOfWeek != IsoDayOfWeek.Saturday && h.Date.DayOfWeek != IsoDayOfWeek.Sunday, $"year {year}");
        }
    }

    [Fact]
    public void Custom_AddsDaysToABaseCalendar()
    {
        var closed = new LocalDate(2025, 1, 9);
        var calendar = HolidayCalendar.Custom(HolidayCalendar.Federal, [new Holiday(closed, "National Day of Mourning (Executive Order)")]);
        calendar.IsHoliday(closed, out var name).Should().BeTrue();
        name.Should().Contain("Mourning");
        calendar.IsHoliday(new LocalDate(2025, 12, 25), out _).Should().BeTrue();
        HolidayCalendar.Custom(null, []).IsHoliday(new LocalDate(2025, 12, 25), out _).Should().BeFalse();
    }
}
