using System.Text;
using CaseStay.Extract.Layout;
using CaseStay.Extract.Text;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Layout;

/// <summary>A page number stands alone on its line; a number that ends a line of words (a stamp's "of 2") is text.</summary>
public class PageNumberTests
{
    private static string Page(int first, string foot)
    {
        var sb = new StringBuilder();
        for (var n = 1; n <= 28; n++)
        {
            sb.Append(n).Append("   ").Append(n == 1 && first == 1 ? "UNITED STATES DISTRICT COURT" : $"words of line {n} on page {first}").Append('\n');
        }

        return sb.Append(foot).Append('\n').ToString();
    }

    [Fact]
    public void StampAfterPageFooter_KeepsItsPageCount()
    {
        // pdftotext -layout: page 1 ends with its page number and a running footer; page 2 opens with the CM/ECF stamp.
        var sb = new StringBuilder("UNITED STATES DISTRICT COURT\n\n");
        for (var n = 1; n <= 28; n++)
        {
            sb.Append(n).Append("        ").Append(n == 20 ? "IT IS HEREBY ORDERED that:" : n == 21 ? "1. The case is stayed for now." : $"words of line {n} on the first page").Append("\n\n");
        }

        sb.Append("                       1\n                     ORDER\n\f     Case 2:24-cv-01234-ABC-DEF Document 3 Filed 01/02/25 Page 2 of 2\n\n\n");
        sb.Append("1         2. The parties shall report in thirty days.\n\n2   and then the rest of the order follows.\n\n3   IT IS SO ORDERED.\n");
        var text = sb.ToString();
        var (lines, pages, _) = LineAssembler.Assemble(text);
        NormalizedDocument.Build(text, lines, pages).Flow.Should().Contain("Page 2 of 2");
        NormalizedDocument.Build(text, lines, pages).Flow.Should().Contain("\n2. The parties shall report");
    }

    [Theory]
    [InlineData("2")]
    public void LonePageNumber_IsDropped(string pageNumberLine)
    {
        var text = Page(1, "1") + "  " + pageNumberLine.Replace("2", "1", StringComparison.Ordinal) + "\n" + Page(2, pageNumberLine);
        var (lines, pages, _) = LineAssembler.Assemble(text);
        var flow = NormalizedDocument.Build(text, lines, pages).Flow;
        flow.Should().NotContain("page 1\n1").And.NotContain("\n2\n");
    }
}
