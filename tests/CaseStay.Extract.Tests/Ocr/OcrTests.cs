using CaseStay.Extract.Courts;
using CaseStay.Extract.Ocr;
using CaseStay.Extract.Tests.Support;
using CaseStay.Extract.Text;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Ocr;

/// <summary>Scans and images read by the real libtesseract (testdata/generate_scan_fixtures.sh made them from the PDF fixtures).</summary>
public class OcrTests(OcrFixture ocr) : IClassFixture<OcrFixture>
{
    public static TheoryData<string, string, string> Twins => new()
    {
        { "scan-vdrp-300dpi", "pdf-vdrp-parens", SourceKinds.PdfOcr },
        { "scan-fresno-arbitration-300dpi", "pdf-fresno-arbitration", SourceKinds.PdfOcr },
        { "scan-gap-caption-title-300dpi", "pdf-gap-caption-title", SourceKinds.PdfOcr },
        { "scan-denial-200dpi", "pdf-denial", SourceKinds.PdfOcr },
        { "scan-bankruptcy-150dpi", "pdf-bankruptcy", SourceKinds.PdfOcr },
        { "image-png-rhines", "pdf-rhines-prisoner", SourceKinds.ImageOcr },
        { "image-jpg-appeal", "pdf-appeal", SourceKinds.ImageOcr },
        { "image-tiff-vdrp", "pdf-vdrp-ruled", SourceKinds.ImageOcr },
    };

    [Fact]
    public void Engine_IsInstalled_AndNamed()
    {
        ocr.Provider.Name.Should().StartWith("tesseract 5");
        File.Exists(Path.Combine(ocr.Provider.TessdataPath, "eng.traineddata")).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Twins))]
    public void Scan_GivesTheSameOrderAsItsBornDigitalTwin(string scan, string twin, string kind)
    {
        var input = Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders", scan), "input.*").Single();
        var a = StayOrderExtractor.ExtractFile(input, ocr.Options);
        var b = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", twin, "input.pdf"));
        a.Success.Should().BeTrue(a.Error?.Message);
        a.Source.Kind.Should().Be(kind);
        var x = a.Order!;
        var y = b.Order!;
        x.Court?.Code.Should().Be(y.Court?.Code);
        x.CaseNumber?.Normalized.Should().Be(y.CaseNumber?.Normalized);
        x.Dated.Should().Be(y.Dated);
        x.Judge?.Name.Should().Be(y.Judge?.Name);
        x.Parties.Should().BeEquivalentTo(y.Parties, "the caption's parties are read without margin, column or stamp junk");
        x.IsStayOrder.Should().Be(y.IsStayOrder);
        x.Stay?.Kind.Should().Be(y.Stay?.Kind);
        x.Directives.Select(d => d.Label).Should().Equal(y.Directives.Select(d => d.Label));
        var similarity = x.Directives.Zip(y.Directives, (p, q) => Similarity(p.Text, q.Text)).DefaultIfEmpty(1).Average();
        similarity.Should().BeGreaterThan(0.9, "the directives' text is read nearly word for word");
        x.Deadlines.Select(d => d.Due).Should().Equal(y.Deadlines.Select(d => d.Due));
        x.Footnotes.Select(f => f.Marker).Should().Equal(y.Footnotes.Select(f => f.Marker), "a raised footnote marker is read, so the footnote stays out of the directive");
        x.Footnotes.Zip(y.Footnotes, (p, q) => Similarity(p.Text, q.Text)).Where(s => s <= 0.9).Should().BeEmpty("the footnote's text is read nearly word for word");
    }

    [Theory]
    [MemberData(nameof(Twins))]
    public void Ocr_FieldsCarryConfidenceAndBox(string scan, string twin, string kind)
    {
        _ = (twin, kind);
        var input = Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders", scan), "input.*").Single();
        var order = StayOrderExtractor.ExtractFile(input, ocr.Options).Order!;
        foreach (var field in new[] { "caseNumber", "dated", "judge" })
        {
            var span = order.Provenance[field];
            span.Confidence.Should().BeInRange(0.3, 1.0, field);
            span.Box.Should().NotBeNull(field);
        }
    }

    [Fact]
    public void MultiPageTiff_ReadsEveryPage()
    {
        var result = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "image-tiff-vdrp", "input.tif"), ocr.Options);
        result.Source.Pages.Should().Be(2);
        result.Order!.Directives.Select(d => d.Page).Distinct().Should().Equal(1, 2);
    }

    [Fact]
    public void Under200Dpi_WarnsLowResolution_At200Not()
    {
        StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "scan-bankruptcy-150dpi", "input.pdf"), ocr.Options)
            .Warnings.Should().Contain(w => w.Code == WarningCodes.LowResolution);
        StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "scan-denial-200dpi", "input.pdf"), ocr.Options)
            .Warnings.Should().NotContain(w => w.Code == WarningCodes.LowResolution);
    }

    [Fact]
    public void OcrNever_ScanIsReportedNotRead()
    {
        var result = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "scan-vdrp-300dpi", "input.pdf"), ocr.Options with { OcrMode = OcrMode.Never });
        result.Source.Kind.Should().Be(SourceKinds.PdfText);
        result.Warnings.Should().Contain(w => w.Code == WarningCodes.OcrNeeded);
        result.Order!.IsStayOrder.Should().BeFalse();
        result.Order.NotStayReason!.Code.Should().Be(NotStayReasons.NeedsOcr);
        result.Order.Directives.Should().BeEmpty();
    }

    [SkippableFact]
    public void OcrNever_RealScanWithStamp_KeepsWhatTheStampSays()
    {
        var dir = TestPaths.RequireShared(Path.Combine("corpus", "pdf"));
        var result = StayOrderExtractor.ExtractFile(Path.Combine(dir, "cacd_verdict_scanned_624044-467.pdf"), ocr.Options with { OcrMode = OcrMode.Never });
        result.Order!.CaseNumber!.Normalized.Should().StartWith("2:15-cv-05642");
        result.Order.IsStayOrder.Should().BeFalse();
        result.Order.NotStayReason!.Code.Should().Be(NotStayReasons.NeedsOcr);
    }

    [Fact]
    public void OcrAlways_BornDigitalPage_IsRecognized()
    {
        var result = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "pdf-denial", "input.pdf"), ocr.Options with { OcrMode = OcrMode.Always });
        result.Source.Kind.Should().Be(SourceKinds.PdfOcr);
        result.Order!.CaseNumber!.Normalized.Should().Be("2:21-cv-02222-WBS-KJN");
    }

    [Fact]
    public void ImageWithoutEngine_OcrUnavailable_NamesThePackage()
    {
        var result = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "image-png-rhines", "input.png"));
        result.Error!.Code.Should().Be(ErrorCodes.OcrUnavailable);
        result.Error.Message.Should().Contain("tesseract-ocr");
    }

    [Fact]
    public void CorruptImage_ImageCorrupt()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".png");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        try
        {
            StayOrderExtractor.ExtractFile(path, ocr.Options).Error!.Code.Should().Be(ErrorCodes.ImageCorrupt);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public async Task RealScans_EachYieldsARecord()
    {
        var dir = TestPaths.RequireShared(Path.Combine("corpus", "pdf"));
        foreach (var file in Directory.GetFiles(dir, "*scanned*.pdf").Append(Path.Combine(dir, "cacd_verdict_mixed_554588-350.pdf")))
        {
            // A guard against a hang only (speed is the OCR benchmark's business). It counts this process's CPU
            // time, not the wall clock: at load 110 a 20-minute wall-clock guard once cancelled a many-page scan
            // that was merely waiting for a core. A spinning hang burns CPU and trips the CPU bound; a deadlock
            // burns none and trips the 75-minute wall-clock backstop.
            using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(75));
            TimeSpan cpuAtStart;
            using (var self = System.Diagnostics.Process.GetCurrentProcess())
            {
                cpuAtStart = self.TotalProcessorTime;
            }

            await using var watch = new Timer(
                _ =>
                {
                    using var self = System.Diagnostics.Process.GetCurrentProcess();
                    if (self.TotalProcessorTime - cpuAtStart > TimeSpan.FromMinutes(20))
                    {
                        cts.Cancel();
                    }
                },
                null,
                TimeSpan.FromSeconds(5),
                TimeSpan.FromSeconds(5));
            var result = await StayOrderExtractor.ExtractFileAsync(file, ocr.Options, cts.Token);
            result.Success.Should().BeTrue($"{Path.GetFileName(file)}: {result.Error?.Message}");
            result.Source.Kind.Should().Be(SourceKinds.PdfOcr, file);
        }
    }

    [SkippableFact]
    public void ScannedSupremeCourtOpinion_MatchesItsTextTwin()
    {
        var dir = TestPaths.RequireShared(Path.Combine("corpus", "pdf"));
        var scanned = StayOrderExtractor.ExtractFile(Path.Combine(dir, "scotus_slip_opinion_scanned.pdf"), ocr.Options).Order!;
        var text = StayOrderExtractor.ExtractFile(Path.Combine(dir, "scotus_slip_opinion_text.pdf")).Order!;
        scanned.IsStayOrder.Should().Be(text.IsStayOrder);
        scanned.Court?.Code.Should().Be(text.Court?.Code);
        scanned.CaseNumber.Should().BeNull();
    }

    private static double Similarity(string a, string b)
    {
        var wa = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wb = b.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return wa.Length == 0 ? 1 : (double)wa.Count(wb.Contains) / Math.Max(wa.Length, wb.Count);
    }
}

public class OcrRepairTests
{
    [Theory]
    [InlineData("Case No. 2:24-ev-O2760-DJC-SCR", "2:24-cv-02760-DJC-SCR")]
    [InlineData("No. 1:2l-cv-0014l-AWI-HBK", "1:21-cv-00141-AWI-HBK")]
    [InlineData("No. 2:24-cv-02760-DIC-SCR", "2:24-cv-02760-DJC-SCR")]
    public void CaseNumber_RepairedInsideTheToken(string printed, string expected)
    {
        var found = OcrRepair.FindCaseNumbers(printed, CourtProfiles.EasternDistrictOfCalifornia.Roster).Single();
        found.Value.Normalized.Should().Be(expected);
    }

    [Theory]
    [InlineData("Januarv", "January")]
    [InlineData("Nov ember", "November")]
    [InlineData("Febmary", "February")]
    [InlineData("Xyzzy", null)]
    public void Month_OcrVariants(string printed, string? month) => OcrRepair.Month(printed).Should().Be(month);

    [Fact]
    public void Initials_OneLetterFromTheRoster()
    {
        OcrRepair.RepairInitials("DIC", CourtProfiles.EasternDistrictOfCalifornia.Roster).Should().Be("DJC");
        OcrRepair.RepairInitials("DJC", CourtProfiles.EasternDistrictOfCalifornia.Roster).Should().Be("DJC");
        OcrRepair.RepairInitials("QQQ", CourtProfiles.EasternDistrictOfCalifornia.Roster).Should().Be("QQQ");
    }

    [Fact]
    public void Judge_RosterMatch_ToleratesAMissingInitialAndOcrSlips()
    {
        CourtProfiles.EasternDistrictOfCalifornia.Roster.TryGetByName("DANIEL CALABRETTA", out var a).Should().BeTrue();
        a!.Name.Should().Be("Daniel J. Calabretta");
        CourtProfiles.EasternDistrictOfCalifornia.Roster.TryGetByName("DANIEL J. CALABRFTTA", out var b).Should().BeTrue();
        b!.Initials.Should().Be("DJC");
        CourtProfiles.EasternDistrictOfCalifornia.Roster.TryGetByName("JANE Q. NOBODY", out _).Should().BeFalse();
    }
}
