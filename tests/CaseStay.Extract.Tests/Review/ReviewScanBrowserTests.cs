using System.Text.Json.Nodes;
using CaseStay.Extract.Ocr;
using CaseStay.Extract.Review;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Review;

/// <summary>Scans and images in a real headless Chromium: every field box of the fixture's golden record (real OCR boxes,
/// so no OCR runs here) is drawn on its page and lies on printed text — for a scanned PDF rendered by pdftoppm, a
/// 200-dpi scan, and PNG and JPEG inputs shown as they are.</summary>
public class ReviewScanBrowserTests
{
    [SkippableTheory]
    [InlineData("scan-vdrp-300dpi")]
    [InlineData("scan-denial-200dpi")]
    [InlineData("image-png-rhines")]
    [InlineData("image-jpg-appeal")]
    public async Task Every_box_of_a_scan_lies_on_the_printed_text(string fixture)
    {
        HeadlessChromium.Require();
        var json = (await File.ReadAllTextAsync(ReviewFixtures.Order(fixture, "expected.json"))).ReplaceLineEndings(" ");
        var boxes = JsonNode.Parse(json)!["provenance"]!.AsObject().Where(p => p.Value!["box"] is JsonObject).ToArray();
        boxes.Should().HaveCountGreaterThan(3, "the premise: the OCR gave boxes");
        var report = await StayOrderReport.WriteRecordsAsync([json], ReviewFixtures.TempDir("scan-" + fixture),
            StayOrderReportOptions.Default with { BaseDirectory = TestPaths.RepoRoot, ImageConverter = new LeptonicaImageConverter() });
        report.Problems.Should().BeEmpty();
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(report.Pages.Single());
        foreach (var (key, span) in boxes)
        {
            var m = await PageGeometryProbe.MeasureAsync(browser, span!["page"]!.GetValue<int>(), key);
            m.Should().NotBeNull($"{fixture}: the field '{key}' has a box");
            m!.V("ink").Should().BeGreaterThan(0.03, "the box of {0} on {1} lies on printed text", key, fixture);
        }
    }
}
