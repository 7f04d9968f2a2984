using CaseStay.Extract.Ocr;
using FluentAssertions;
using Xunit;
using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Tests.Ocr;

/// <summary>A small raised token beside a word is a footnote marker (synthetic boxes, PDF points, origin bottom-left).</summary>
public sealed class OcrSuperscriptTests
{
    private static PageWord W(string text, double left, double bottom, double right, double top, double confidence = 0.95) =>
        new(text, 1, left, bottom, right, top, bottom, (top - bottom) * 1.15) { Confidence = confidence };

    [Theory]
    // marker text, its box (left, bottom, right, top); the word "Counsel" stands at 80–120, bottom 100, top 109.
    [InlineData("1", 74, 104, 78, 110, "¹ Counsel")]            // a footnote's own marker before its first word
    [InlineData("2", 74, 103, 78, 110, "² Counsel")]
    [InlineData("!", 75, 104, 77, 110, "¹ Counsel")]            // a raised "1" read as "!"
    [InlineData("12", 72, 104, 78, 110, "¹² Counsel")]
    [InlineData("1", 74, 100, 78, 109, "1 Counsel")]            // level with the word: a number, not a marker
    [InlineData("1", 74, 104, 78, 112.5, "1 Counsel")]          // as tall as the word: not set smaller
    [InlineData("1", 40, 104, 44, 110, "1 Counsel")]            // far to the left: not beside the word
    [InlineData("1", 74, 111, 78, 116, "1 Counsel")]            // above the word altogether (a line of its own)
    [InlineData("a", 74, 104, 78, 110, "a Counsel")]            // a letter is no marker
    public void ARaisedSmallToken_BeforeAWord_IsItsFootnoteMarker(string marker, double left, double bottom, double right, double top, string expected)
    {
        var words = OcrSuperscripts.Mark([W(marker, left, bottom, right, top, 0.3), W("Counsel", 80, 100, 120, 109)]);
        string.Join(" ", words.OrderBy(w => w.Left).Select(w => w.Text)).Should().Be(expected);
        if (expected[0] is '¹' or '²')
        {
            words.Select(w => w.Baseline).Distinct().Should().ContainSingle("a marker joins its word's line");
        }
    }

    [Fact]
    public void ARaisedDigit_AfterAWord_IsGluedToIt()
    {
        var words = OcrSuperscripts.Mark([W("hearing.", 200, 100, 240, 109), W("3", 241, 105, 244, 111, 0.4), W("The", 250, 100, 266, 109)]);
        words.Select(w => w.Text).Should().Equal("hearing.³", "The");
    }

    [Theory]
    [InlineData(103.5, "Page 1 of")]   // on the baseline of a word with a descender: a number
    [InlineData(107.5, "Page¹ of")]    // raised above that baseline: a marker
    public void ANumber_AfterAWordWithADescender_IsMeasuredFromItsBaseline(double bottom, string expected)
    {
        // "Page": box 100–111 with the g's descender; its baseline is near 102.
        var words = OcrSuperscripts.Mark([W("Page", 200, 100, 222, 111), W("1", 224, bottom, 228, bottom + 8, 0.6), W("of", 231, 102.5, 240, 111)]);
        string.Join(" ", words.Select(w => w.Text)).Should().Be(expected);
    }

    [Fact]
    public void MarginNumbers_AndLabels_AreLeftAlone()
    {
        var words = OcrSuperscripts.Mark([W("14", 30, 100, 40, 109), W("4.", 80, 100, 88, 109), W("The", 92, 100, 108, 109)]);
        words.Select(w => w.Text).Should().Equal("14", "4.", "The");
    }
}
