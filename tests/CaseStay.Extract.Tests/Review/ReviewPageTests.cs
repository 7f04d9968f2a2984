using System.Text.RegularExpressions;
using CaseStay.Extract.Review;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Review;

/// <summary>The review pages' HTML: golden files for a PDF and a text fixture, escaping of document text, attention order.</summary>
public class ReviewPageTests
{
    [Theory]
    [InlineData("pdf-appeal", "input.pdf")]
    [InlineData("rhines-clean", "input.txt")]
    public async Task File_page_matches_its_golden_html(string fixture, string file)
    {
        var result = await StayOrderExtractor.ExtractFileAsync(ReviewFixtures.Order(fixture, file));
        var dir = ReviewFixtures.TempDir(fixture);
        var report = await StayOrderReport.WriteAsync([result], dir);
        report.Problems.Should().BeEmpty();
        var actual = Normalize(await File.ReadAllTextAsync(report.Pages.Single()));
        var golden = Path.Combine(TestPaths.TestData, "review", fixture + ".html");
        if (Environment.GetEnvironmentVariable("CASESTAY_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            await File.WriteAllTextAsync(golden, actual);
        }

        File.Exists(golden).Should().BeTrue($"{golden} is the golden file (CASESTAY_UPDATE_GOLDEN=1 writes it)");
        actual.Should().Be(await File.ReadAllTextAsync(golden), "the review page of {0} must not change unnoticed (CASESTAY_UPDATE_GOLDEN=1 rewrites it; read the diff)", fixture);
        if (file.EndsWith(".pdf", StringComparison.Ordinal))
        {
            actual.Should().Contain("<svg class=\"overlay\"").And.Contain("pages/0001-input-1.jpg");
            File.Exists(Path.Combine(dir, "pages", "0001-input-1.jpg")).Should().BeTrue("pdftoppm rendered the page");
        }
        else
        {
            actual.Should().Contain("<pre class=\"doc-text\">").And.Contain("data-box=\"caseNumber\"");
        }
    }

    /// <summary>The only volatile part of a page is where the repository sits (the source path).</summary>
    private static string Normalize(string html) => html.Replace(TestPaths.RepoRoot, "$REPO", StringComparison.Ordinal);

    [Fact]
    public async Task Markup_in_a_party_name_is_shown_as_text_never_as_html()
    {
        var dir = ReviewFixtures.TempDir("xss");
        var input = Path.Combine(dir, "hostile.txt");
        await File.WriteAllTextAsync(input, ReviewFixtures.HostileOrder);
        var result = await StayOrderExtractor.ExtractFileAsync(input);
        result.Order!.Parties!.Plaintiffs.Should().Contain(p => p.Contains("<script>alert(1)</script>"), "the caption reader keeps the printed name (the test's premise)");
        var report = await StayOrderReport.WriteAsync([result], Path.Combine(dir, "out"));
        foreach (var page in report.Pages.Append(report.IndexPath))
        {
            var html = await File.ReadAllTextAsync(page);
            html.Should().NotContain("<script>alert").And.NotContain("<img src=x");
            Regex.Matches(html, "<script").Count.Should().BeLessThanOrEqualTo(2, "only the page's own data and code scripts");
            html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        }

        (await File.ReadAllTextAsync(report.Pages.Single())).Should().Contain("&lt;img src=x onerror=alert(2)&gt;", "the directive's markup is shown as text");
    }

    [Fact]
    public async Task Pdfs_rendered_in_one_batch_get_the_same_pages_as_one_by_one()
    {
        var inputs = new[] { ReviewFixtures.Order("pdf-appeal", "input.pdf"), ReviewFixtures.Order("pdf-vdrp-gap", "input.pdf") };
        var results = new List<ExtractionResult>();
        foreach (var input in inputs)
        {
            results.Add(await StayOrderExtractor.ExtractFileAsync(input));
        }

        var batched = await StayOrderReport.WriteAsync(results, ReviewFixtures.TempDir("batch"), StayOrderReportOptions.Default with { MaxParallelism = 1 });
        batched.Problems.Should().BeEmpty();
        var folder = Path.Combine(Path.GetDirectoryName(batched.IndexPath)!, "pages");
        var ofPage = new Dictionary<string, ExtractionResult>();
        foreach (var page in batched.Pages)
        {
            var text = await File.ReadAllTextAsync(page);
            ofPage[page] = results.Single(r => text.Contains(r.Source.Sha256, StringComparison.Ordinal));
        }

        Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo(
            batched.Pages.SelectMany(p => Enumerable.Range(1, ofPage[p].Source.Pages).Select(n => Path.GetFileNameWithoutExtension(p) + "-" + n + ".jpg")),
            "one image per page under each file's name, nothing of the batch left over");
        foreach (var page in batched.Pages)
        {
            var result = ofPage[page];
            var alone = await StayOrderReport.WriteAsync([result], ReviewFixtures.TempDir("alone"));
            var html = await File.ReadAllTextAsync(page);
            var single = await File.ReadAllTextAsync(alone.Pages.Single());
            Regex.Matches(html, "<img src=\"pages/[^\"]+-(\\d+)\\.jpg\" width=\"(\\d+)\" height=\"(\\d+)\"").Select(m => m.Groups[1].Value + "x" + m.Groups[2].Value + "x" + m.Groups[3].Value)
                .Should().Equal(Regex.Matches(single, "<img src=\"pages/[^\"]+-(\\d+)\\.jpg\" width=\"(\\d+)\" height=\"(\\d+)\"").Select(m => m.Groups[1].Value + "x" + m.Groups[2].Value + "x" + m.Groups[3].Value))
                .And.HaveCount(result.Source.Pages);
        }
    }

    [Fact]
    public async Task Index_puts_errors_first_then_files_with_warnings_then_the_rest_by_due_date()
    {
        var results = new List<ExtractionResult>
        {
            await StayOrderExtractor.ExtractFileAsync(ReviewFixtures.Order("rhines-clean", "input.txt")),
            await StayOrderExtractor.ExtractFileAsync(ReviewFixtures.Order("pdf-vdrp-misnumbered", "input.pdf")),
            await StayOrderExtractor.ExtractFileAsync(Path.Combine(ReviewFixtures.TempDir("missing"), "gone.pdf")),
            await StayOrderExtractor.ExtractFileAsync(ReviewFixtures.Order("pdf-appeal", "input.pdf")),
        };
        results[1].Warnings.Should().Contain(w => w.Code == WarningCodes.DirectiveNumbering);
        var report = await StayOrderReport.WriteAsync(results, ReviewFixtures.TempDir("index"), StayOrderReportOptions.Default with { RenderPages = false });
        var html = await File.ReadAllTextAsync(report.IndexPath);
        var ranks = Regex.Matches(html, "data-rank=\"(\\d)\"").Select(m => int.Parse(m.Groups[1].Value)).ToArray();
        ranks.Should().Equal(0, 1, 2, 2);
        var links = Regex.Matches(html, "<td><a href=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToArray();
        links.Should().HaveCount(4);
        links[0].Should().Contain("gone");
        links[1].Should().Contain("input", "the misnumbered order (a warning) comes second");
        report.Pages.Should().HaveCount(4).And.OnlyContain(p => File.Exists(p));
    }
}
