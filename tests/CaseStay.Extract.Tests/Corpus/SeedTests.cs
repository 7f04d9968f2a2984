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
        order.Court!.Code.Should().Be("caed");
        order.CaseNumber!.Normalized.Should().Be("2:24-cv-02760-DJC-SCR");
        order.CaseNumber.Office.Should().Be(2);
        order.CaseNumber.Year.Should().Be(2024);
        order.CaseNumber.Type.Should().Be("cv");
        order.CaseNumber.Sequence.Should().Be(2760);
        order.CaseNumber.JudgeInitials.Should().Equal("DJC", "SCR");
        order.Parties!.Plaintiffs.Should().Equal("LANCE COVERT");
        order.Parties.Defendants.Should().Equal("AMAZON.COM SERVICES LLC");
        order.Parties.DefendantsEtAl.Should().BeTrue();
        order.Title.Should().Be("ORDER");
        order.Judge!.Name.Should().Be("Daniel J. Calabretta");
        order.Judge.Title.Should().Be("United States District Judge");
        order.Dated.Should().Be(new LocalDate(2024, 11, 22));
        order.IsStayOrder.Should().BeTrue();
        order.Stay!.Kind.Should().Be(StayKinds.VdrpSettlement);
        order.Directives.Select(d => d.Label).Should().Equal("1", "2", "3", "4", "3", "4", "5");
        var starts = new[]
        {
            "This action is STAYED", "All previously set deadlines", "If parties have not already made", "The parties are DIRECTED",
            "If the parties have not been able", "The parties shall carefully review", "No later than fourteen (14) days",
        };
        order.Directives.Select(d => d.Text).Should().SatisfyRespectively(starts.Select(s => (Action<string>)(t => t.Should().StartWith(s))));
        order.Directives.Select(d => d.Index).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        order.Directives[4].Footnotes.Should().Equal("1");
        order.Directives.Take(3).Should().OnlyContain(d => d.Page == 1);
        order.Directives.Skip(3).Should().OnlyContain(d => d.Page == 2);
        AssertFootnote(order);
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
        order.CaseNumber.Should().BeNull();
        order.Parties.Should().BeNull();
        order.Court.Should().BeNull();
        order.Title.Should().BeNull("page 2 prints no title");
        order.Judge!.Name.Should().Be("Daniel J. Calabretta");
        order.Judge.Title.Should().Be("United States District Judge");
        order.Dated.Should().Be(new LocalDate(2025, 1, 29));
        order.Directives.Select(d => d.Label).Should().Equal("4", null, "4", "5");
        order.Directives[0].Text.Should().StartWith("The parties are DIRECTED");
        order.Directives[1].Text.Should().StartWith("If the parties have not been able");
        order.Directives[1].Footnotes.Should().Equal("1");
        result.Warnings.Should().Contain(w => w.Code == WarningCodes.DirectiveNumbering);
        AssertFootnote(order);
    }

    [SkippableFact]
    public void LineNumbers_NeverLeakIntoFields()
    {
        var order = Extract("001");
        order.Directives.Should().OnlyContain(d => !System.Text.RegularExpressions.Regex.IsMatch(d.Text, @"(^|\s)(1[0-9]|2[0-8])\s+[a-z]"));
        order.Judge!.Name.Should().NotContainAny("24", "25");
    }

    private static void AssertFootnote(StayOrder order)
    {
        order.Footnotes.Should().ContainSingle();
        order.Footnotes[0].Marker.Should().Be("1");
        order.Footnotes[0].Text.Should().StartWith("The parties are expected").And.EndWith("in the VDRP program in good faith.");
        order.Footnotes[0].Text.Should().Contain("and/or failing to participate in the VDRP program");
    }
}
