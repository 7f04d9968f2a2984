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
    public async Task Review_needs_files_or_from_but_not_both()
    {
        var dir = ReviewFixtures.TempDir("cli-usage");
        (await CliRunner.Run("review", "--out", dir)).Code.Should().Be(2);
        (await CliRunner.Run("review", ReviewFixtures.Order("rhines-clean", "input.txt"), "--from", "x.jsonl", "--out", dir)).Code.Should().Be(2);
        (await CliRunner.Run("review", "--from", Path.Combine(dir, "missing.jsonl"), "--out", dir)).Code.Should().Be(3);
    }
}
