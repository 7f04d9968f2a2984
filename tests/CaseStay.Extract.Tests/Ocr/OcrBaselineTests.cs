using CaseStay.Extract.Ocr;
using FluentAssertions;
using Xunit;
using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Tests.Ocr;

/// <summary>A word whose box took in a speck above or below it stays on its own line (synthetic boxes, PDF points).</summary>
public sealed class OcrBaselineTests
{
    private static PageWord W(string text, double left, double bottom, double right, double top) =>
        new(text, 1, left, bottom, right, top, bottom, (top - bottom) * 1.15) { Confidence = 0.9 };

    // Line A (bottom 200, top 209): "Quillon" at 338–380 and "Esq." far right. Line B (bottom 176, top 185):
    // "HONORABLE QUILLON", then the tall word "BRANTWOOD" at 340–400 (it overlaps "Quillon" above it across).
    [Theory]
    [InlineData(176, 207, 176)]   // a speck above reaching line A's top: its bottom is level with line B, it stays there
    [InlineData(160, 185, 176)]   // a speck below: its top is level with line B
    public void ATallWord_TakesTheBaselineOfTheWordBesideIt(double bottom, double top, double expected)
    {
        var words = OcrBaselines.Snap([
            W("Quillon", 338, 200, 380, 209), W("Esq.", 500, 200, 530, 209),
            W("HONORABLE", 220, 176, 300, 185), W("QUILLON", 260, 176, 335, 185),
            W("BRANTWOOD", 340, bottom, 400, top),
            W("other", 100, 100, 130, 109), W("words", 140, 100, 170, 109), W("here", 180, 100, 200, 109),
        ]);
        words.Single(w => w.Text == "BRANTWOOD").Baseline.Should().Be(expected);
    }
}
