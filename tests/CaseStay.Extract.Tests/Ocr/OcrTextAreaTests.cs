using CaseStay.Extract.Ocr;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Ocr;

/// <summary>The text area of a page image from its ink profile (synthetic 1-bit images, leptonica's bit layout).</summary>
public sealed class OcrTextAreaTests
{
    private const int W = 200;
    private const int H = 260;
    private const int Wpl = (W + 31) / 32;

    /// <summary>Rectangles of ink "left,top,right,bottom" (inclusive) on a 200 × 260 page — one or two columns wide a
    /// solid rule, wider a block of text lines (6 rows of ink in every 12); the expected area (left, top, right, bottom),
    /// or null.</summary>
    [Theory]
    [InlineData("text block only", "30,40,150,200", 28, 38, 153, 200)]
    [InlineData("pleading paper: double left rule, right rule, margin digits; the area starts right of the rule",
        "20,0,20,259;23,0,23,259;180,0,180,259;5,40,12,53;5,64,12,77;30,40,150,200", 28, 38, 153, 200)]
    [InlineData("a title running across the right-hand rule keeps its end", "20,0,20,259;180,0,180,259;30,40,150,200;120,204,190,218", 28, 38, 193, 221)]
    [InlineData("nearly the whole page is ink: no crop", "2,2,197,250", null, null, null, null)]
    public void TextArea_FromTheInkProfile(string why, string ink, int? left, int? top, int? right, int? bottom)
    {
        var bits = new uint[Wpl * H];
        foreach (var r in ink.Split(';'))
        {
            var v = r.Split(',').Select(int.Parse).ToArray();
            for (var y = v[1]; y <= v[3]; y++)
            {
                if (v[2] - v[0] >= 3 && y % 12 >= 6)
                {
                    continue;
                }

                for (var x = v[0]; x <= v[2]; x++)
                {
                    bits[(y * Wpl) + (x >> 5)] |= 0x80000000u >> (x & 31);
                }
            }
        }

        var area = OcrTextArea.Find(bits, Wpl, W, H);
        if (left is null)
        {
            area.Should().BeNull(why);
            return;
        }

        area.Should().NotBeNull(why);
        var (l, t, w, h) = area!.Value;
        (l, t, l + w, t + h).Should().Be((left!.Value, top!.Value, right!.Value, bottom!.Value), why);
    }

    [Fact]
    public void SpecksAloneAreNoText()
    {
        var bits = new uint[Wpl * H];
        var random = new Random(3);
        for (var i = 0; i < 60; i++)
        {
            var (x, y) = (random.Next(W), random.Next(H));
            bits[(y * Wpl) + (x >> 5)] |= 0x80000000u >> (x & 31);
        }

        OcrTextArea.Find(bits, Wpl, W, H).Should().BeNull("single specks are under the ink a row or column needs");
    }
}
