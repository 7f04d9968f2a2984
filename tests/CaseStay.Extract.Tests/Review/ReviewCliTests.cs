using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Review;

/// <summary><c>casestay review</c>: from files (extract, then the pages) and from an earlier run's JSON Lines.</summary>
public class ReviewCliTests
{
    [Fact]
    public async Task Review_of_files_and_review_of_their_records_write_the_same_pages()
    {
        var dir = ReviewFixtures.TempDir("cli");
        var first = Path.Combine(dir, "first");
        var (code, stdout, stderr) = await CliRunner.Run("review", ReviewFixtures.Order("pdf-appeal", "input.pdf"), ReviewFixtures.Order("rhines-clean", "input.txt"),
            "--out", first, "--ocr", "never", "--parallel", "2");
        code.Should().Be(0, stderr);
        stdout.Should().Contain(Path.Combine(first, "index.html"));
        File.ReadAllLines(Path.Combine(first, "records.jsonl")).Should().HaveCount(2);
        Directory.GetFiles(first, "0*.html").Should().HaveCount(2);
        Directory.GetFiles(Path.Combine(first, "pages"), "*.jpg").Should().ContainSingle("the PDF's one page is rendered; the text is shown as text");

        var second = Path.Combine(dir, "second");
        (code, _, stderr) = await CliRunner.Run("review", "--from", Path.Combine(first, "records.jsonl"), "--out", second);
        code.Should().Be(0, stderr);
        foreach (var page in Directory.GetFiles(first, "*.html"))
        {
            (await File.ReadAllTextAsync(Path.Combine(second, Path.GetFileName(page)))).Should().Be(await File.ReadAllTextAsync(page), "the same records give the same page");
        }
    }

    [Fact]
    public async Task Review_from_records_converts_a_tiff_to_one_png_page_per_frame()
    {
        // The TIFF fixture's golden record (real OCR boxes), its source path made absolute: no OCR runs here.
        var record = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(ReviewFixtures.Order("image-tiff-vdrp", "expected.json")))!;
        record["source"]!["path"] = ReviewFixtures.Order("image-tiff-vdrp", "input.tif");
        var dir = ReviewFixtures.TempDir("cli-tiff");
        var jsonl = Path.Combine(dir, "records.jsonl");
        await File.WriteAllTextAsync(jsonl, record.ToJsonString() + "\n");
        var (code, _, stderr) = await CliRunner.Run("review", "--from", jsonl, "--out", Path.Combine(dir, "out"));
        code.Should().Be(0, stderr);
        stderr.Should().NotContain("review:", "every page converts (Leptonica, installed with tesseract-ocr by .ci/prereqs)");
        Directory.GetFiles(Path.Combine(dir, "out", "pages"), "*.png").Select(Path.GetFileName).Should().BeEquivalentTo(["0001-input-1.png", "0001-input-2.png"]);
    }

    [Fact]
    public async Task Review_needs_files_or_from_but_not_both()
    {
        var dir = ReviewFixtures.TempDir("cli-usage");
        (await CliRunner.Run("review", "--out", dir)).Code.Should().Be(2);
        (await CliRunner.Run("review", ReviewFixtures.Order("rhines-clean", "input.txt"), "--from", "x.jsonl", "--out", dir)).Code.Should().Be(2);
        (await CliRunner.Run("review", "--from", Path.Combine(dir, "missing.jsonl"), "--out", dir)).Code.Should().Be(3);
    }
}
