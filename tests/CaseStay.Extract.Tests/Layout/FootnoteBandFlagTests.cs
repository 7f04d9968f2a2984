using CaseStay.Extract.Layout;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Layout;

/// <summary>
/// A reader uses a token flag (issue 10, target 1): on a positioned source a line printed in the footnote band
/// (<see cref="TokenFlags.Footnote"/>, set by geometry) is in the page foot for the footnote reader, so a footnote whose
/// marker is a plain number in brackets ("[2] …", referenced in the body as "motion.2") is found before the closing;
/// the same words outside the band, or as a text source without margin numbers, are body text (the text rule).
/// </summary>
public class FootnoteBandFlagTests
{
    private static readonly string[] s_body =
    [
        "The court has read the parties' joint motion.2 The motion is granted in part.",
        "The parties shall file a joint status report within thirty days.",
        "The scheduling conference set for next month is vacated.",
    ];

    private const string Note = "[2] The parties agree that the stay does not reach discovery already served.";

    [Theory]
    [InlineData("footnote", true)]
    [InlineData("none", false)]
    [InlineData("bottom", false)]
    public void ABracketedMarkerLine_IsAFootnote_OnlyInTheFootnoteBand(string band, bool footnote)
    {
        var noteFlags = band switch { "footnote" => TokenFlags.Footnote, "bottom" => TokenFlags.BottomBand, _ => TokenFlags.None };
        var written = new PositionedText();
        written.StartPage();
        var y = 700.0;
        foreach (var line in s_body)
        {
            Write(written, line, y, TokenFlags.None);
            y -= 24;
        }

        Write(written, Note, 90, noteFlags);
        var model = LineModel.FromPositioned(written.Text(), written.Tokens);
        var result = StayOrderExtractor.ExtractLinesCore(model, ExtractionOptions.Default, null, string.Empty);
        result.Success.Should().BeTrue(result.Error?.Message);
        if (footnote)
        {
            result.Order!.Footnotes.Should().ContainSingle().Which.Marker.Should().Be("2");
            result.Order.Footnotes[0].Text.Should().StartWith("The parties agree");
        }
        else
        {
            result.Order!.Footnotes.Should().BeEmpty();
        }
    }

    [Fact]
    public void TheSameText_AsATextSource_KeepsTheTextRule()
    {
        var text = string.Join("\n", s_body) + "\n" + Note + "\n";
        StayOrderExtractor.ExtractText(text).Order!.Footnotes.Should().BeEmpty("a text source has no band; before the closing and outside a page foot a bracketed number is not a marker");
    }

    private static void Write(PositionedText written, string line, double y, TokenFlags flags)
    {
        written.StartLine(false);
        var x = 72.0;
        var words = line.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var place = new TokenPlace(1, x, y, x + (5 * words[i].Length), y + 9, null, flags);
            written.AppendWord(words[i], place, i == 0);
            x += (5 * words[i].Length) + 3;
        }
    }
}
