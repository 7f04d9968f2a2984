using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Batch;

public class BatchTests
{
    private static List<string> Inputs() =>
        Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || (f.EndsWith(".pdf", StringComparison.Ordinal) && !f.Contains("scan-", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Ordered_YieldsInputOrder_WithProgress_AndIsolatesErrors()
    {
        var files = Inputs();
        files.Insert(3, "/nonexistent/a.txt");
        var progress = new List<BatchProgress>();
        var reporter = new SyncProgress(progress);
        var results = new List<ExtractionResult>();
        await foreach (var r in StayOrderBatch.ExtractAllAsync(files, BatchOptions.Default with { Ordered = true, MaxParallelism = 2 }, reporter))
        {
            results.Add(r);
        }

        results.Select(r => r.Source.Path).Should().Equal(files);
        results[3].Error!.Code.Should().Be(ErrorCodes.FileNotFound);
        results.Count(r => r.Success).Should().Be(files.Count - 1);
        progress.Should().HaveCount(files.Count);
        progress.Max(p => p.Completed).Should().Be(files.Count);
        progress.Max(p => p.Failed).Should().Be(1);
    }

    [Fact]
    public async Task Unordered_AllFilesExactlyOnce()
    {
        var files = Inputs();
        var seen = new List<string?>();
        await foreach (var r in StayOrderBatch.ExtractAllAsync(files, BatchOptions.Default with { MaxParallelism = 4 }))
        {
            seen.Add(r.Source.Path);
        }

        seen.Should().BeEquivalentTo(files);
    }

    private sealed class SyncProgress(List<BatchProgress> sink) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            lock (sink)
            {
                sink.Add(value);
            }
        }
    }
}
