using CaseStay.Extract.Layout;
using CaseStay.Extract.Text;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Layout;

/// <summary>
/// The line model of a positioned source (PDF and OCR pages): tokens written with their words' places, the canonical
/// text as a by-product, lines without a second margin search, boxes of spans from the tokens.
/// </summary>
public class PositionedLinesTests
{
    /// <summary>Pages of lines of words ("|" between pages, "/" between lines, a leading "+" for a paragraph gap, "~" a space inside a word).</summary>
    private static (PositionedText Written, List<TokenPlace> Places) Write(string pages, TokenFlags flags = TokenFlags.None)
    {
        var written = new PositionedText();
        var places = new List<TokenPlace>();
        var pageNumber = 0;
        foreach (var page in pages.Split('|'))
        {
            pageNumber++;
            written.StartPage();
            var y = 700.0;
            foreach (var rawLine in page.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                var blank = rawLine.StartsWith('+');
                written.StartLine(blank);
                y -= blank ? 48 : 24;
                var x = 100.0;
                var words = rawLine.TrimStart('+').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i < words.Length; i++)
                {
                    var word = words[i].Replace('~', ' ');
                    var place = new TokenPlace(pageNumber, x, y, x + (6 * word.Length), y + 10, null, flags);
                    places.Add(place);
                    written.AppendWord(word, place, i == 0);
                    x += (6 * word.Length) + 4;
                }
            }
        }

        return (written, places);
    }

    public static TheoryData<string> Pages => new()
    {
        "ORDER/+The parties filed a stipulation./It is granted.",
        "UNITED STATES DISTRICT COURT|+Page two starts/with two lines",
        "one page||after an empty page",
        "¹~The footnote glued by OCR/next ２０２５ line",
        "a/b/+c|d/+e/f",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Tokens_AreThoseOfTheCanonicalText(string pages)
    {
        var (written, _) = Write(pages);
        var text = Extract.Sources.SourceText.NormalizeCompatibility(written.Text());
        var expected = Token.Tokenize(text, out _);
        written.Tokens.Select(t => t with { Place = null }).Should().Equal(expected);
        written.Tokens.Should().OnlyContain(t => t.Place != null);
    }

    [Fact]
    public void NumberedLinesInTheBody_AreText_NotASecondMargin()
    {
        // Geometry removed the pleading margin already; numbers that open body lines (a numbered list set without
        // periods) stay text, where a text source would take the chain for margin numbers.
        var (written, _) = Write("ORDER/1 The first item of the list./2 The second item of the list./3 The third item of the list./4 The fourth one.");
        var model = LineModel.FromPositioned(written.Text(), written.Tokens);
        var flow = NormalizedDocument.Build(model.Text, model.Lines, model.Pages).Flow;
        flow.Should().Contain("1 The first item").And.Contain("4 The fourth one.");

        var (textLines, textPages, _) = LineAssembler.Assemble(model.Text);
        NormalizedDocument.Build(model.Text, textLines, textPages).Flow.Should().NotContain("1 The first item");
    }

    [Theory]
    [InlineData("_____________")]
    [InlineData("---")]
    public void RuleLine_IsNoPageBreak(string rule)
    {
        var (written, _) = Write($"IT IS SO ORDERED./{rule}/A JUDGE NAME/+United States District Judge|Certificate of service");
        var model = LineModel.FromPositioned(written.Text(), written.Tokens);
        model.Pages.Should().Be(2);
        var document = NormalizedDocument.Build(model.Text, model.Lines, model.Pages);
        document.Lines.Select(l => (document.LineText(l), l.Page)).Should().Equal(
            ("IT IS SO ORDERED.", 1), ("A JUDGE NAME", 1), ("United States District Judge", 1), ("Certificate of service", 2));
    }

    [Fact]
    public void SpanBox_IsTheBoxOfItsWords_OnTheSpansPage()
    {
        var (written, places) = Write("Dated: March 3, 2031/+SOME JUDGE NAME|Dated again");
        var model = LineModel.FromPositioned(written.Text(), written.Tokens);
        var start = model.Text.IndexOf("March", StringComparison.Ordinal);
        var end = model.Text.IndexOf("2031", StringComparison.Ordinal) + 4;
        var span = SpanBoxes.Of(new SourceSpan(1, 1, start, end - start), model.Tokens)!.Value;
        span.Box.Should().Be(new BoundingBox(places[1].Left, places[1].Bottom, places[3].Right, places[3].Top));
        span.Confidence.Should().BeNull();

        // A span given on another page than its words gets no box.
        SpanBoxes.Of(new SourceSpan(2, 1, start, end - start), model.Tokens)!.Value.Box.Should().BeNull();
    }

    [Fact]
    public void SpanBox_LeavesOutFootnotesInsideBodyText_AndCountsAWordOnce()
    {
        var written = new PositionedText();
        written.StartPage();
        written.StartLine(false);
        var body = new TokenPlace(1, 100, 500, 160, 510, 0.9, TokenFlags.None);
        var note = new TokenPlace(1, 100, 80, 200, 88, 0.3, TokenFlags.Footnote);
        var glued = new TokenPlace(1, 300, 500, 360, 510, 0.6, TokenFlags.None);
        written.AppendWord("stayed", body, true);
        written.StartLine(false);
        written.AppendWord("noted", note, true);
        written.StartLine(false);
        written.AppendWord("¹ pending", glued, true);
        var model = LineModel.FromPositioned(written.Text(), written.Tokens);
        var span = SpanBoxes.Of(new SourceSpan(1, 1, 0, model.Text.Length), model.Tokens)!.Value;
        span.Box.Should().Be(new BoundingBox(100, 500, 360, 510));
        span.Confidence.Should().Be(0.75);
    }
}
