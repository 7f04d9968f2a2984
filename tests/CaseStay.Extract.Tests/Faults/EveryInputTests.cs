using CaseStay.Extract.Ocr;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Faults;

/// <summary>
/// Issue 11's "no <c>internal-error</c> on any input in the repo or ../shared", and issue 10's fault isolation seen from
/// the outside: every input file there (the fixtures' inputs, the seeds, the 84 labelled real orders, the 40 real PDFs)
/// gives a record or a typed error, never <c>internal-error</c>, and no reader throws on any of them
/// (<c>reader-failed</c> would mean a reader's fields were dropped).
/// </summary>
public class EveryInputTests
{
    /// <summary>PDF text layers only: OCR of the real scans is covered (slowly) by <c>RealPdfTests</c>.</summary>
    private static readonly ExtractionOptions s_pdfOptions = ExtractionOptions.Default with { OcrMode = OcrMode.Never };

    public static TheoryData<string> RepositoryInputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestPaths.TestData, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryInputs))]
    public async Task EveryFixtureInput_GivesARecordOrATypedError_AndNoReaderFails(string relative)
    {
        var result = await StayOrderExtractor.ExtractFileAsync(Path.Combine(TestPaths.TestData, relative), s_pdfOptions);
        Check(relative, result);
    }

    [SkippableFact]
    public async Task EverySharedInput_GivesARecordOrATypedError_AndNoReaderFails()
    {
        var files = Directory.GetFiles(TestPaths.RequireShared("seeds"), "*.txt")
            .Concat(Directory.GetFiles(TestPaths.RequireShared(Path.Combine("corpus", "real")), "*.txt"))
            .Concat(Directory.GetFiles(TestPaths.RequireShared(Path.Combine("corpus", "pdf")), "*.pdf"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        files.Length.Should().BeGreaterThanOrEqualTo(2 + 84 + 40, "the seeds, the labelled real orders and the real PDFs are all read");
        foreach (var file in files)
        {
            var result = await StayOrderExtractor.ExtractFileAsync(file, s_pdfOptions);
            Check(Path.GetFileName(file), result);
        }
    }

    private static void Check(string name, ExtractionResult result)
    {
        result.Error?.Code.Should().NotBe(ErrorCodes.InternalError, $"{name}: {result.Error?.Message}");
        result.Warnings.Where(w => w.Code == WarningCodes.ReaderFailed).Select(w => w.Message)
            .Should().BeEmpty($"{name}: no reader may throw on a real or fixture input");
    }
}
