using System.Text;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace CaseStay.Extract.Tests.Batch;

/// <summary>Hostile input: every case ends in a record (value or typed error) within its timeout, never an exception or a hang.</summary>
public sealed class FaultInjectionTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("casestay-faults-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static readonly string[] s_allowed =
    [
        ErrorCodes.PdfCorrupt, ErrorCodes.PdfEncrypted, ErrorCodes.EmptyDocument, ErrorCodes.TooLarge, ErrorCodes.Timeout, ErrorCodes.ImageCorrupt,
        ErrorCodes.OcrUnavailable, ErrorCodes.UnsupportedFormat,
    ];

    private async Task<List<ExtractionResult>> RunBatch(IEnumerable<string> files, TimeSpan? timeout = null)
    {
        var results = new List<ExtractionResult>();
        var options = BatchOptions.Default with { PerFileTimeout = timeout ?? TimeSpan.FromSeconds(60) };
        await foreach (var r in StayOrderBatch.ExtractAllAsync(files, options))
        {
            results.Add(r);
        }

        return results;
    }

    [Fact]
    public async Task EveryFixture_TruncatedAtManyOffsets_AndFlipped_EndsInARecord()
    {
        var fixtures = Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Where(f => !f.Contains("scan-", StringComparison.Ordinal))
            .ToList();
        var files = new List<string>();
        var random = new Random(2024);
        foreach (var fixture in fixtures)
        {
            var bytes = await File.ReadAllBytesAsync(fixture);
            var name = Path.GetFileName(Path.GetDirectoryName(fixture)!);
            foreach (var fraction in new[] { 0.01, 0.1, 0.33, 0.5, 0.77, 0.99 })
            {
                var path = Path.Combine(_dir.FullName, $"{name}-cut{fraction}{Path.GetExtension(fixture)}");
                await File.WriteAllBytesAsync(path, bytes[..(int)(bytes.Length * fraction)]);
                files.Add(path);
            }

            var flipped = (byte[])bytes.Clone();
            for (var k = 0; k < 40; k++)
            {
                flipped[random.Next(flipped.Length)] ^= (byte)random.Next(1, 256);
            }

            var flippedPath = Path.Combine(_dir.FullName, $"{name}-flipped{Path.GetExtension(fixture)}");
            await File.WriteAllBytesAsync(flippedPath, flipped);
            files.Add(flippedPath);
        }

        var results = await RunBatch(files);
        results.Should().HaveCount(files.Count);
        results.Select(r => r.Source.Path).Should().BeEquivalentTo(files);
        foreach (var r in results)
        {
            (r.Success || s_allowed.Contains(r.Error!.Code)).Should().BeTrue($"{r.Source.Path}: {r.Error?.Code} {r.Error?.Message}");
        }
    }

    [Fact]
    public async Task HostileFiles_EachEndsInATypedRecord()
    {
        var garbage = Path.Combine(_dir.FullName, "garbage.pdf");
        var random = new byte[100_000];
        new Random(5).NextBytes(random);
        await File.WriteAllBytesAsync(garbage, random);

        var zero = Path.Combine(_dir.FullName, "zero.pdf");
        await File.WriteAllBytesAsync(zero, []);

        var huge = Path.Combine(_dir.FullName, "huge.pdf");
        await using (var fs = File.Create(huge))
        {
            fs.SetLength(200L * 1024 * 1024);
        }

        var junkTxt = Path.Combine(_dir.FullName, "junk.txt");
        await File.WriteAllBytesAsync(junkTxt, random);

        var longLine = Path.Combine(_dir.FullName, "long.txt");
        await File.WriteAllTextAsync(longLine, string.Concat(Enumerable.Repeat("IT IS HEREBY ORDERED that 1. This action is STAYED 12 13 14 ", 50 * 1024 * 1024 / 60)));

        var nested = Path.Combine(_dir.FullName, "nested.pdf");
        await File.WriteAllTextAsync(nested, "%PDF-1.4\n1 0 obj\n" + new string('[', 100_000) + new string(']', 100_000) + "\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", Encoding.ASCII);

        var results = await RunBatch([garbage, zero, huge, junkTxt, longLine, nested]);
        var byName = results.ToDictionary(r => Path.GetFileName(r.Source.Path!)!);
        byName["garbage.pdf"].Error!.Code.Should().Be(ErrorCodes.PdfCorrupt);
        byName["zero.pdf"].Error!.Code.Should().Be(ErrorCodes.EmptyDocument);
        byName["huge.pdf"].Error!.Code.Should().Be(ErrorCodes.TooLarge);
        byName["junk.txt"].Error!.Code.Should().Be(ErrorCodes.UnsupportedFormat, "random bytes are not text, whatever the name says");
        byName["long.txt"].Success.Should().BeTrue(byName["long.txt"].Error?.Message);
        byName["nested.pdf"].Error!.Code.Should().Be(ErrorCodes.PdfCorrupt);
    }

    [Fact]
    public async Task TwoThousandPages_Completes()
    {
        var path = Path.Combine(_dir.FullName, "pages.pdf");
        using (var builder = new PdfDocumentBuilder())
        {
            var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.TimesRoman);
            for (var i = 1; i <= 2000; i++)
            {
                var page = builder.AddPage(PageSize.Letter);
                page.AddText($"Page {i} of an exhibit that goes on and on.", 12, new PdfPoint(72, 700), font);
            }

            await File.WriteAllBytesAsync(path, builder.Build());
        }

        var result = (await RunBatch([path], TimeSpan.FromMinutes(3))).Single();
        result.Success.Should().BeTrue(result.Error?.Message);
        result.Source.Pages.Should().Be(2000);
        result.Order!.IsStayOrder.Should().BeFalse();
    }

    [Fact]
    public async Task Timeout_YieldsATimeoutRecord_AndTheBatchGoesOn()
    {
        // A text whose reading takes seconds of CPU (16 MiB of operative sentences) against a 1 ms budget: the
        // deadline passes long before the work could end, however busy the machine (a small file could win the race).
        var slow = Path.Combine(_dir.FullName, "slow.txt");
        const string Sentence = "IT IS HEREBY ORDERED that 1. This action is STAYED pending arbitration, within 30 days. ";
        await File.WriteAllTextAsync(slow, string.Concat(Enumerable.Repeat(Sentence, 16 * 1024 * 1024 / Sentence.Length)));
        var quick = Path.Combine(TestPaths.TestData, "orders", "denial-pleading", "input.txt");
        var results = await RunBatch([slow, quick], TimeSpan.FromMilliseconds(1));
        results.Should().HaveCount(2);
        results.Single(r => r.Source.Path == slow).Error?.Code.Should().Be(ErrorCodes.Timeout);
        results.Single(r => r.Source.Path == quick).Should().Match<ExtractionResult>(r => r.Success || r.Error!.Code == ErrorCodes.Timeout,
            "the batch goes on after a timeout: the next file gets its own record");
    }
}
