using CaseStay.Extract.Deadlines;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Deadlines;

/// <summary>Rule 6(a) in both directions, hours, court days, months and years.</summary>
public class Rule6DirectionTests
{
    private static readonly Rule6Calculator s_ca = Rule6Calculator.Default;
    private static readonly Rule6Calculator s_fed = new(HolidayCalendar.Federal);

    [Fact]
    public void IssueExample_NegativeSevenDays_RollsBackward()
    {
        // 2025-02-24 (Monday) − 7 days = Monday 2025-02-17, Washington's Birthday: 6(a)(5) moves to Friday 2025-02-14.
        var r = s_ca.Compute(new LocalDate(2025, 2, 24), Period.FromDays(-7));
        r.Unadjusted.Should().Be(new LocalDate(2025, 2, 17));
        r.Due.Should().Be(new LocalDate(2025, 2, 14));
        r.Explanation.Should().Contain("6(a)(5)").And.Contain("to the day before");
    }

    [Fact]
    public void Backward_WithExplicitDirection_SameAsNegative() =>
        s_ca.Compute(new LocalDate(2025, 2, 24), Period.FromDays(7), CountDirection.Backward)
            .Should().BeEquivalentTo(s_ca.Compute(new LocalDate(2025, 2, 24), Period.FromDays(-7)));

    [Fact]
    public void NegativePeriod_WithADirection_IsRefused()
    {
        var act = () => s_ca.Compute(new LocalDate(2025, 2, 24), Period.FromDays(-7), CountDirection.Forward);
        act.Should().Throw<ArgumentOutOfRangeException>();
        var zero = () => s_ca.Compute(new LocalDate(2025, 2, 24), Period.Zero, CountDirection.Forward);
        zero.Should().Throw<ArgumentOutOfRangeException>();
        var mixed = () => s_ca.Compute(new LocalDate(2025, 2, 24), Period.FromMonths(1) + Period.FromDays(-3));
        mixed.Should().Throw<ArgumentException>();
    }

    [Theory]
    // Backward from a Monday after a Saturday holiday observed Friday (2026-07-03): Sat, Fri (observed), → Thursday.
    [InlineData(2026, 7, 11, 7, 2026, 7, 2)]
    // Lincoln Day 2025 (Wed) backward: Tuesday 2025-02-11.
    [InlineData(2025, 2, 19, 7, 2025, 2, 11)]
    // Christmas + weekend backward: 2022-12-26 (observed Monday) → Friday 2022-12-23.
    [InlineData(2023, 1, 2, 7, 2022, 12, 23)]
    public void Backward_RollsToTheDayBefore(int y, int m, int d, int days, int ey, int em, int ed) =>
        s_ca.Compute(new LocalDate(y, m, d), days, PeriodUnit.Days, CountDirection.Backward).Due.Should().Be(new LocalDate(ey, em, ed));

    [Fact]
    public void Hours_EndOnAWeekend_MoveToTheSameTimeOnTheNextDay()
    {
        var r = s_ca.ComputeHours(new LocalDateTime(2025, 2, 6, 15, 30), 48, CountDirection.Forward);
        r.Unadjusted.Should().Be(new LocalDate(2025, 2, 8));
        r.DueAt.Should().Be(new LocalDateTime(2025, 2, 10, 15, 30));
        r.Explanation.Should().Contain("6(a)(2)");
    }

    [Fact]
    public void Hours_CountEveryHour_AcrossMidnight() =>
        s_ca.ComputeHours(new LocalDateTime(2025, 3, 4, 20, 0), 36, CountDirection.Forward).DueAt.Should().Be(new LocalDateTime(2025, 3, 6, 8, 0));

    [Fact]
    public void Hours_Backward_MoveToTheDayBefore() =>
        s_ca.ComputeHours(new LocalDateTime(2025, 3, 10, 9, 0), 24, CountDirection.Backward).DueAt.Should().Be(new LocalDateTime(2025, 3, 7, 9, 0));

    [Fact]
    public void CourtDays_SkipWeekendsAndHolidaysWhileCounting()
    {
        // From Friday 2024-11-22: 25 (1), 26 (2), 27 (3), [28 Thanksgiving, 29 day after (CA)], Dec 2 (4), 3 (5).
        s_ca.Compute(new LocalDate(2024, 11, 22), 5, PeriodUnit.CourtDays, CountDirection.Forward).Due.Should().Be(new LocalDate(2024, 12, 3));
        s_fed.Compute(new LocalDate(2024, 11, 22), 5, PeriodUnit.CourtDays, CountDirection.Forward).Due.Should().Be(new LocalDate(2024, 12, 2));
        s_ca.Compute(new LocalDate(2024, 12, 3), 5, PeriodUnit.BusinessDays, CountDirection.Backward).Due.Should().Be(new LocalDate(2024, 11, 22));
    }

    [Fact]
    public void Months_ClampToTheMonthEnd_ThenRoll()
    {
        // 2025-01-31 + 1 month = 2025-02-28 (Friday).
        s_ca.Compute(new LocalDate(2025, 1, 31), Period.FromMonths(1)).Due.Should().Be(new LocalDate(2025, 2, 28));
        // 2024-02-29 + 1 year = 2025-02-28.
        s_ca.Compute(new LocalDate(2024, 2, 29), Period.FromYears(1)).Due.Should().Be(new LocalDate(2025, 2, 28));
        // 2025-04-30 + 2 months = 2025-06-30 (Monday).
        s_ca.Compute(new LocalDate(2025, 4, 30), 2, PeriodUnit.Months, CountDirection.Forward).Due.Should().Be(new LocalDate(2025, 6, 30));
    }

    [Fact]
    public void ReadmeExamples_StayTrue()
    {
        s_ca.Compute(new LocalDate(2025, 1, 29), Period.FromDays(45)).Due.Should().Be(new LocalDate(2025, 3, 17));
        s_fed.Compute(new LocalDate(2025, 1, 29), Period.FromDays(14)).Due.Should().Be(new LocalDate(2025, 2, 12));
        s_ca.Compute(new LocalDate(2025, 1, 29), Period.FromDays(14)).Due.Should().Be(new LocalDate(2025, 2, 13));
    }

    [Fact]
    public void Occurrences_CountFromTheUnadjustedDays_EachRolled()
    {
        var list = s_ca.Occurrences(new LocalDate(2025, 4, 29), Period.FromDays(90), new LocalDate(2026, 1, 29));
        list.Select(o => o.Unadjusted).Should().Equal(new LocalDate(2025, 4, 29), new LocalDate(2025, 7, 28), new LocalDate(2025, 10, 26), new LocalDate(2026, 1, 24));
        list.Select(o => o.Due).Should().Equal(new LocalDate(2025, 4, 29), new LocalDate(2025, 7, 28), new LocalDate(2025, 10, 27), new LocalDate(2026, 1, 26));
    }
}
