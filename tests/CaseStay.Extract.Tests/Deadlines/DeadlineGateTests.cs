using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Deadlines;

/// <summary>Deadlines come only from duties the court imposes: the operative part of an order, or an F&amp;R's objection period.</summary>
public class DeadlineGateTests
{
    private static ExtractionResult Order(string body, string title = "ORDER") =>
        StayOrderExtractor.ExtractText($"UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nJANE ROE,\nPlaintiff,\nv.\nACME WIDGETS, INC.,\nDefendant.\n\nNo. 2:25-cv-00123-ABC-DEF\n\n{title}\n\n{body}\n\nIT IS SO ORDERED.\nDated: March 3, 2025");

    [Theory]
    // The background and the reasoning are not the ordering part.
    [InlineData("The Court previously ordered the parties to file a report within 30 days. Accordingly, IT IS HEREBY ORDERED that this action is STAYED.")]
    // A party's request.
    [InlineData("IT IS HEREBY ORDERED that the motion is GRANTED. Plaintiff requests that Defendant be required to respond within fourteen days.")]
    // A rule quoted in the reasoning.
    [InlineData("Local Rule 230 provides that an opposition must be filed within fourteen days. IT IS HEREBY ORDERED that the motion is DENIED.")]
    [InlineData("IT IS HEREBY ORDERED that the motion is DENIED, because the rule states that “a request for fees must be filed within 14 days of judgment.”")]
    // An allegation recited in the background.
    [InlineData("Plaintiff alleges that the members were told that, unless they gave notice within 60 days, they would lose their bonus. IT IS HEREBY ORDERED that the motion is DENIED.")]
    public void NotADutyTheCourtImposes_NoDeadline(string body) =>
        Order(body).Order!.Deadlines.Should().BeEmpty();

    [Theory]
    [InlineData("COMPLAINT FOR DAMAGES", "1. Defendant promised to pay within 30 days of each invoice.\n2. Defendant shall pay within 60 days of delivery under the contract.")]
    [InlineData("DEFENDANT'S RESPONSE TO ORDER TO SHOW CAUSE", "Defendant must file the transcript within 14 days, as the Court directed.")]
    [InlineData("NOTICE OF MOTION AND MOTION TO STAY", "Plaintiff shall respond within 14 days after service of this motion.")]
    public void NotAnOrder_NoDeadline(string title, string body) =>
        Order(body, title).Order!.Deadlines.Should().BeEmpty();

    [Fact]
    public void FindingsAndRecommendations_OnlyTheObjectionPeriod_MarkedAsSuch()
    {
        var order = Order(
            "The undersigned recommends that the action be stayed. Plaintiff shall file a status report within 30 days of any ruling.\n"
            + "These findings and recommendations are submitted to the district judge. Within fourteen (14) days after being served with these findings and recommendations, any party may file written objections with the court.",
            "FINDINGS AND RECOMMENDATIONS").Order!;
        var d = order.Deadlines.Should().ContainSingle().Subject;
        d.Kind.Should().Be(DeadlineKinds.Objections);
        d.Anchor.Should().Be(DeadlineAnchors.Service);
        d.Due.Should().BeNull();
        d.Obligor.Should().Be("any party");
        d.Explanation.Should().Contain("Rule 6(d)");
    }

    [Theory]
    [InlineData("IT IS HEREBY ORDERED that the parties shall file a joint report within 30 days.", "the parties")]
    [InlineData("IT IS HEREBY ORDERED that Plaintiff shall file an amended complaint within 30 days.", "Plaintiff")]
    [InlineData("IT IS HEREBY ORDERED that Defendants shall answer within 30 days.", "Defendants")]
    [InlineData("IT IS HEREBY ORDERED that counsel for Defendant Acme shall appear within 30 days.", "counsel for Defendant Acme")]
    [InlineData("IT IS HEREBY ORDERED that within 30 days, the Clerk of Court shall serve the order.", "the Clerk of Court")]
    [InlineData("IT IS HEREBY ORDERED that a joint report shall be filed within 30 days.", null)]
    public void Obligor_AsPrinted(string body, string? who) =>
        Order(body).Order!.Deadlines.Should().ContainSingle().Which.Obligor.Should().Be(who);

    [Fact]
    public void UnnumberedOperativeParagraph_IsRead()
    {
        var d = Order("For these reasons, IT IS HEREBY ORDERED that this action is STAYED. The parties shall file a joint status report within ninety (90) days.").Order!.Deadlines.Should().ContainSingle().Subject;
        d.Due.Should().Be(new LocalDate(2025, 6, 2)); // 90 days after 2025-03-03 is Sunday 2025-06-01
        d.DirectiveIndex.Should().Be(0, "the sentence is not a numbered directive");
    }

    [Fact]
    public void EntryOfThisOrder_UsesTheStampWhenPrinted()
    {
        var text = "Case 2:25-cv-00123-ABC-DEF Document 12 Filed 03/05/25 Page 1 of 1\nUNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nNo. 2:25-cv-00123-ABC-DEF\n\nORDER\n\n"
            + "IT IS HEREBY ORDERED that:\n1. The parties shall file a joint status report within fourteen (14) days from the date of entry of this order.\nIT IS SO ORDERED.\nDated: March 3, 2025";
        var d = StayOrderExtractor.ExtractText(text).Order!.Deadlines.Should().ContainSingle().Subject;
        d.Anchor.Should().Be(DeadlineAnchors.Entry);
        d.AnchorDate.Should().Be(new LocalDate(2025, 3, 5));
        d.Due.Should().Be(new LocalDate(2025, 3, 19));
        d.Explanation.Should().Contain("CM/ECF stamp's filed date 2025-03-05");
    }

    [Fact]
    public void HolidayDependent_GivesBothDates()
    {
        // 14 days after 2025-01-29 is Wednesday 2025-02-12, Lincoln Day in California only.
        var d = Order("IT IS HEREBY ORDERED that the parties shall confer within fourteen (14) days.").Order!.Deadlines.Single();
        d.HolidayDependent.Should().BeFalse("the order is dated 2025-03-03");
        var text = "ORDER\nIT IS HEREBY ORDERED that:\n1. The parties shall confer within fourteen (14) days.\nIT IS SO ORDERED.\nDated: January 29, 2025";
        var lincoln = StayOrderExtractor.ExtractText(text).Order!.Deadlines.Single();
        lincoln.HolidayDependent.Should().BeTrue();
        lincoln.DueFederal.Should().Be(new LocalDate(2025, 2, 12));
        lincoln.DueFederalAndCalifornia.Should().Be(new LocalDate(2025, 2, 13));
        lincoln.Due.Should().Be(new LocalDate(2025, 2, 13));
        lincoln.Explanation.Should().Contain("calendar the earlier");
    }

    [Fact]
    public void IssueExample_SevenDaysBeforeTheHearing_IsTheFridayBefore()
    {
        var text = "ORDER\nIT IS HEREBY ORDERED that:\n1. The parties shall file a joint statement no later than seven (7) days before the hearing set for February 14, 2025.\nIT IS SO ORDERED.\nDated: February 3, 2025";
        var d = StayOrderExtractor.ExtractText(text).Order!.Deadlines.Single();
        d.Due.Should().Be(new LocalDate(2025, 2, 7));
        d.Direction.Should().Be("before");
        d.AnchorDate.Should().Be(new LocalDate(2025, 2, 14));
    }

    [Fact]
    public void IssueExample_FourteenCourtDays_SkipWeekendsAndHolidays()
    {
        var text = "ORDER\nIT IS HEREBY ORDERED that:\n1. Defendant shall respond within 14 court days.\nIT IS SO ORDERED.\nDated: February 3, 2025";
        var d = StayOrderExtractor.ExtractText(text).Order!.Deadlines.Single();
        // Feb 4–25 less weekends, Lincoln Day (Feb 12) and Washington’s Birthday (Feb 17): the 14th court day is Tuesday Feb 25.
        d.Due.Should().Be(new LocalDate(2025, 2, 25));
        d.Unit.Should().Be("court-days");
    }

    [Fact]
    public void IssueExample_FortyEightHours_IsComputedNotDropped()
    {
        var text = "ORDER\nIT IS HEREBY ORDERED that:\n1. Defendant shall respond within 48 hours of this order.\nIT IS SO ORDERED.\nDated: February 6, 2025";
        var d = StayOrderExtractor.ExtractText(text).Order!.Deadlines.Single();
        // 48 hours after Thursday Feb 6 ends on Saturday Feb 8: Rule 6(a)(2)(C) runs to the same time on Monday Feb 10.
        d.Due.Should().Be(new LocalDate(2025, 2, 10));
        d.Period.Should().Be(Period.FromHours(48));
        d.Explanation.Should().Contain("6(a)(2)");
    }

    [Fact]
    public void RecurringDuty_HasItsInterval_AndUntil()
    {
        var text = "ORDER\nIT IS HEREBY ORDERED that:\n1. Petitioner shall file a status report every ninety (90) days while the stay is in place.\nIT IS SO ORDERED.\nDated: January 29, 2025";
        var d = StayOrderExtractor.ExtractText(text).Order!.Deadlines.Single();
        d.Recurring.Should().BeTrue();
        d.Interval.Should().Be(Period.FromDays(90));
        d.RecursUntil.Should().Be("while the stay is in place");
    }

    [Fact]
    public void NotUnderstood_WarnsWithTheSpan()
    {
        var text = "ORDER\nIT IS HEREBY ORDERED that:\n1. Plaintiff shall file an amended complaint within a reasonable number of days.\nIT IS SO ORDERED.\nDated: January 29, 2025";
        var result = StayOrderExtractor.ExtractText(text);
        var w = result.Warnings.Should().ContainSingle(w => w.Code == WarningCodes.DeadlineNotUnderstood).Subject;
        w.Span.Should().NotBeNull();
        text.Substring(w.Span!.Value.Start, w.Span.Value.Length).Should().Contain("within a reasonable number of days");
        result.Order!.Deadlines.Should().BeEmpty();
    }
    [Theory]
    // The event's date is printed in another sentence of the order: it is found there (exactly one date).
    [InlineData("A status conference is set for March 31, 2025 at 10:00 a.m. in Courtroom 3. The parties shall file a joint report seven (7) days before the status conference.", "2025-03-24")]
    [InlineData("The final pretrial conference is scheduled for Monday, June 2, 2025. Plaintiff shall lodge exhibits no later than fourteen (14) days prior to the final pretrial conference.", "2025-05-19")]
    // Two different dates for the same event: not guessed.
    [InlineData("A hearing is set for May 5, 2025. A further hearing is set for June 9, 2025. The parties shall file briefs seven days before the hearing.", null)]
    public void EventDatePrintedElsewhere(string body, string? due)
    {
        var d = Order("IT IS HEREBY ORDERED that: " + body).Order!.Deadlines.Should().ContainSingle().Subject;
        d.Due.Should().Be(due is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(due).Value, d.Explanation);
        if (due is not null)
        {
            d.Anchor.Should().Be(DeadlineAnchors.EventDate);
            d.Explanation.Should().Contain("set elsewhere in the order");
        }
    }

    [Theory]
    [InlineData("IT IS HEREBY ORDERED that the brief shall be filed within ten (10) days of t", "cut off")]
    [InlineData("IT IS HEREBY ORDERED that Defendant shall notify the officer at least ten days before 13", "cut off")]
    public void UnreadableAnchor_WarnsAndComputesNothing(string body, string fragment)
    {
        var result = Order(body);
        result.Order!.Deadlines.Should().OnlyContain(d => d.Due == null);
        result.Warnings.Should().Contain(w => w.Code == WarningCodes.DeadlineNotUnderstood && w.Message.Contains(fragment));
    }

    [Fact]
    public void TwoPeriodsJoinedByOr_AreTwoDeadlines()
    {
        var ds = Order("IT IS HEREBY ORDERED that Defendant shall notify counsel at least ten days before any change in employment or within 72 hours of an unanticipated change.").Order!.Deadlines;
        ds.Select(d => d.TriggerText).Should().Equal("any change in employment", "an unanticipated change");
    }
}
