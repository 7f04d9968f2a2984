using System.Text.Json.Nodes;
using CaseStay.Extract.Ocr;
using CaseStay.Extract.Review;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Review;

/// <summary>Images a browser cannot show (TIFF) get PNG pages through Leptonica (in-process, the library Tesseract
/// brings): one page per frame, pixel size and resolution kept, every field box drawn where the record puts it and on
/// the page's ink, in a real headless Chromium. The records are the fixture's golden record (real OCR boxes), so no
/// OCR runs here.</summary>
public class ReviewImageTests
{
    private const string Leptonica = "Leptonica (liblept.so.5, Debian package liblept5, installed with tesseract-ocr by .ci/prereqs) is needed to convert TIFF pages";

    private static string TiffPath => ReviewFixtures.Order("image-tiff-vdrp", "input.tif");

    private static string GoldenRecord => File.ReadAllText(ReviewFixtures.Order("image-tiff-vdrp", "expected.json")).ReplaceLineEndings(" ");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Leptonica_converts_each_tiff_frame_to_a_png_of_the_same_size_and_resolution(int frame)
    {
        var png = new LeptonicaImageConverter().ConvertToPng(File.ReadAllBytes(TiffPath), frame, CancellationToken.None);
        png.Should().NotBeNull(Leptonica);
        var size = CaseStay.Extract.Review.PageImages.PngSize(png);
        size.Should().Be((2550, 3300, 300), "letter paper scanned at 300 dpi, as the TIFF states");
        ReviewFixtures.PixelVariety(png!).TopShare.Should().BeLessThan(0.999, "the page is not blank");
    }

    [Theory]
    [InlineData("tiff-frame-past-the-end", 2)]
    [InlineData("not-an-image", 0)]
    [InlineData("negative-frame", -1)]
    public void Leptonica_returns_null_for_what_it_cannot_convert(string what, int frame)
    {
        var bytes = what == "not-an-image" ? "this is only text, not a picture"u8.ToArray() : File.ReadAllBytes(TiffPath);
        new LeptonicaImageConverter().ConvertToPng(bytes, frame, CancellationToken.None).Should().BeNull(what);
    }

    [Fact]
    public async Task Tiff_record_gets_one_png_page_per_frame_with_the_boxes_in_the_page_frame()
    {
        var dir = ReviewFixtures.TempDir("tiff");
        var options = StayOrderReportOptions.Default with { BaseDirectory = TestPaths.RepoRoot, ImageConverter = new LeptonicaImageConverter() };
        var report = await StayOrderReport.WriteRecordsAsync([GoldenRecord], dir, options);
        report.Problems.Should().BeEmpty(Leptonica);
        var html = await File.ReadAllTextAsync(report.Pages.Single());
        html.Should().Contain("<img src=\"pages/0001-input-1.png\" width=\"2550\" height=\"3300\"")
            .And.Contain("<img src=\"pages/0001-input-2.png\" width=\"2550\" height=\"3300\"")
            .And.Contain("viewBox=\"0 0 612 792\"", "300-dpi pixels are letter paper in points, the frame of the record's boxes")
            .And.Contain("data-box=\"caseNumber\"");
        Directory.GetFiles(Path.Combine(dir, "pages")).Select(Path.GetFileName).Should().BeEquivalentTo(["0001-input-1.png", "0001-input-2.png"]);
    }

    [Fact]
    public async Task Tiff_without_a_converter_is_listed_with_the_reason_and_no_page()
    {
        var report = await StayOrderReport.WriteRecordsAsync([GoldenRecord], ReviewFixtures.TempDir("tiff-none"), StayOrderReportOptions.Default with { BaseDirectory = TestPaths.RepoRoot });
        report.Problems.Should().ContainSingle().Which.Should().Contain("ImageConverter");
        (await File.ReadAllTextAsync(report.Pages.Single())).Should().NotContain("<img ");
    }

    [SkippableFact]
    public async Task Tiff_page_in_chromium_draws_every_box_where_the_record_puts_it_and_on_the_printed_text()
    {
        HeadlessChromium.Require();
        var record = JsonNode.Parse(GoldenRecord)!.AsObject();
        var boxes = record["provenance"]!.AsObject().Where(p => p.Value!["box"] is JsonObject).ToArray();
        boxes.Should().HaveCountGreaterThan(4);
        var dir = ReviewFixtures.TempDir("browser-tiff");
        var report = await StayOrderReport.WriteRecordsAsync([GoldenRecord], dir,
            StayOrderReportOptions.Default with { BaseDirectory = TestPaths.RepoRoot, ImageConverter = new LeptonicaImageConverter() });
        report.Problems.Should().BeEmpty(Leptonica);
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(report.Pages.Single());
        foreach (var (key, span) in boxes)
        {
            var page = span!["page"]!.GetValue<int>();
            var box = span["box"]!;
            double B(string side) => box[side]!.GetValue<double>();
            var m = await PageGeometryProbe.MeasureAsync(browser, page, key);
            m.Should().NotBeNull($"the field '{key}' has a box, so the page must draw an overlay for it");
            var scale = m!.V("iw") / (m.V("nw") * 72.0 / 300);
            var pageHeightPt = m.V("nh") * 72.0 / 300;
            m.V("l").Should().BeApproximately(m.V("il") + (B("left") * scale), 1.5, key);
            m.V("t").Should().BeApproximately(m.V("it") + ((pageHeightPt - B("top")) * scale), 1.5, key);
            m.V("w").Should().BeApproximately((B("right") - B("left")) * scale, 1.5, key);
            m.V("h").Should().BeApproximately((B("top") - B("bottom")) * scale, 1.5, key);
            m.V("ink").Should().BeGreaterThan(0.03, "the box of '{0}' lies on printed text", key);
        }

        ReviewFixtures.PixelVariety(await browser.ScreenshotAsync()).Distinct.Should().BeGreaterThan(16);
    }
}
