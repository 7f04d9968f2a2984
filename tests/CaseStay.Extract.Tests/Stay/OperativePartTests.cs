using CaseStay.Extract.Readers.Stay;
using CaseStay.Extract.Regions;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Stay;

/// <summary>The operative part region and the clause splitter on invented text.</summary>
public class OperativePartTests
{
    [Theory]
    [InlineData("Background facts. IT IS HEREBY ORDERED that the case is stayed. IT IS SO ORDERED.", "IT IS HEREBY ORDERED that the case is stayed. ", false)]
    [InlineData("Reasons. It is, therefore, ordered that the case is stayed. Dated: May 1, 2020", "It is, therefore, ordered that the case is stayed. ", false)]
    [InlineData("Reasons. Accordingly, the motion is granted. IT IS SO ORDERED.", "Accordingly, the motion is granted. ", false)]
    [InlineData("Reasons. Accordingly, the motion is granted. Therefore, the case is stayed. IT IS SO ORDERED.", "Accordingly, the motion is granted. Therefore, the case is stayed. ", false)]
    [InlineData("Reasons. For the foregoing reasons, the Court orders as follows: the case is stayed. IT IS SO ORDERED.", "the Court orders as follows: the case is stayed. ", false)]
    [InlineData("Good cause appearing, the case is stayed. SO ORDERED.", "Good cause appearing, the case is stayed. ", false)]
    [InlineData("The parties stipulate. The case is stayed. IT IS SO ORDERED.", "The parties stipulate. The case is stayed. ", false)]
    [InlineData("Plaintiff sued in 2020. Accordingly, the defendant moved to", "", true)]
    [InlineData("Plaintiff sued in 2020. The defendant moved to", "", true)]
    public void Finds_TheOperativePart(string text, string expected, bool truncated)
    {
        var op = OperativePart.Find(text, 0);
        op.Truncated.Should().Be(truncated);
        (op.Found ? text[op.Start..op.End] : string.Empty).Should().Be(expected);
    }

    [Fact]
    public void Finds_ARecommendation()
    {
        var op = OperativePart.Find("Reasons. IT IS HEREBY RECOMMENDED that the motion be granted.", 0);
        op.Recommends.Should().BeTrue();
    }

    [Theory]
    [InlineData("Plaintiff's motion to stay (ECF No. 41) is granted. The case is closed.", 2)]
    [InlineData("IT IS ORDERED: 1. The action is stayed. 2. The parties shall file a report. (a) The report shall be joint.", 4)]
    [InlineData("See Ardent v. Moss, 123 F.3d 456 (9th Cir. 1999). The case of Lee v. Park, No. 2 is pending.", 2)]
    [InlineData("The motion is granted; the stay is lifted.", 2)]
    [InlineData("(ECF No. 35.) For the reasons below, the Court grants it.", 2)]
    public void Splits_IntoClauses(string text, int count)
    {
        var clauses = ClauseSplitter.Split(StayText.Clean(text));
        clauses.Should().HaveCount(count, string.Join(" | ", clauses.Select(c => c.Text)));
    }

    [Fact]
    public void Clean_DropsMarginNumbersAndQuotations()
    {
        StayText.Clean("this action 12 is\n13 STAYED \u201Cnot here\u201D (ECF No. 41)").Should().Be("this action is STAYED [quotation] (ECF No. 41)");
    }
}
