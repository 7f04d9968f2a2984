using CaseStay.Extract.Layout;
using FluentAssertions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace CaseStay.Extract.Tests.Pdf;

/// <summary>
/// A caption line printed as two cells (a party name at the left, a right-hand cell far to the right on the same
/// baseline): the PDF's canonical text joins them with one space, the page geometry marks the column gap
/// (<see cref="ColumnGaps"/>), and the caption reader keeps the right-hand cell out of the party, as it does for a
/// wide run of spaces in <c>pdftotext -layout</c> text. A wide-justified line (every gap alike) is not split. Real
/// PdfPig writer and reader; invented names.
/// </summary>
public class PdfCaptionColumnTests
{
    /// <summary>One printed line: cells of words at x positions; a cell's words are set one normal space apart
    /// unless <paramref name="Spread"/> sets every gap of the cell to that many points.</summary>
    public sealed record Cell(double X, string Text, double Spread = 0);

    private static byte[] Render(IReadOnlyList<IReadOnlyList<Cell>> lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var page = builder.AddPage(PageSize.Letter);
        var y = 740.0;
        foreach (var line in lines)
        {
            foreach (var cell in line)
            {
                if (cell.Spread <= 0)
                {
                    page.AddText(cell.Text, 12, new PdfPoint(cell.X, y), font);
                    continue;
                }

                var x = cell.X;
                foreach (var word in cell.Text.Split(' '))
                {
                    var placed = page.AddText(word, 12, new PdfPoint(x, y), font);
                    x = placed.Max(l => l.BoundingBox.Right) + cell.Spread;
                }
            }

            y -= 24;
        }

        return builder.Build();
    }

    private static IReadOnlyList<Cell> L(params Cell[] cells) => cells;

    /// <summary>A caption: court header, the plaintiff, "v." line, the defendant line with <paramref name="defendantLine"/>
    /// cells, role words, then a short operative part.</summary>
    private static List<IReadOnlyList<Cell>> Caption(IReadOnlyList<Cell> versusLine, IReadOnlyList<Cell> defendantLine) =>
    [
        L(new Cell(190, "UNITED STATES DISTRICT COURT")),
        L(new Cell(180, "EASTERN DISTRICT OF CALIFORNIA")),
        L(),
        L(new Cell(72, "PERIWINKLE HOLDINGS LLC,"), new Cell(340, "No. 2:24-cv-01234-KJM-AC")),
        L(new Cell(110, "Plaintiff,")),
        versusLine,
        defendantLine,
        L(new Cell(110, "Defendant.")),
        L(),
        L(new Cell(72, "IT IS HEREBY ORDERED that this action is stayed pending the outcome of the")),
        L(new Cell(72, "related state-court proceeding.")),
        L(new Cell(72, "IT IS SO ORDERED.")),
    ];

    public static TheoryData<string, List<IReadOnlyList<Cell>>, string> Captions => new()
    {
        // The right-hand cell at a wide gap on the "v." line and on the defendant's line, no ")" printed.
        {
            "gap, no parenthesis",
            Caption(L(new Cell(90, "v."), new Cell(340, "Courtroom Seven")), L(new Cell(72, "ORSON DELACROIX-VANE,"), new Cell(340, "Tuesday 9:30 A.M."))),
            "ORSON DELACROIX-VANE"
        },
        // The same with a ")" column printed between the cells.
        {
            "gap and parenthesis",
            Caption(L(new Cell(90, "v."), new Cell(300, ")"), new Cell(340, "Courtroom Seven")), L(new Cell(72, "ORSON DELACROIX-VANE,"), new Cell(300, ")"), new Cell(340, "Tuesday 9:30 A.M."))),
            "ORSON DELACROIX-VANE"
        },
        // A party name set wide-justified (every gap alike and wide): one cell, not split.
        {
            "justified name",
            Caption(L(new Cell(90, "v.")), L(new Cell(72, "ALDER BROOK NURSERY COMPANY,", Spread: 40))),
            "ALDER BROOK NURSERY COMPANY"
        },
    };

    [Theory]
    [MemberData(nameof(Captions))]
    public async Task RightHandCell_AtAWideGap_IsNotPartOfTheParty(string name, List<IReadOnlyList<Cell>> lines, string defendant)
    {
        using var stream = new MemoryStream(Render(lines));
        var result = await StayOrderExtractor.ExtractAsync(stream, name + ".pdf");
        result.Success.Should().BeTrue(result.Error?.Message);
        result.Source.Kind.Should().Be(SourceKinds.PdfText);
        var parties = result.Order!.Parties;
        parties.Should().NotBeNull(name);
        parties!.Plaintiffs.Should().Equal(["PERIWINKLE HOLDINGS LLC"], name);
        parties.Defendants.Should().Equal([defendant], name);
    }

    /// <summary>Lines of words ("/" between lines; in a line, words one normal gap apart, "_" a gap of 60 points, "=" a
    /// justified line: every gap 20 points).</summary>
    [Theory]
    [InlineData("NAME, ONE _RIGHT CELL", "RIGHT")]
    [InlineData("v. _Somewhere, California", "Somewhere,")]
    [InlineData("=Alpha beta gamma delta epsilon", "")]
    [InlineData("Two _words", "words")]
    [InlineData("=Justified two", "")]
    [InlineData("one two three four five", "")]
    public void ColumnGap_IsMarkedBeforeTheWordAfterAWideGap_Only(string line, string expected)
    {
        var written = new PositionedText();
        written.StartPage();
        written.StartLine(false);
        var justified = line.StartsWith('=');
        var x = 72.0;
        var words = line.TrimStart('=').Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var wide = words[i].StartsWith('_');
            var word = words[i].TrimStart('_');
            x += i == 0 ? 0 : wide ? 60 : justified ? 20 : 3;
            var place = new TokenPlace(1, x, 700, x + (6 * word.Length), 710, null, TokenFlags.None);
            written.AppendWord(word, place, i == 0);
            x = place.Right;
        }

        var model = LineModel.FromPositioned(written.Text(), written.Tokens);
        var marked = model.Tokens.Where(t => t.ColumnGapBefore).Select(t => model.Text.Substring(t.Start, t.Length)).ToList();
        marked.Should().Equal(expected.Length == 0 ? [] : [expected]);
    }
}
