using CaseStay.Extract.Tests.Ocr;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Batch;

/// <summary>The batch's own large-stack workers: a file that times out does not hold up the files after it.</summary>
public sealed class BatchWorkerTests(OcrFixture ocr) : IClassFixture<OcrFixture>
{
    [Fact]
    public async Task AWorkerStuckOnATimedOutFile_IsReplaced_SoTheRestStillFinishInTime()
    {
        // One worker; the first file is a 300 dpi scan of 24 pages forced through OCR (half a minute of work on an
        // idle machine), the rest are text orders that take milliseconds. The 5 s budget is far from both, so a busy
        // machine cannot turn either side. Without a replacement worker the texts would wait behind the stuck one
        // and time out too.
        var scan = Path.Combine(Path.GetTempPath(), $"casestay-stuck-{Guid.NewGuid():N}.pdf");
        var page = Path.Combine(TestPaths.TestData, "orders", "scan-vdrp-300dpi", "input.pdf");
        File.WriteAllBytes(scan, UglyToad.PdfPig.Writer.PdfMerger.Merge(Enumerable.Repeat(page, 12).ToArray()));
        var texts = Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(4).ToList();
        var extraction = ocr.Options with { OcrMode = CaseStay.Extract.Ocr.OcrMode.Always };
        StayOrderExtractor.ExtractFile(texts[0], extraction).Success.Should().BeTrue("the text path is warm before the timed run");

        var options = BatchOptions.Default with { MaxParallelism = 1, PerFileTimeout = TimeSpan.FromSeconds(5), Ordered = true, Extraction = extraction };
        var results = new List<ExtractionResult>();
        await foreach (var r in StayOrderBatch.ExtractAllAsync([scan, .. texts], options))
        {
            results.Add(r);
        }

        File.Delete(scan);
        results.Should().HaveCount(5);
        results[0].Error!.Code.Should().Be(ErrorCodes.Timeout);
        results.Skip(1).Should().OnlyContain(r => r.Success, "each text file got a fresh worker, not the one stuck on the scan");
    }

    [Fact]
    public async Task PdfsInABatch_GiveTheSameRecordsAsOneAtATime()
    {
        var pdfs = Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.pdf", SearchOption.AllDirectories)
            .Where(p => p.Contains("pdf-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var options = BatchOptions.Default with { MaxParallelism = 2, Ordered = true };
        var batch = new List<ExtractionResult>();
        await foreach (var r in StayOrderBatch.ExtractAllAsync(pdfs, options))
        {
            batch.Add(r);
        }

        batch.Should().HaveCount(pdfs.Count);
        for (var i = 0; i < pdfs.Count; i++)
        {
            var single = await StayOrderExtractor.ExtractFileAsync(pdfs[i]);
            Serialization.StayOrderJson.Serialize(batch[i], indented: false).Should().Be(Serialization.StayOrderJson.Serialize(single, indented: false), pdfs[i]);
        }
    }
}
