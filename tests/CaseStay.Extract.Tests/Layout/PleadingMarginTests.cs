using CaseStay.Extract.Layout;
using CaseStay.Extract.Text;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Layout;

public class PleadingMarginTests
{
    private static (NormalizedDocument Doc, string Flow) Normalize(string text)
    {
        var (lines, pages, _) = LineAssembler.Assemble(text);
        var doc = NormalizedDocument.Build(text, lines, pages);
        return (doc, doc.Flow);
    }

    [Fact]
    public void Collapsed_NumbersBetweenWords_AreRemoved()
    {
        var (_, flow) = Normalize("11 SCOTT JOHNSON, 12 13 No. 2:17-cv-01505-TLN-EFB Plaintiff, v. ORDER 14 HABRA & MASTERS");
        flow.Should().NotContainAny(" 12 ", " 13 ", " 14 ");
        flow.Should().Contain("SCOTT JOHNSON,").And.Contain("No. 2:17-cv-01505-TLN-EFB").And.Contain("HABRA & MASTERS");
    }

    [Fact]
    public void LineStartNumbers_DirectiveLabelSurvives()
    {
        var text = string.Join('\n', Enumerable.Range(1, 12).Select(i => i == 11 ? "11 3. If the parties have not been able" : $"{i} line {i} of the body text"));
        var (_, flow) = Normalize(text);
        flow.Should().Contain("\n3. If the parties have not been able");
        flow.Should().NotContain("11 3.");
    }

    [Fact]
    public void NumbersOnOwnLines_AreRemoved_AndPageBreakCounted()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 28).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            + "\n\nbody text on page one\n\n1\n\n1 next page text\n2 more text\n3 and more";
        var (doc, flow) = Normalize(text);
        flow.Should().Contain("body text on page one").And.Contain("next page text");
        flow.Should().NotMatchRegex(@"(^|\n)\d+(\n|$)");
        doc.Pages.Should().Be(2);
    }

    [Fact]
    public void LoneFootnoteMarker_AfterLine28_IsKept()
    {
        var text = "body\n\n25\n\n26\n\n27\n\n28\n\n 1 The parties are expected to act in good faith.";
        var (doc, flow) = Normalize(text);
        flow.Should().Contain("1 The parties are expected");
        doc.Lines.Single(l => doc.LineText(l).StartsWith("1 The", StringComparison.Ordinal)).Zone.Should().Be(LineZone.PageFoot);
    }

    [Fact]
    public void PageNumberThenLineOne_TakesTheSecondOne()
    {
        var text = "26 text a 27 text b 28 text c 1 1 discussions by providing 2 settlement demand 3 defendant should";
        var (doc, flow) = Normalize(text);
        flow.Should().Contain("discussions by providing").And.NotContain(" 1 ");
        doc.Pages.Should().Be(2);
    }

    [Fact]
    public void Provenance_MapsBackToTheInput()
    {
        var text = "1 UNITED STATES DISTRICT COURT\n2 EASTERN DISTRICT OF CALIFORNIA\n3 body";
        var (doc, flow) = Normalize(text);
        var at = flow.IndexOf("EASTERN", StringComparison.Ordinal);
        var span = doc.Span(at, at + "EASTERN".Length);
        text.Substring(span.Start, span.Length).Should().Be("EASTERN");
        span.Line.Should().Be(2);
    }
}
