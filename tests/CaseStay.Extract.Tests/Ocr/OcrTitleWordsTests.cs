using CaseStay.Extract.Ocr;
using FluentAssertions;
using Xunit;
using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Tests.Ocr;

/// <summary>A title word cut by the right-hand rule is joined again on a title line, and nothing else is touched
/// (synthetic word boxes in PDF points).</summary>
public sealed class OcrTitleWordsTests
{
    [Theory]
    [InlineData("SENIOR UNITED STATES DISTRICT JUL DGE", "SENIOR UNITED STATES DISTRICT JUDGE")]
    [InlineData("UNITED STATES MAGISTRATE JULGE", "UNITED STATES MAGISTRATE JUDGE")]
    [InlineData("UNITED STATES DISTRICT JUDGE", "UNITED STATES DISTRICT JUDGE")]
    [InlineData("THE MOTION TO STAY IS DENIED AS THE DISTRICT STATUS", "THE MOTION TO STAY IS DENIED AS THE DISTRICT STATUS")]
    [InlineData("UNITED STATES DISTRICT STATUS", "UNITED STATES DISTRICT STATES")]
    [InlineData("ACTION STAYED UNITED STATES DISTRICT", "ACTION STAYED UNITED STATES DISTRICT")]
    [InlineData("Senior United States District Jul dge", "Senior United States District Jul dge")]
    public void ATitleWordCutByARule_IsJoinedOnATitleLineOnly(string line, string expected)
    {
        // The pieces of a cut word overlap a little (the rule's width went to both).
        var x = 300.0;
        var words = new List<PageWord>();
        foreach (var text in line.Split(' '))
        {
            words.Add(new PageWord(text, 1, x, 100, x + (7 * text.Length), 109, 100, 10.35) { Confidence = 0.93 });
            x += (7 * text.Length) + (text is "JUL" ? -2 : 5);
        }

        string.Join(' ', OcrTitleWords.Repair(words).OrderBy(w => w.Left).Select(w => w.Text)).Should().Be(expected);
    }
}
