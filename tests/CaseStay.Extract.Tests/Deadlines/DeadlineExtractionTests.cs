using CaseStay.Extract.Deadlines;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Deadlines;

public class DeadlineExtractionTests
{
    private static IReadOnlyList<Deadline> Deadlines(string directives, string dated = "Dated: January 29, 2025", ExtractionOptions? options = null)
    {
        var text = $"ORDER\nIT IS HEREBY ORDERED that:\n{directives}\nIT IS SO ORDERED.\n{dated}";
        return StayOrderExtractor.ExtractText(text, options).Order!.Deadlines;
    }

    [Theory]
    [InlineData("1. File a report within fourteen (14) days.", 14)]
    [InlineData("1. File a report within 45 days.", 45)]
    [InlineData("1. File a report within thirty days of the date of this order.", 30)]
    [InlineData("1. File a report within ninety (90) days of this order.", 90)]
    [InlineData("1. File a report within twenty-one days.", 21)]
    [InlineData("1. File a report within 60 days of the date of this order.", 60)]
    public void Periods_InWordsAndDigits_FromTheOrderDate(string directive, int days)
    {
        var d = Deadlines(directive).Single();
        d.Period.Should().Be(Period.FromDays(days));
        d.Trigger.Should().Be(DeadlineTriggers.OrderDate);
        d.UnadjustedDue.Should().Be(new LocalDate(2025, 1, 29).PlusDays(days));
        d.Due.Should().NotBeNull();
        d.Explanation.Should().Contain("2025-01-29");
    }

    [Fact]
    public void TwoWeeks_IsFourteenDays() =>
        Deadlines("1. Respond within two weeks.").Single().UnadjustedDue.Should().Be(new LocalDate(2025, 2, 12));

    [Fact]
    public void EventAnchored_HasNoDueDate_AndQuotesTheEvent()
    {
        var d = Deadlines("1. No later than fourteen (14) days after completion of the VDRP session, the parties shall jointly file their VDRP Completion Report.").Single();
        d.Trigger.Should().Be(DeadlineTriggers.Event);
        d.TriggerText.Should().Be("completion of the VDRP session");
        d.Due.Should().BeNull();
        d.UnadjustedDue.Should().BeNull();
    }

    [Fact]
    public void NinthCircuitDecision_IsAnEvent() =>
        Deadlines("1. The parties shall file a status report within fourteen days of the Ninth Circuit's decision.").Single()
            .TriggerText.Should().Be("the Ninth Circuit's decision");

    [Fact]
    public void ServiceOfTheOrder_IsAnEvent() =>
        Deadlines("1. Respondent SHALL file a response within 60 days of the date of service of this order.").Single()
            .Trigger.Should().Be(DeadlineTriggers.Event);

    [Fact]
    public void FixedDate_OnOrBefore()
    {
        var d = Deadlines("1. The parties shall file a joint status report on or before March 3, 2025.").Single();
        d.Trigger.Should().Be(DeadlineTriggers.FixedDate);
        d.Due.Should().Be(new LocalDate(2025, 3, 3));
        d.Period.Should().BeNull();
    }

    [Fact]
    public void Recurring_EveryNinetyDays()
    {
        var d = Deadlines("1. Petitioner shall file a status report every ninety (90) days.").Single();
        d.Recurring.Should().BeTrue();
        d.UnadjustedDue.Should().Be(new LocalDate(2025, 4, 29));
    }

    [Fact]
    public void NoDatedLine_DueIsNull_AndWarns()
    {
        var result = StayOrderExtractor.ExtractText("ORDER\nIT IS HEREBY ORDERED that:\n1. File a report within 45 days.\nIT IS SO ORDERED.");
        result.Order!.Deadlines.Single().Due.Should().BeNull();
        result.Warnings.Should().Contain(w => w.Code == WarningCodes.DeadlineWithoutDate);
    }

    [Fact]
    public void FederalOnlyCalendar_IsAnOption()
    {
        var ca = Deadlines("1. Within fourteen (14) days of this order, the parties shall confer.").Single();
        var federal = Deadlines("1. Within fourteen (14) days of this order, the parties shall confer.", options: ExtractionOptions.Default with { HolidayCalendar = HolidayCalendar.Federal }).Single();
        _ = ca;
        federal.Due.Should().Be(new LocalDate(2025, 2, 12));
    }

    [Fact]
    public void NoCue_NoDeadline() =>
        Deadlines("1. Plaintiff is GRANTED 60 days leave to take limited discovery.").Should().BeEmpty();
}
