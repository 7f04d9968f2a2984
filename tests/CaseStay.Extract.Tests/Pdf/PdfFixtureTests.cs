using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Pdf;

/// <summary>Generated pleading-paper PDFs (testdata/generator) read by the real PdfPig, compared with their text twins.</summary>
public class PdfFixtureTests
{
    public static TheoryData<string> PdfFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(TestPaths.TestData, "orders"), "pdf-*").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Fact]
    public void Fixtures_AtLeastTwenty()
    {
        Directory.GetDirectories(Path.Combine(TestPaths.TestData, "orders"), "pdf-*").Should().HaveCountGreaterThanOrEqualTo(20);
    }

    [Theory]
    [MemberData(nameof(PdfFixtures))]
    public void RoundTrip_PdfAndTextTwin_SameFields(string slug)
    {
        var dir = Path.Combine(TestPaths.TestData, "orders", slug);
        var pdf = StayOrderExtractor.ExtractFile(Path.Combine(dir, "input.pdf"));
        var text = StayOrderExtractor.ExtractFile(Path.Combine(dir, "twin.txt"));
        pdf.Success.Should().BeTrue(pdf.Error?.Message);
        pdf.Source.Kind.Should().Be(SourceKinds.PdfText);
        var a = pdf.Order!;
        var b = text.Order!;
        a.Court?.Code.Should().Be(b.Court?.Code);
        a.Court?.Division.Should().Be(b.Court?.Division);
        a.CaseNumber?.Normalized.Should().Be(b.CaseNumber?.Normalized);
        a.Parties.Should().BeEquivalentTo(b.Parties);
        a.Title.Should().Be(b.Title);
        a.Judge.Should().BeEquivalentTo(b.Judge);
        a.Dated.Should().Be(b.Dated);
        a.IsStayOrder.Should().Be(b.IsStayOrder);
        a.Stay.Should().BeEquivalentTo(b.Stay);
        a.Directives.Select(d => (d.Label, d.Text)).Should().Equal(b.Directives.Select(d => (d.Label, d.Text)));
        a.Footnotes.Select(f => (f.Marker, f.Text)).Should().Equal(b.Footnotes.Select(f => (f.Marker, f.Text)));
        a.Deadlines.Select(d => (d.DirectiveIndex, d.Due, d.Trigger)).Should().Equal(b.Deadlines.Select(d => (d.DirectiveIndex, d.Due, d.Trigger)));
    }

    [Theory]
    [MemberData(nameof(PdfFixtures))]
    public void Provenance_PageAndBox_ForCaseNumberJudgeDateAndDirectives(string slug)
    {
        var order = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", slug, "input.pdf")).Order!;
        var fields = new List<string> { "caseNumber", "dated" };
        if (order.Judge is not null)
        {
            fields.Add("judge");
        }

        foreach (var field in fields)
        {
            order.Provenance.Should().ContainKey(field);
            var span = order.Provenance[field];
            span.Page.Should().BeGreaterThan(0);
            span.Box.Should().NotBeNull(field);
            span.Box!.Left.Should().BeInRange(0, 612);
            span.Box.Top.Should().BeInRange(0, 792).And.BeGreaterThan(span.Box.Bottom);
        }

        foreach (var d in order.Directives)
        {
            d.Span.Box.Should().NotBeNull(d.Text);
            d.Span.Page.Should().Be(d.Page);
        }
    }

    [Fact]
    public void CaseNumberBox_IsInTheCaptionsRightCell()
    {
        var order = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "pdf-vdrp-parens", "input.pdf")).Order!;
        var box = order.Provenance["caseNumber"].Box!;
        box.Left.Should().BeGreaterThan(300, "the right cell starts after the ')' column");
        order.Provenance["caseNumber"].Page.Should().Be(1);
        order.FilingStamp!.Document.Should().Be("7");
        order.FilingStamp.PageCount.Should().Be(2);
    }

    [Fact]
    public void FootnoteContinuedOnTheNextPage_IsJoined()
    {
        var order = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "pdf-vdrp-footnote-continued", "input.pdf")).Order!;
        order.Footnotes.Should().ContainSingle();
        order.Footnotes[0].Text.Should().StartWith("The parties are expected").And.EndWith("as this order and the Local Rules require.");
    }

    [Fact]
    public void MarginNumbers_NeverLeak_IntoLabelsOrText()
    {
        foreach (var slug in Directory.GetDirectories(Path.Combine(TestPaths.TestData, "orders"), "pdf-*").Select(Path.GetFileName))
        {
            var order = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", slug!, "input.pdf")).Order!;
            foreach (var d in order.Directives)
            {
                d.Text.Should().NotMatchRegex(@"\s(?:[1-9]|1\d|2[0-8])\s(?:[a-z]|\d\s)", slug);
                d.Label.Should().MatchRegex(@"^\d{1,2}$", slug);
            }
        }
    }
}
