using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Pdf;

/// <summary>The 40 real court PDFs in ../shared/corpus/pdf (see its SOURCES.md), read where they lie.</summary>
public class RealPdfTests
{
    public static TheoryData<string, string, string?> EasternDistrictOrders => new()
    {
        // file, case number (CM/ECF form), dated line (null: blank or absent)
        { "caed_order_fees_222763-30.pdf", "1:11-cv-00637-NONE-EPG", "2021-03-23" },
        { "caed_order_discovery_277392-209.pdf", "2:15-cv-00208-TLN-KJN", "2020-04-22" },
        { "caed_order_redaction_377660-205.pdf", "1:20-cv-01133-DAD-BAM", "2020-12-01" },
        { "caed_order_seal_337164-60.pdf", "1:18-cv-00768-NONE-SAB", "2020-04-15" },
        { "caed_order_stip_329643-125.pdf", "1:18-cv-00127-AWI-EPG", "2021-02-26" },
        { "caed_order_1p_380139-5.pdf", "2:20-mj-00148-AC", "2020-10-02" },
        { "caed_order_1p_stamp_380451-6.pdf", "1:20-mj-00104-EPG", "2020-09-23" },
        { "caed_order_1p_sigimg_380641-4.pdf", "2:20-sw-00908-DB", "2020-10-29" },
        { "caed_order_1p_380785-4.pdf", "2:20-sw-00927-DB", "2020-11-17" },
    };

    [SkippableFact]
    public async Task EveryFile_OpensAndYieldsARecord()
    {
        var dir = TestPaths.RequireShared(Path.Combine("corpus", "pdf"));
        var files = Directory.GetFiles(dir, "*.pdf");
        files.Should().HaveCountGreaterThanOrEqualTo(40);
        foreach (var file in files)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var result = await StayOrderExtractor.ExtractFileAsync(file, null, cts.Token);
            result.Success.Should().BeTrue($"{Path.GetFileName(file)}: {result.Error?.Code} {result.Error?.Message}");
            result.Source.Pages.Should().BeGreaterThan(0, file);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(EasternDistrictOrders))]
    public void EasternDistrictOrder_CaseNumberCourtDate_NotAStayOrder(string file, string caseNumber, string? dated)
    {
        var path = Path.Combine(TestPaths.RequireShared(Path.Combine("corpus", "pdf")), file);
        var order = StayOrderExtractor.ExtractFile(path).Order!;
        order.Court!.Code.Should().Be("caed");
        order.CaseNumber!.Normalized.Should().Be(caseNumber);
        order.Dated.Should().Be(dated is null ? null : LocalDate.FromDateTime(DateTime.Parse(dated, System.Globalization.CultureInfo.InvariantCulture)));
        order.IsStayOrder.Should().BeFalse();
        order.NotStayReason!.Message.Should().NotBeNullOrWhiteSpace();
    }

    [SkippableFact]
    public void DatedLineWithItsBlankFilledByPrintedDate_IsRead_AndSignatureImageJudge_IsNull()
    {
        // "DATED: ________ October 29, 2020": the e-signature printed the date beside the blank, so the date is
        // read; the signer's name exists only as a garbled signature image and stays null.
        var dir = TestPaths.RequireShared(Path.Combine("corpus", "pdf"));
        var result = StayOrderExtractor.ExtractFile(Path.Combine(dir, "caed_order_1p_sigimg_380641-4.pdf"));
        result.Order!.Dated.Should().Be(new LocalDate(2020, 10, 29));
        result.Order.Judge?.Name.Should().BeNull();
        foreach (var file in new[] { "caed_order_fees_222763-30.pdf", "caed_order_redaction_377660-205.pdf", "caed_order_seal_337164-60.pdf" })
        {
            StayOrderExtractor.ExtractFile(Path.Combine(dir, file)).Order!.Judge?.Name.Should().BeNull(file);
        }
    }

    [SkippableFact]
    public void NorthernDistrictSidebar_AndCentralDistrictMinutes_DoNotLeak()
    {
        var dir = TestPaths.RequireShared(Path.Combine("corpus", "pdf"));
        foreach (var file in Directory.GetFiles(dir, "cand_*.pdf").Concat(Directory.GetFiles(dir, "cacd_minutes_*.pdf")))
        {
            var order = StayOrderExtractor.ExtractFile(file).Order!;
            // A minutes form's title is its Proceedings cell (Readers/Caption/ProceedingsCell): the form's heading
            // ("CIVIL MINUTES - GENERAL") leaks into no field, the title included.
            var fields = string.Join(" | ", new[] { order.Title, order.Judge?.Name, order.CaseNumber?.Raw }
                .Concat(order.Parties?.Plaintiffs ?? []).Concat(order.Parties?.Defendants ?? []).Where(f => f is not null));
            fields.Should().NotContain("Northern District of California", file).And.NotContain("CIVIL MINUTES", file);
            if (file.Contains("cand_", StringComparison.Ordinal) && order.Court is not null)
            {
                order.Court.Code.Should().Be("cand", file);
            }
        }
    }

    [SkippableFact]
    public void MixedFile_OcrNeeded_DecidedPageByPage()
    {
        var dir = TestPaths.RequireShared(Path.Combine("corpus", "pdf"));
        var result = StayOrderExtractor.ExtractFile(Path.Combine(dir, "cacd_verdict_mixed_554588-350.pdf"));
        var warning = result.Warnings.Single(w => w.Code == WarningCodes.OcrNeeded);
        warning.Message.Should().StartWith("Page(s) 2, 3,").And.Contain("19 of 19");
        var scanned = StayOrderExtractor.ExtractFile(Path.Combine(dir, "cacd_minutes_order_scanned_775858-547.pdf"));
        scanned.Order!.IsStayOrder.Should().BeFalse();
        scanned.Order.NotStayReason!.Code.Should().Be(NotStayReasons.NeedsOcr);
    }
}
