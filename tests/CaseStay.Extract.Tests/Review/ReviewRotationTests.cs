using System.Text;
using System.Text.Json.Nodes;
using CaseStay.Extract.Review;
using CaseStay.Extract.Serialization;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Review;

/// <summary>Pages shown turned: a PDF page with <c>/Rotate</c> is rendered turned by pdftoppm, so the record's boxes
/// (unrotated user space) are turned with it. The rotated fixtures (testdata/review/rotated, made by
/// testdata/generate_rotated_fixtures.sh) are the 26-line VDRP order with only <c>/Rotate</c> added, so the upright
/// order's record holds the boxes of the words on each of them.</summary>
public class ReviewRotationTests
{
    private static string Rotated(string name) => Path.Combine(TestPaths.TestData, "review", "rotated", name);

    /// <summary>A 612 × 792 pt page (letter) shown at each rotation; a box 100 pt wide and 20 pt high near the top left.</summary>
    [Theory]
    [InlineData(0, 612, 792, 0, 0, 100, 72, 100, 20)]
    [InlineData(90, 792, 612, 0, 0, 700, 100, 20, 100)]
    [InlineData(180, 612, 792, 0, 0, 412, 700, 100, 20)]
    [InlineData(270, 792, 612, 0, 0, 72, 412, 20, 100)]
    [InlineData(0, 612, 792, 10, 20, 90, 92, 100, 20)]
    [InlineData(90, 792, 612, 10, 20, 680, 90, 20, 100)]
    public void A_box_is_turned_with_its_page(int rotation, double shownWidth, double shownHeight, double originX, double originY, double x, double y, double w, double h)
    {
        var page = new PageImage(1, "p.jpg", 1, 1, shownWidth, shownHeight, rotation, originX, originY);
        page.ToDisplay(new ReviewBox(100, 700, 200, 720)).Should().Be((x, y, w, h));
    }

    [Theory]
    [InlineData("<< /Type /Page /MediaBox [ 0 0 612 792 ] >>", true)]
    [InlineData("<</Type/Page/MediaBox[0 0 612 792]>>", true)]
    [InlineData("<< /MediaBox [0.0 -0 595 842] >> << /MediaBox [ 0 0 612 792 ] >>", true)]
    [InlineData("<< /MediaBox [ 18 0 612 792 ] >>", false)]
    [InlineData("<< /MediaBox [ 0 36 612 792 ] >>", false)]
    [InlineData("<< /MediaBox 7 0 R >>", false)]
    [InlineData("<< /Type /Page /Rotate 90 /MediaBox [ 0 0 612 792 ] >>", false)]
    [InlineData("<< /Type /ObjStm /N 4 >>", false)]
    [InlineData("no page dictionary at all", true)]
    public void The_raw_bytes_decide_when_no_page_can_be_turned(string bytes, bool upright) =>
        PdfPageGeometry.IsPlainlyUpright(Encoding.Latin1.GetBytes(bytes)).Should().Be(upright, bytes);

    [Theory]
    [InlineData("pdf-vdrp-rotate-90.pdf", 90, 90)]
    [InlineData("pdf-vdrp-rotate-180.pdf", 180, 180)]
    [InlineData("pdf-vdrp-rotate-270.pdf", 270, 270)]
    [InlineData("pdf-vdrp-rotate-90-270.pdf", 90, 270)]
    public void Each_page_reports_its_rotation(string file, int first, int second) =>
        PdfPageGeometry.Read(File.ReadAllBytes(Rotated(file)))!.Select(p => p.Rotation).Should().Equal(first, second);

    [Fact]
    public void An_upright_pdf_needs_no_geometry() =>
        PdfPageGeometry.Read(File.ReadAllBytes(ReviewFixtures.Order("pdf-vdrp-26-lines", "input.pdf"))).Should().BeNull();

    [SkippableFact]
    public async Task Turned_pages_in_chromium_carry_every_box_on_the_printed_text()
    {
        HeadlessChromium.Require();
        const int dpi = 100;
        var upright = await StayOrderExtractor.ExtractFileAsync(ReviewFixtures.Order("pdf-vdrp-26-lines", "input.pdf"));
        var boxes = upright.Order!.Provenance.Where(p => p.Value.Box is not null).ToArray();
        boxes.Should().Contain(b => b.Key == "caseNumber");
        var files = new[] { "pdf-vdrp-rotate-90.pdf", "pdf-vdrp-rotate-180.pdf", "pdf-vdrp-rotate-270.pdf", "pdf-vdrp-rotate-90-270.pdf" };
        var records = files.Select(f =>
        {
            var node = JsonNode.Parse(StayOrderJson.Serialize(upright, indented: false))!;
            node["source"]!["path"] = Rotated(f);
            return node.ToJsonString();
        }).Prepend(StayOrderJson.Serialize(upright, indented: false)).ToArray();

        // One report with the upright file and the turned ones: the upright ones may share a pdftoppm batch, the turned
        // ones are rendered alone; every page must come out right either way.
        var report = await StayOrderReport.WriteRecordsAsync(records, ReviewFixtures.TempDir("rotated"), StayOrderReportOptions.Default with { Dpi = dpi, MaxParallelism = 2 });
        report.Problems.Should().BeEmpty();
        await using var browser = await HeadlessChromium.StartAsync();
        foreach (var page in report.Pages)
        {
            var html = await File.ReadAllTextAsync(page);
            var file = files.FirstOrDefault(f => html.Contains(f, StringComparison.Ordinal));
            var rotations = file is null ? [0, 0] : PdfPageGeometry.Read(File.ReadAllBytes(Rotated(file)))!.Select(g => g.Rotation).ToArray();
            await browser.NavigateAsync(page);
            foreach (var (key, span) in boxes)
            {
                var rotation = rotations[span.Page - 1];
                var m = await PageGeometryProbe.MeasureAsync(browser, span.Page, key);
                m.Should().NotBeNull($"{file}: the field '{key}' has a box");
                var turned = rotation is 90 or 270;
                m!.V("nw").Should().BeApproximately((turned ? 792 : 612) * dpi / 72.0, 1, "pdftoppm renders page {0} of {1} turned by {2}", span.Page, file ?? "the upright file", rotation);

                // The box's corners turned clockwise about the page, in pixels of the shown image.
                var scale = m.V("iw") / (m.V("nw") * 72.0 / dpi);
                var b = span.Box!;
                var corners = new[] { (b.Left, b.Bottom), (b.Right, b.Top) }.Select(c => Turn(c.Item1, c.Item2, rotation)).ToArray();
                var (left, top) = (corners.Min(c => c.X) * scale, corners.Min(c => c.Y) * scale);
                var (width, height) = ((corners.Max(c => c.X) * scale) - left, (corners.Max(c => c.Y) * scale) - top);
                var what = $"{key} on page {span.Page} of {file ?? "the upright file"} (rotation {rotation})";
                m.V("l").Should().BeApproximately(m.V("il") + left, 1.5, what);
                m.V("t").Should().BeApproximately(m.V("it") + top, 1.5, what);
                m.V("w").Should().BeApproximately(width, 1.5, what);
                m.V("h").Should().BeApproximately(height, 1.5, what);
                m.V("ink").Should().BeGreaterThan(0.03, "the box of {0} lies on printed text", what);
            }
        }
    }

    /// <summary>A point of the 612 × 792 pt page (origin bottom-left) on the page shown turned clockwise (origin top-left).</summary>
    private static (double X, double Y) Turn(double x, double y, int rotation) => rotation switch
    {
        90 => (y, x),
        180 => (612 - x, y),
        270 => (792 - y, 612 - x),
        _ => (x, 792 - y),
    };
}
