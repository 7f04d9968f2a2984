using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Pdf;

/// <summary>Generated pleading-paper PDFs (testdata/generator) read by the real PdfPig, compared with their text twins.</summary>
public class PdfFixtureTests
{
    public static TheoryData<string> PdfFixtures() => PdfFixtureSet.Theory(PdfFixtureSet.OrderSlugs());

    [Fact]
    public void Fixtures_AtLeastTwenty()
    {
        PdfFixtureSet.OrderSlugs().Should().HaveCountGreaterThanOrEqualTo(20);
    }

    [Theory]
    [MemberData(nameof(PdfFixtures))]
    public void RoundTrip_PdfAndTextTwin_SameFields(string slug)
    {
        var pdf = PdfFixtureSet.ExtractOrder(slug);
        var text = PdfFixtureSet.ExtractOrder(slug, "twin.txt");
        pdf.Success.Should().BeTrue(pdf.Error?.Message);
        pdf.Source.Kind.Should().Be(SourceKinds.PdfText);
        var a = pdf.Order!;
        var b = text.Order!;
        a.Court?.Code.Should().Be(b.Court?.Code);
        a.Court?.Division.Should().Be(b.Court?.Division);
        a.CaseNumber?.Normalized.Should().Be(b.CaseNumber?.Normalized);
        a.Footnotes.Select(f => (f.Marker, f.Text)).Should().Equal(b.Footnotes.Select(f => (f.Marker, f.Text)));
        PdfFixtureSet.ShouldReadAs(a, b);
    }

    [Theory]
    [MemberData(nameof(PdfFixtures))]
    public void Provenance_PageAndBox_ForCaseNumberJudgeDateAndDirectives(string slug)
    {
        var order = PdfFixtureSet.ExtractOrder(slug).Order!;
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
        var order = PdfFixtureSet.ExtractOrder("pdf-vdrp-parens").Order!;
        var box = order.Provenance["caseNumber"].Box!;
        box.Left.Should().BeGreaterThan(300, "the right cell starts after the ')' column");
        order.Provenance["caseNumber"].Page.Should().Be(1);
        order.FilingStamp!.Document.Should().Be("7");
        order.FilingStamp.PageCount.Should().Be(2);
    }

    [Fact]
    public void FootnoteContinuedOnTheNextPage_IsJoined()
    {
        var order = PdfFixtureSet.ExtractOrder("pdf-vdrp-footnote-continued").Order!;
        order.Footnotes.Should().ContainSingle();
        order.Footnotes[0].Text.Should().StartWith("The parties are expected").And.EndWith("as this order and the Local Rules require.");
    }

    [Fact]
    public void MarginNumbers_NeverLeak_IntoLabelsOrText()
    {
        foreach (var slug in PdfFixtureSet.OrderSlugs())
        {
            var order = PdfFixtureSet.ExtractOrder(slug).Order!;
            foreach (var d in order.Directives)
            {
                d.Text.Should().NotMatchRegex(@"\s(?:[1-9]|1\d|2[0-8])\s(?:[a-z]|\d\s)", slug);
                d.Label.Should().MatchRegex(@"^\d{1,2}$", slug);
            }
        }
    }
}
