using CaseStay.Extract.Ocr;
using FluentAssertions;
using Xunit;
using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Tests.Ocr;

/// <summary>
/// Junk the engine reads without a margin column to give it away (synthetic word boxes in PDF points, invented words):
/// a punctuation mark alone on its line, and a token of one or two characters in front of the page's body edge.
/// </summary>
public sealed class OcrLoneTokenTests
{
    private static PageWord W(string text, double left, double bottom, double width, double confidence = 0.95) =>
        new(text, 1, left, bottom, left + width, bottom + 9, bottom, 10.35) { Confidence = confidence };

    /// <summary>Five body lines starting at x = 72, the edge the margin rule finds; then the token under test.</summary>
    private static List<PageWord> Page(PageWord probe) =>
    [
        W("Wherefore", 72, 600, 60), W("the", 136, 600, 18), W("motion", 158, 600, 40),
        W("Accordingly", 72, 576, 66), W("granted", 142, 576, 44),
        W("Quillfeather", 72, 552, 70), W("Holdings", 146, 552, 50),
        W("Thereafter", 72, 528, 60), W("parties", 136, 528, 42),
        W("Meanwhile", 72, 504, 60), W("counsel", 136, 504, 44),
        probe,
    ];

    [Theory]
    [InlineData(".", 200, 480, 1, 0.83, false)]      // a speck read as a period, 100 points from any word
    [InlineData(",", 66, 456, 3, 0.9, false)]         // on a line of its own
    [InlineData(".", 130, 600, 1, 0.9, true)]         // a period beside a word is punctuation
    [InlineData(")", 300, 480, 3, 0.9, true)]         // a caption divider is never a speck
    [InlineData("§", 200, 480, 5, 0.9, true)]
    public void APunctuationMarkAloneOnItsLine_IsASpeck(string text, double left, double bottom, double width, double confidence, bool kept)
    {
        var probe = W(text, left, bottom, width, confidence);
        OcrSpecks.Remove(Page(probe)).Should().HaveCount(kept ? 12 : 11);
    }

    [Theory]
    [InlineData("f", 67, 552, 3.6, false)]            // a fragment of the left rule in front of a party line
    [InlineData("N", 64, 504, 6, false)]
    [InlineData("v.", 72, 480, 10, true)]             // at the edge itself: text
    [InlineData("Rx", 90, 480, 12, true)]             // right of the edge
    [InlineData("Sum", 60, 480, 20, true)]            // longer than two characters and across the edge: its letters right of it stay
    public void AShortTokenInFrontOfTheBodyEdge_IsDroppedWithoutAColumn(string text, double left, double bottom, double width, bool kept)
    {
        var probe = W(text, left, bottom, width);
        var result = OcrMarginColumn.Remove(Page(probe), 612);
        result.Any(w => w.Bottom == bottom && w.Left >= left && w.Text.Length > 0 && text.EndsWith(w.Text, StringComparison.Ordinal)).Should().Be(kept);
    }
}
