using CaseStay.Extract.Serialization;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Hostile;

/// <summary>One batch of hostile files beside good ones: every file gets exactly one record, each hostile file its
/// typed one, and every good file the same record it gets alone.</summary>
public class HostileBatchTests
{
    [Fact]
    public async Task HostileFilesBesideGoodOnes_EveryFileOneRecord_GoodFilesKeepTheirs()
    {
        var folder = Directory.CreateTempSubdirectory("casestay-hostile-batch-");
        try
        {
            var hostile = HostileFixtures.WriteAll(folder.FullName);
            var good = Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.*", SearchOption.AllDirectories)
                .Where(f => (f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal)) && !f.Contains("scan-", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList();

            // Hostile files first: a crash would cost every record after it.
            var files = hostile.Concat(good).ToList();
            var options = BatchOptions.Default with { MaxParallelism = 2, Extraction = ExtractionOptions.Default with { OcrMode = Extract.Ocr.OcrMode.Never } };
            var results = new List<ExtractionResult>();
            await foreach (var r in StayOrderBatch.ExtractAllAsync(files, options))
            {
                results.Add(r);
            }

            results.Select(r => r.Source.Path).Should().BeEquivalentTo(files, "every path exactly once");
            foreach (var fixture in HostileFixtures.All())
            {
                var record = results.Single(r => Path.GetFileName(r.Source.Path) == fixture.Name && r.Source.Path!.StartsWith(folder.FullName, StringComparison.Ordinal));
                (record.Error?.Code).Should().Be(fixture.ExpectedError, fixture.Name);
            }

            foreach (var path in good)
            {
                var alone = await StayOrderExtractor.ExtractFileAsync(path, options.Extraction);
                var inBatch = results.Single(r => r.Source.Path == path);
                StayOrderJson.Serialize(inBatch).Should().Be(StayOrderJson.Serialize(alone), path);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
