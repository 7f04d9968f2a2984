using System.Text.Json;
using CaseStay.Extract.Review;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Review;

/// <summary>The index's attention tiers on synthetic records: an error first, then anything a person must look at
/// (among them the OCR's <c>low-confidence</c> warning, issue 16), then the rest.</summary>
public class ReviewAttentionTests
{
    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning:low-confidence", 1)]
    [InlineData("warning:ocr-repaired", 1)]
    [InlineData("warning:deadline-not-understood", 1)]
    [InlineData("not-stay:decision-not-visible", 1)]
    [InlineData("clean", 2)]
    public void A_record_lands_in_its_attention_tier(string what, int rank)
    {
        var (actual, reasons) = ReviewAttention.Of(Record(what), StayOrderReportOptions.Default);
        actual.Should().Be(rank, what);
        if (what.StartsWith("warning:", StringComparison.Ordinal))
        {
            reasons.Should().Contain(what["warning:".Length..], "the index says why the file needs a look");
        }
    }

    [Fact]
    public void A_low_confidence_warning_sorts_before_clean_records_even_with_a_later_due_date()
    {
        var sorted = ReviewAttention.Sort([Record("clean", "2025-01-10"), Record("warning:low-confidence", "2031-12-31"), Record("error")], StayOrderReportOptions.Default);
        sorted.Select(r => r.DisplayName).Should().Equal("error.pdf", "warning-low-confidence.pdf", "clean.pdf");
    }

    /// <summary>A minimal record of the output contract: invented case, one optional warning, error or due date.</summary>
    private static ReviewRecord Record(string what, string? due = null)
    {
        var name = what.Replace(':', '-');
        var warning = what.StartsWith("warning:", StringComparison.Ordinal) ? $$"""[{"code":"{{what[8..]}}","message":"synthetic"}]""" : "[]";
        var error = what == "error" ? """{"code":"pdf-corrupt","message":"synthetic"}""" : "null";
        var notStay = what.StartsWith("not-stay:", StringComparison.Ordinal) ? $$"""{"code":"{{what[9..]}}","message":"synthetic"}""" : "null";
        var deadlines = due is null ? "[]" : "[{\"due\":\"" + due + "\",\"explanation\":\"synthetic\",\"holidayDependent\":false}]";
        var json = $$"""
            {"source":{"path":"in/{{name}}.pdf","kind":"pdf-text","pages":1,"sha256":"00","id":null},
             "isStayOrder":{{(notStay == "null" ? "true" : "false")}},"notStayReason":{{notStay}},
             "caseNumber":{"raw":"1:30-cv-00001-AAA","normalized":"1:30-cv-00001-AAA"},"deadlines":{{deadlines}},
             "warnings":{{warning}},"error":{{error}},"provenance":null}
            """;
        using var document = JsonDocument.Parse(json);
        return ReviewRecord.Parse(document.RootElement);
    }
}
