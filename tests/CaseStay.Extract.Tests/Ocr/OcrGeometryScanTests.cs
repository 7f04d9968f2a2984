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
        scan.Judge!.Title.Should().Be(twin.Judge!.Title, "the title word cut by the right-hand rule (JUL DGE) is joined again");
        foreach (var directive in scan.Directives)
        {
            directive.Text.Should().NotContainAny("RECEIVED", "CLERK", "EASTERN", "CALIFORNIA");
        }
    }

    [Fact]
    public async Task CaptionWithoutParenColumn_LeftCellReadsAsOneBlock()
    {
        var path = Path.Combine(TestPaths.TestData, "orders", "scan-gap-caption-title-300dpi", "input.pdf");
        var (text, error) = await StayOrderExtractor.ReadTextAsync(path, ocr.Options);
        error.Should().BeNull();
        var lines = text!.Split('\n').Select(l => l.Trim()).ToList();
        var defendants = lines.FindIndex(l => l.StartsWith("Defendants", StringComparison.Ordinal));
        var caseNumber = lines.FindIndex(l => l.StartsWith("Case No.", StringComparison.Ordinal));
        var title = lines.FindIndex(l => l.StartsWith("ORDER GRANTING", StringComparison.Ordinal));
        defendants.Should().BePositive();
        caseNumber.Should().BeGreaterThan(defendants, "the right cell (number, title) is split off every caption row, below the left cell");
        title.Should().BeGreaterThan(caseNumber);
        lines.Take(caseNumber).Should().NotContain(l => l.Contains("MEDIATION", StringComparison.Ordinal) || l.Contains("STIPULATED", StringComparison.Ordinal));
        var scan = StayOrderExtractor.ExtractFile(path, ocr.Options).Order!;
        var twin = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "pdf-gap-caption-title", "input.pdf")).Order!;
        scan.Parties.Should().BeEquivalentTo(twin.Parties);
        scan.Title.Should().Be(twin.Title);
    }
}
