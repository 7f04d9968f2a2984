using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Ocr;

/// <summary>Issue 16's scan looks (testdata/generate_scan_fixtures.sh --looks-only), read by the real libtesseract.</summary>
public class OcrGeometryScanTests(OcrFixture ocr) : IClassFixture<OcrFixture>
{
    [Fact]
    public void MarginNumbersReadAsLetters_DirectiveLabelsSurvive()
    {
        var scan = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "scan-vdrp-margin-glyphs-300dpi", "input.pdf"), ocr.Options).Order!;
        var twin = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "pdf-vdrp-parens", "input.pdf")).Order!;
        scan.Directives.Select(d => d.Label).Should().Equal(twin.Directives.Select(d => d.Label));
        scan.Directives.Should().Contain(d => d.Label == "4");
        scan.CaseNumber!.Normalized.Should().Be(twin.CaseNumber!.Normalized);
        scan.Dated.Should().Be(twin.Dated);
        scan.Stay?.Kind.Should().Be(twin.Stay?.Kind);
        scan.Deadlines.Select(d => d.Due).Should().Equal(twin.Deadlines.Select(d => d.Due));
        scan.Parties.Should().BeEquivalentTo(twin.Parties, "a rule fragment before the body edge and a lone speck on the v. line are not caption text");
        foreach (var directive in scan.Directives)
        {
            directive.Text.Split(' ').Should().NotContain(["N", "W", "BR", "RE", "Ww", "eS", "YP", "NM"], "margin glyphs are dropped by position");
        }
    }

    [Fact]
    public void SidewaysCourtAndSlantedStamp_LeaveNoJunk()
    {
        var scan = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "scan-denial-sideways-stamp-300dpi", "input.pdf"), ocr.Options).Order!;
        var twin = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "pdf-denial", "input.pdf")).Order!;
        scan.Title.Should().Be(twin.Title, "the sideways court strip does not run into the title");
        scan.Parties.Should().BeEquivalentTo(twin.Parties);
        foreach (var directive in scan.Directives)
        {
            directive.Text.Should().NotContainAny("RECEIVED", "CLERK", "EASTERN", "CALIFORNIA");
        }
    }
}
