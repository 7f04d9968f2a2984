using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Corpus;

/// <summary>
/// The two seed documents in ../shared/seeds. Issue #2 describes them with their file names swapped: the file
/// 001_* is the whole order (caption, page 1, page 2 with margin numbers) and 000_* is page 2 alone (markdown
/// bullets, footnote tail printed before its start). These tests check what each file really holds.
/// </summary>
public class SeedTests
{
    private static StayOrder Extract(string prefix)
    {
        var dir = TestPaths.RequireShared("seeds");
        var file = Directory.GetFiles(dir, prefix + "_*.txt").Single();
        var result = StayOrderExtractor.ExtractFile(file);
        result.Success.Should().BeTrue(result.Error?.Message);
        return result.Order!;
    }

    [SkippableFact]
    public void WholeOrder_AllFields()
    {
        var order = Extract("001");
        SeedExpectations.WholeOrder(order);
        order.CaseNumber!.Office.Should().Be(2);
        order.CaseNumber.Year.Should().Be(2024);
        order.CaseNumber.Type.Should().Be("cv");
        order.CaseNumber.Sequence.Should().Be(2760);
        order.CaseNumber.JudgeInitials.Should().Equal("DJC", "SCR");
        order.Stay!.Kind.Should().Be(StayKinds.VdrpSettlement);
        var starts = new[]
        {
            "This action is STAYED", "All previously set deadlines", "If parties have not already made", "The parties are DIRECTED",
            "If the parties have not been able", "The parties shall carefully review", "No later than fourteen (14) days",
        };
        order.Directives.Select(d => d.Text).Should().SatisfyRespectively(starts.Select(s => (Action<string>)(t => t.Should().StartWith(s))));
        order.Directives.Select(d => d.Index).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        order.Directives.Take(3).Should().OnlyContain(d => d.Page == 1);
        order.Directives.Skip(3).Should().OnlyContain(d => d.Page == 2);
    }

    [SkippableFact]
    public void WholeOrder_WarnsAboutNumbering()
    {
        var dir = TestPaths.RequireShared("seeds");
        var result = StayOrderExtractor.ExtractFile(Directory.GetFiles(dir, "001_*.txt").Single());
        result.Warnings.Should().Contain(w => w.Code == WarningCodes.DirectiveNumbering);
    }

    [SkippableFact]
    public void PageTwoOnly_FieldsThatAreNotPrintedAreNull()
    {
        var dir = TestPaths.RequireShared("seeds");
        var result = StayOrderExtractor.ExtractFile(Directory.GetFiles(dir, "000_*.txt").Single());
        var order = result.Order!;
        SeedExpectations.PageTwo(order);
        order.Parties.Should().BeNull();
        // Page 2 prints no court header: the court is either absent or inferred from the signer / case-number
        // initials, and then marked so (issue 11, capability 8).
        (order.Court is null || order.Court.Inferred).Should().BeTrue("page 2 prints no court header");
        order.Title.Should().BeNull("page 2 prints no title");
        order.Judge!.Title.Should().Be("United States District Judge");
        order.Directives[0].Text.Should().StartWith("The parties are DIRECTED");
        order.Directives[1].Text.Should().StartWith("If the parties have not been able");
        order.Directives[1].Footnotes.Should().Equal("1");
        result.Warnings.Should().Contain(w => w.Code == WarningCodes.DirectiveNumbering);
    }

    [SkippableFact]
    public void LineNumbers_NeverLeakIntoFields()
    {
        var order = Extract("001");
        order.Directives.Should().OnlyContain(d => !System.Text.RegularExpressions.Regex.IsMatch(d.Text, @"(^|\s)(1[0-9]|2[0-8])\s+[a-z]"));
        order.Judge!.Name.Should().NotContainAny("24", "25");
    }
}
