using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Deadlines;

/// <summary>On every real PDF in ../shared/corpus/pdf that is not an order (complaint, response, transcript, exhibit, verdict, jury note, opinion), zero deadlines.</summary>
public class NonOrderPdfTests
{
    private static readonly string[] s_nonOrders =
    [
        "caed_complaint_373457-1.pdf",
        "caed_response_374639-14.pdf",
        "caed_transcript_338083-91.pdf",
        "caed_exhibit_scan_coleman_5988-2p2.pdf",
        "cacd_verdict_mixed_554588-350.pdf",
        "cacd_verdict_scanned_624044-467.pdf",
        "cacd_jury_note_scanned_624044-448.pdf",
        "scotus_slip_opinion_text.pdf",
        "scotus_slip_opinion_scanned.pdf",
    ];

    public static TheoryData<string> NonOrders => new(s_nonOrders);

    [SkippableTheory]
    [MemberData(nameof(NonOrders))]
    public void NotAnOrder_ZeroDeadlines(string file)
    {
        var path = Path.Combine(TestPaths.RequireShared(Path.Combine("corpus", "pdf")), file);
        var result = StayOrderExtractor.ExtractFile(path);
        result.Order.Should().NotBeNull(result.Error?.Message);
        result.Order!.Deadlines.Should().BeEmpty();
    }

    [SkippableFact]
    public void TheListNamesEveryNonOrderInTheFolder()
    {
        var names = Directory.GetFiles(TestPaths.RequireShared(Path.Combine("corpus", "pdf")), "*.pdf").Select(Path.GetFileName).ToList();
        names.Where(n => n!.Contains("complaint") || n.Contains("response") || n.Contains("transcript") || n.Contains("exhibit") || n.Contains("verdict") || n.Contains("jury_note") || n.Contains("opinion"))
            .Should().BeEquivalentTo(s_nonOrders);
    }
}
