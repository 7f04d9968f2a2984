using CaseStay.Extract.Ocr;
using FluentAssertions;
using Xunit;
using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Tests.Ocr;

/// <summary>
/// The caption's cells of a scan to their full height (synthetic word boxes in PDF points on a 612 × 792 page, invented
/// names): a right cell that runs on below the last ")" and a caption printed without a ")" column are split on every
/// row; a signature block and body text are left alone.
/// </summary>
public sealed class OcrCaptionCellsTests
{
    private const double Width = 612;
    private const double Height = 792;

    /// <summary>Rows of a page: "x:text|x:text" per row, top row first, 24 points apart from the given y down.</summary>
    public static TheoryData<string, double, string[], string[]> Pages => new()
    {
        {
            "a ) column on the first rows; the right cell runs on below it (judge, trial date) beside the party rows",
            600,
            [
                "150:UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT",
                "72:ORSOLYA BRENNICK, TAMSIN|300:)|330:Case No.: C05-0412 QT",
                "72:OKAFOR, and DELPHINE RUSK,|300:)|330:MOTION ORDER",
                "72:Plaintiffs,|300:)",
                "120:vs.|330:Judge: Hon. Wilmer Pratt",
                "72:HOLLOWAY FREIGHT CO.,|330:Trial: March 9, 2007",
                "72:Defendant.",
                "72:Good cause appearing, the motion is granted in full and the parties shall meet and confer.",
            ],
            ["Plaintiffs,", "vs.", "HOLLOWAY", "Defendant."]
        },
        {
            "no ) column: a right cell aligned at one x with a form heading under the title",
            600,
            [
                "200:WESTERN DIVISION OF THE DISTRICT",
                "72:MARLOW QUENTIN; ET AL.,|345:Case No. 2:19-cv-01234-ABC",
                "345:JURY VERDICT FORM",
                "150:Plaintiff,|345:(PART ONE)",
                "80:vs.",
                "72:ZEPHYR TRADING; ET AL.,",
                "150:Defendants.",
                "72:We the jury in the above entitled action find as follows on the questions submitted.",
            ],
            ["MARLOW", "Plaintiff,", "vs.", "ZEPHYR", "Defendants."]
        },
        {
            "a signature block low on the page (one row with both cells) is not a caption",
            300,
            [
                "72:The motion is granted and the parties shall file a joint report within thirty days of this order.",
                "72:IT IS SO ORDERED.",
                "72:Dated: June 3, 2024|330:/s/ Orla Fenwick",
                "330:UNITED STATES MAGISTRATE JUDGE",
                "330:EASTERN DISTRICT",
            ],
            []
        },
        {
            "body text only",
            600,
            [
                "72:The parties have conferred and agree that the deadlines set in the scheduling order",
                "72:should be extended by sixty days so that the expert reports can be exchanged.",
                "72:Good cause appearing, the request is granted.",
            ],
            []
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryCaptionRow_GetsTheDivider(string why, double top, string[] rows, string[] leftCellStarts)
    {
        var words = rows.SelectMany((r, i) => Row(r, top - (24 * i))).ToList();
        var marked = OcrCaptionCells.Mark(words, Width, Height);
        var layout = PageLayout.AnalyzeWords(marked, Width, Height, [], usable: true);
        var lines = layout.Lines.Select(l => l.Text).ToList();
        if (leftCellStarts.Length == 0)
        {
            marked.Count.Should().Be(words.Count, why);
            return;
        }

        // The left cell's rows come first, each without a word of the right cell; then the right cell.
        var firstRight = lines.FindIndex(l => l.StartsWith("Case No", StringComparison.Ordinal));
        firstRight.Should().BePositive(why);
        foreach (var start in leftCellStarts)
        {
            var i = lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
            i.Should().BeInRange(0, firstRight - 1, $"{why}: '{start}' is a left-cell row ({string.Join(" / ", lines)})");
            lines[i].Should().NotContainAny(["Judge", "Trial", "(PART", "VERDICT", "Case"], why);
        }
    }

    [Fact]
    public void TheCaptionIsFollowedNoFurtherThanARowAcrossTheDivider()
    {
        var rows = new[]
        {
            "72:ANSEL VARGA,|300:)|330:No. 1:22-cv-00981-XYZ",
            "72:Plaintiff,|300:)|330:ORDER",
            "72:v.|300:)",
            "72:KESTREL MILLS,",
            "72:This matter comes before the court on the motion of the defendant to stay the action.",
            "72:Defendant moves|330:under Rule 16.",
        };
        var words = rows.SelectMany((r, i) => Row(r, 600 - (24 * i))).ToList();
        var marked = OcrCaptionCells.Mark(words, Width, Height);
        var added = marked.Except(words).ToList();
        added.Should().ContainSingle("only the row of KESTREL MILLS is added; the body row stops the caption")
            .Which.Baseline.Should().Be(600 - (24 * 3));
    }

    [Fact]
    public void ATwoColumnTableBelowTheCaption_IsNotTheCaption_AndLaterPagesAreLeftAlone()
    {
        var rows = new[]
        {
            "72:PELLINGTON GRAIN CO.,|345:Case No. 2:20-cv-00456-ABC",
            "345:SCHEDULING ORDER",
            "150:Plaintiff,|345:AND STAY",
            "80:v.",
            "72:ROOKWOOD MILLING,",
            "72:The schedule below applies to every party who has appeared in this action or will appear.",
            "72:Expert disclosures|360:June 2, 2025",
            "72:Rebuttal experts|360:July 7, 2025",
            "72:Dispositive motions|360:August 4, 2025",
            "72:Final pretrial conference|360:October 6, 2025",
        };
        var words = rows.SelectMany((r, i) => Row(r, 700 - (24 * i))).ToList();
        var added = OcrCaptionCells.Mark(words, Width, Height).Except(words).ToList();
        added.Select(w => w.Baseline).Should().BeEquivalentTo(new[] { 700.0, 676, 652, 628, 604 },
            "every caption row gets the divider (no ) is printed); the table of dates further down does not");

        var later = words.Select(w => w with { Page = 2 }).ToList();
        OcrCaptionCells.Mark(later, Width, Height).Should().HaveCount(later.Count, "a caption is on the first page only");
    }

    private static IEnumerable<PageWord> Row(string row, double y)
    {
        foreach (var cell in row.Split('|'))
        {
            var colon = cell.IndexOf(':', StringComparison.Ordinal);
            var x = double.Parse(cell[..colon], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var text in cell[(colon + 1)..].Split(' '))
            {
                yield return new PageWord(text, 1, x, y, x + (6 * text.Length), y + 9, y, 10.35) { Confidence = 0.95 };
                x += (6 * text.Length) + 4;
            }
        }
    }
}
