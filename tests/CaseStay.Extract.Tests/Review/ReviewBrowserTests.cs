using System.Text.Json.Nodes;
using CaseStay.Extract.Corrections;
using CaseStay.Extract.Review;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Review;

/// <summary>The review pages in a real headless Chromium: every field box lies where the record's box says on the
/// rendered page, clicking links field and box, the index's attention order and sorting, untrusted text stays text,
/// and a clerk's correction made on the page round-trips through <c>corrections.json</c>.</summary>
public class ReviewBrowserTests
{
    private const int Dpi = 100;

    [SkippableFact]
    public async Task Pdf_page_draws_every_box_where_the_record_puts_it_and_links_field_and_box()
    {
        HeadlessChromium.Require();
        var result = await StayOrderExtractor.ExtractFileAsync(ReviewFixtures.Order("pdf-vdrp-26-lines", "input.pdf"));
        var boxes = result.Order!.Provenance.Where(p => p.Value.Box is not null).ToArray();
        boxes.Should().NotBeEmpty();
        var dir = ReviewFixtures.TempDir("browser-pdf");
        var report = await StayOrderReport.WriteAsync([result], dir, StayOrderReportOptions.Default with { Dpi = Dpi });
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(report.Pages.Single());

        foreach (var (key, span) in boxes)
        {
            var id = key.Replace('.', '-');
            var measured = (await browser.EvaluateAsync($$"""
                (function () {
                  var img = document.querySelector('#page-{{span.Page}} img').getBoundingClientRect();
                  var n = document.querySelector('#page-{{span.Page}} img');
                  var r = document.querySelector('#box-{{id}} rect');
                  if (!r) { return null; }
                  var b = r.getBoundingClientRect();
                  return { il: img.left, it: img.top, iw: img.width, nw: n.naturalWidth, nh: n.naturalHeight, l: b.left, t: b.top, w: b.width, h: b.height,
                           label: document.querySelector('#box-{{id}} text').textContent };
                })()
                """))?.AsObject();
            measured.Should().NotBeNull($"the field '{key}' has a box, so the page must draw an overlay for it");
            double V(string name) => measured![name]!.GetValue<double>();
            var pageWidthPt = V("nw") * 72.0 / Dpi;
            var pageHeightPt = V("nh") * 72.0 / Dpi;
            var scale = V("iw") / pageWidthPt;
            var box = span.Box!;
            V("l").Should().BeApproximately(V("il") + (box.Left * scale), 1.5, key);
            V("t").Should().BeApproximately(V("it") + ((pageHeightPt - box.Top) * scale), 1.5, key);
            V("w").Should().BeApproximately((box.Right - box.Left) * scale, 1.5, key);
            V("h").Should().BeApproximately((box.Top - box.Bottom) * scale, 1.5, key);
            measured!["label"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace("each box carries a visible label (colour is not the only cue)");
        }

        var key0 = boxes[0].Key.Replace('.', '-');
        (await browser.EvaluateAsync($"document.getElementById('field-{key0}').click(); document.getElementById('box-{key0}').classList.contains('selected')"))!
            .GetValue<bool>().Should().BeTrue("clicking a field selects its box");
        var other = boxes[^1].Key.Replace('.', '-');
        (await browser.EvaluateAsync($"document.querySelector('#box-{other} rect').dispatchEvent(new MouseEvent('click', {{ bubbles: true }})); document.getElementById('field-{other}').classList.contains('selected') && !document.getElementById('field-{key0}').classList.contains('selected')"))!
            .GetValue<bool>().Should().BeTrue("clicking a box selects its field");
        (await browser.EvaluateAsync("document.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', bubbles: true })); document.querySelectorAll('[data-field-row].selected').length"))!
            .GetValue<int>().Should().Be(1, "the f key moves to the next field");

        var png = await browser.ScreenshotAsync();
        var (distinct, top) = ReviewFixtures.PixelVariety(png);
        distinct.Should().BeGreaterThan(16, "the screenshot shows a page, not a blank");
        top.Should().BeLessThan(0.98);
        await SaveScreenshot(png, "review-page.png");
    }

    [SkippableFact]
    public async Task Index_rows_follow_the_attention_order_and_sort_by_a_clicked_column()
    {
        HeadlessChromium.Require();
        var results = new[]
        {
            await StayOrderExtractor.ExtractFileAsync(ReviewFixtures.Order("pdf-appeal", "input.pdf")),
            await StayOrderExtractor.ExtractFileAsync(ReviewFixtures.Order("pdf-vdrp-misnumbered", "input.pdf")),
            await StayOrderExtractor.ExtractFileAsync(Path.Combine(ReviewFixtures.TempDir("gone"), "gone.pdf")),
            await StayOrderExtractor.ExtractFileAsync(ReviewFixtures.Order("rhines-clean", "input.txt")),
        };
        var report = await StayOrderReport.WriteAsync(results, ReviewFixtures.TempDir("browser-index"), StayOrderReportOptions.Default with { RenderPages = false });
        await using var browser = await HeadlessChromium.StartAsync(1280, 700);
        await browser.NavigateAsync(report.IndexPath);
        var rows = (await browser.EvaluateAsync("Array.prototype.map.call(document.querySelectorAll('#files tbody tr'), function (r) { return [r.getAttribute('data-rank'), r.cells[1].textContent, r.cells[2].textContent]; })"))!.AsArray();
        rows.Should().HaveCount(4);
        rows.Select(r => r![0]!.GetValue<string>()).Should().Equal("0", "1", "2", "2");
        rows[0]![1]!.GetValue<string>().Should().EndWith("gone.pdf");
        rows.Select(r => r![2]!.GetValue<string>()).Should().Contain(results[0].Order!.CaseNumber!.Normalized);

        var sorted = (await browser.EvaluateAsync("document.querySelectorAll('#files thead th')[2].click(); Array.prototype.map.call(document.querySelectorAll('#files tbody tr'), function (r) { return r.cells[2].textContent; })"))!
            .AsArray().Select(n => n!.GetValue<string>()).ToArray();
        sorted.Should().BeInAscendingOrder(StringComparer.Ordinal, "a click on the case-number header sorts by it");
        (await browser.EvaluateAsync("var f = document.getElementById('filter'); f.value = 'gone'; f.dispatchEvent(new Event('input')); document.querySelectorAll('#files tbody tr:not([hidden])').length"))!
            .GetValue<int>().Should().Be(1, "the filter box hides the other rows");

        var png = await browser.ScreenshotAsync();
        ReviewFixtures.PixelVariety(png).Distinct.Should().BeGreaterThan(8);
        await SaveScreenshot(png, "review-index.png");
    }

    [SkippableFact]
    public async Task Hostile_text_renders_as_text_and_a_correction_made_on_the_page_round_trips()
    {
        HeadlessChromium.Require();
        var dir = ReviewFixtures.TempDir("browser-xss");
        var input = Path.Combine(dir, "hostile.txt");
        await File.WriteAllTextAsync(input, ReviewFixtures.HostileOrder);
        var result = await StayOrderExtractor.ExtractFileAsync(input);
        var report = await StayOrderReport.WriteAsync([result], Path.Combine(dir, "out"));
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(report.Pages.Single());

        (await browser.EvaluateAsync("document.scripts.length"))!.GetValue<int>().Should().Be(2, "the page's data and code, nothing from the order");
        (await browser.EvaluateAsync("document.querySelectorAll('img').length"))!.GetValue<int>().Should().Be(0);
        (await browser.EvaluateAsync("document.querySelector('pre.doc-text').textContent.indexOf('<script>alert(1)</script>') >= 0"))!.GetValue<bool>().Should().BeTrue();
        (await browser.EvaluateAsync("document.querySelector('.fields').textContent.indexOf('<script>alert(1)</script>') >= 0"))!.GetValue<bool>().Should().BeTrue("the party is listed as text");

        // The clerk corrects the dated line on the page; the page builds corrections.json.
        var json = (await browser.EvaluateAsync("var i = document.querySelector('[data-correct=\"dated\"]'); i.value = '2025-03-04'; i.dispatchEvent(new Event('change')); window.casestayCorrectionsJson()"))!.GetValue<string>();
        CorrectionSet.TryParse(json, out var set, out var error).Should().BeTrue(error);
        set!.Entries.Should().ContainSingle().Which.Should().Be(new Correction(result.Source.Sha256, CorrectionFields.Dated, "2025-03-04") { Path = input, Original = "2025-03-03" });
        var file = Path.Combine(dir, "corrections.json");
        await File.WriteAllTextAsync(file, json);
        var (code, stdout, stderr) = await CliRunner.Run("extract", input, "--corrections", file, "--ocr", "never");
        code.Should().Be(0, stderr);
        stdout.Should().Contain("\"dated\": \"2025-03-04\"").And.Contain("\"corrected\": true").And.Contain("\"original\": \"2025-03-03\"");
    }

    /// <summary>Keeps the screenshot of the run in the test output folder (README's picture is copied from there).</summary>
    private static async Task SaveScreenshot(byte[] png, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "review-screenshots");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), png);
    }
}
