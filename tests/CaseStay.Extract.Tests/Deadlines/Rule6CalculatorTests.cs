using CaseStay.Extract.Deadlines;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Deadlines;

public class Rule6CalculatorTests
{
    [Fact]
    public void FortyFiveDays_FromWednesday20250129_SaturdayMovesToMonday()
    {
        var r = Rule6Calculator.Default.Compute(new LocalDate(2025, 1, 29), Period.FromDays(45));
        r.Unadjusted.Should().Be(new LocalDate(2025, 3, 15));
        r.Due.Should().Be(new LocalDate(2025, 3, 17));
        r.Explanation.Should().Contain("45 days after 2025-01-29 is Saturday 2025-03-15")
            .And.Contain("2025-03-15 (Saturday)").And.Contain("2025-03-16 (Sunday)").And.Contain("Monday 2025-03-17");
    }

    [Fact]
    public void FortyFiveDays_From20241122_IsMonday20250106() =>
        Rule6Calculator.Default.Compute(new LocalDate(2024, 11, 22), Period.FromDays(45)).Due.Should().Be(new LocalDate(2025, 1, 6));

    [Fact]
    public void FourteenDays_From20250129_LincolnDayCountsOnlyWithCalifornia()
    {
        new Rule6Calculator(HolidayCalendar.Federal).Compute(new LocalDate(2025, 1, 29), Period.FromDays(14)).Due
            .Should().Be(new LocalDate(2025, 2, 12));
        var ca = new Rule6Calculator(HolidayCalendar.FederalAndCalifornia).Compute(new LocalDate(2025, 1, 29), Period.FromDays(14));
        ca.Due.Should().Be(new LocalDate(2025, 2, 13));
        ca.Explanation.Should().Contain("Lincoln Day (Cal. Gov. Code § 6700)");
    }

    [Fact]
    public void HolidayThenWeekend_SkipsAll()
    {
        // 2025-07-04 is a Friday holiday: Friday, Saturday, Sunday are skipped.
        var r = Rule6Calculator.Default.Compute(new LocalDate(2025, 5, 20), Period.FromDays(45));
        r.Unadjusted.Should().Be(new LocalDate(2025, 7, 4));
        r.Due.Should().Be(new LocalDate(2025, 7, 7));
    }

    [Fact]
    public void Weeks_AreSevenDays() =>
        Rule6Calculator.Default.Compute(new LocalDate(2025, 1, 29), Period.FromWeeks(2)).Unadjusted.Should().Be(new LocalDate(2025, 2, 12));
}
