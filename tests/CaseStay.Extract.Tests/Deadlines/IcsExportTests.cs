using CaseStay.Extract.Cli;
using CaseStay.Extract.Deadlines;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Ical.Net;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Deadlines;

/// <summary>The calendar export, read back with a real iCalendar parser (Ical.Net).</summary>
public class IcsExportTests
{
    private static ExtractionResult Order(string directives, string dated = "January 29, 2025", string caseNumber = "2:25-cv-00456-ABC-DEF", string title = "ORDER STAYING CASE") =>
        StayOrderExtractor.ExtractText(
            $"UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nNo. {caseNumber}\n\n{title}\n\nIT IS HEREBY ORDERED that:\n{directives}\nIT IS SO ORDERED.\nDated: {dated}");

    private static Calendar RoundTrip(IEnumerable<ExtractionResult> results, IcsOptions? options, out int count)
    {
        var text = IcsExport.Serialize(results, options ?? IcsOptions.Default, out count);
        return Calendar.Load(text)!;
    }

    [Fact]
    public void RoundTrip_OneEventPerDatedDeadline()
    {
        var result = Order("1. This action is STAYED.\n2. The parties shall file a joint status report within forty-five (45) days.\n3. The parties shall file a report within 14 days after completion of the VDRP session.");
        var calendar = RoundTrip([result], null, out var count);
        count.Should().Be(1);
        var e = calendar.Events.Should().ContainSingle().Subject;
        e.DtStart!.Date.Should().Be(new DateOnly(2025, 3, 17));
        e.DtStart.HasTime.Should().BeFalse();
        e.Summary.Should().Contain("2:25-cv-00456-ABC-DEF").And.Contain("The parties: due");
        e.Description.Should().Contain("Saturday 2025-03-15").And.Contain("Phrase: within forty-five (45) days").And.Contain("line ");
    }

    [Fact]
    public void Uids_StableAcrossRuns_AndNeverACounter()
    {
        var a = Order("1. This action is STAYED.\n2. Plaintiff shall file a report within 30 days.\n3. Defendant shall file a report within 60 days.");
        var first = RoundTrip([a], null, out _).Events.Select(e => e.Uid).ToList();
        var again = RoundTrip([Order("1. This action is STAYED.\n2. Plaintiff shall file a report within 30 days.\n3. Defendant shall file a report within 60 days.")], null, out _).Events.Select(e => e.Uid).ToList();
        first.Should().HaveCount(2).And.OnlyHaveUniqueItems();
        again.Should().Equal(first);
        // Another order first in the batch does not renumber this order's events.
        var other = Order("1. This action is STAYED.\n2. The parties shall confer within 10 days.", caseNumber: "2:25-cv-00999-ABC-DEF");
        RoundTrip([other, a], null, out _).Events.Select(e => e.Uid).Should().Contain(first);
    }

    [Fact]
    public void TextAndPdfTwins_SameUid_OneEvent()
    {
        var folder = Path.Combine(TestPaths.TestData, "orders", "pdf-vdrp-ruled");
        var pdf = StayOrderExtractor.ExtractFile(Path.Combine(folder, "input.pdf"));
        var txt = StayOrderExtractor.ExtractFile(Path.Combine(folder, "twin.txt"));
        var fromPdf = RoundTrip([pdf], null, out _).Events.Select(e => e.Uid).ToList();
        var fromTxt = RoundTrip([txt], null, out _).Events.Select(e => e.Uid).ToList();
        fromPdf.Should().NotBeEmpty().And.Equal(fromTxt);
        RoundTrip([pdf, txt], null, out var both).Events.Should().HaveCount(fromPdf.Count);
        both.Should().Be(fromPdf.Count);
    }

    [Fact]
    public void RecurringDuty_OneEventPerOccurrence_WithinTheHorizon_EachAdjusted()
    {
        var result = Order("1. This action is STAYED.\n2. Petitioner shall file a status report every ninety (90) days until the stay is lifted.");
        var calendar = RoundTrip([result], null, out var count);
        // 90, 180, 270, 360 days after 2025-01-29: 04-29 (Tue), 07-28 (Mon), 10-26 (Sun → Mon 10-27), 2026-01-24 (Sat → Mon 01-26).
        count.Should().Be(4);
        calendar.Events.Select(e => e.DtStart!.Date).Order().Should().Equal(
            new DateOnly(2025, 4, 29), new DateOnly(2025, 7, 28), new DateOnly(2025, 10, 27), new DateOnly(2026, 1, 26));
        calendar.Events.Select(e => e.Uid).Should().OnlyHaveUniqueItems();
        RoundTrip([result], IcsOptions.Default with { Horizon = Period.FromMonths(6) }, out var sixMonths);
        sixMonths.Should().Be(2);
    }

    [Fact]
    public void StaysOnly_LeavesOutOtherOrders()
    {
        var stay = Order("1. This action is STAYED.\n2. The parties shall file a report within 30 days.");
        var other = Order("1. The motion to compel is GRANTED.\n2. Defendant shall produce the documents within 21 days.", caseNumber: "2:25-cv-00777-ABC-DEF", title: "ORDER");
        other.Order!.IsStayOrder.Should().BeFalse();
        RoundTrip([stay, other], null, out var all);
        all.Should().Be(2);
        RoundTrip([stay, other], IcsOptions.Default with { StaysOnly = true }, out var staysOnly);
        staysOnly.Should().Be(1);
    }

    [Theory]
    [InlineData("P1Y", 1, 0, 0)]
    [InlineData("P18M", 0, 18, 0)]
    [InlineData("365d", 0, 0, 365)]
    [InlineData("2y", 2, 0, 0)]
    public void Horizon_Parses(string text, int years, int months, int days)
    {
        IcsOptions.TryParseHorizon(text, out var p).Should().BeTrue();
        (p.Years, p.Months, p.Days + (p.Weeks * 7)).Should().Be((years, months, days));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("0d")]
    [InlineData("-5d")]
    [InlineData("PT5H")]
    public void Horizon_Refused(string text) => IcsOptions.TryParseHorizon(text, out _).Should().BeFalse();

    [Fact]
    public async Task Cli_IcsHorizonAndStaysOnly()
    {
        var folder = Path.Combine(Path.GetTempPath(), "casestay-ics-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "order.txt");
            await File.WriteAllTextAsync(input, "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nNo. 2:25-cv-00456-ABC-DEF\n\nORDER STAYING CASE\n\nIT IS HEREBY ORDERED that:\n1. This action is STAYED.\n2. Petitioner shall file a status report every ninety (90) days.\nIT IS SO ORDERED.\nDated: January 29, 2025");
            var ics = Path.Combine(folder, "out.ics");
            var (code, _, err) = await CliRunner.Run("extract", input, "--ics", ics, "--ics-horizon", "P200D", "--ics-stays-only", "--format", "jsonl");
            code.Should().Be(0, err);
            Calendar.Load(await File.ReadAllTextAsync(ics))!.Events.Should().HaveCount(2);
            var (bad, _, _) = await CliRunner.Run("extract", input, "--ics", ics, "--ics-horizon", "whenever");
            bad.Should().Be(2);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
