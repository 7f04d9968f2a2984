using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// The caption's two cells of a scan, to their full height. The divider is the ")" column (as
/// <see cref="OcrCaptionColumn"/> marked it) or, on a caption printed without one, the common left edge of the right
/// cell: three or more rows close together whose right-hand word starts at one x in the middle of the page after a wide
/// gap (or as the row's first word), two of them with words in both cells. The caption's rows are then followed up and
/// down from there while no word crosses the divider and the rows stay close; each gets a ")" at the divider, so the
/// page layout splits every row of the caption (a right cell that runs on below the last printed ")" — "Judge: …",
/// "Trial: …" — or a form heading such as "(PART ONE)" under the title no longer joins the parties). First page only;
/// of several aligned runs the highest on the page is the caption.
/// </summary>
internal static class OcrCaptionCells
{
    /// <summary>A gap this wide (points) before a word in the middle of the page separates two cells.</summary>
    public const double MinCellGap = 28;

    /// <summary>Right-cell left edges within this many points are one edge.</summary>
    public const double EdgeTolerance = 6;

    /// <summary>Caption rows follow each other at most this far apart (points, baseline to baseline).</summary>
    public const double MaxRowGap = 60;

    /// <summary>Words either side of the divider closer than this (points) are one line of text, not two cells.</summary>
    public const double MinWordSpaceGap = 12;

    /// <summary>Rows of an aligned right cell needed when no ")" column was found.</summary>
    public const int MinAlignedRows = 3;

    /// <summary>Marks the caption's divider on every caption row of one page (PDF points, origin bottom-left).</summary>
    /// <param name="words">The page's words after the margin column and the ")" column.</param>
    /// <param name="width">Page width, points.</param>
    /// <param name="height">Page height, points.</param>
    public static List<PageWord> Mark(List<PageWord> words, double width, double height)
    {
        // The caption is on the first page (a later page's two-column table or signature blocks are no caption).
        var typical = OcrSideways.TypicalHeight(words);
        if (typical <= 0 || words[0].Page != 1)
        {
            return words;
        }

        // Rows of words and dividers only: a row of specks is no caption row.
        var rows = Rows(words.Where(w => IsSolid(w) || IsParen(w)).ToList(), typical);
        var (left, x, seeds) = ParenColumn(rows, width);
        if (seeds.Count == 0)
        {
            (x, seeds) = AlignedCell(rows, width, height);
            left = x - 3;
        }

        if (seeds.Count == 0)
        {
            return words;
        }

        var caption = new SortedSet<int>(seeds);
        for (var i = seeds.Min() - 1; i >= 0 && Continues(rows[i], rows[i + 1], x); i--)
        {
            caption.Add(i);
        }

        for (var i = seeds.Max() + 1; i < rows.Count && Continues(rows[i], rows[i - 1], x); i++)
        {
            caption.Add(i);
        }

        // Rows between the seeds (a right-only row of the title) are caption rows too, when nothing crosses.
        for (var i = seeds.Min(); i <= seeds.Max(); i++)
        {
            if (!Crosses(rows[i], x))
            {
                caption.Add(i);
            }
        }

        var result = new List<PageWord>(words);
        foreach (var i in caption)
        {
            var row = rows[i];
            if (row.Any(w => IsParen(w) && Math.Abs(w.Right - x) <= EdgeTolerance))
            {
                continue;
            }

            var bottom = OcrGeometry.Median(row.Select(w => w.Bottom));
            result.Add(new PageWord(")", row[0].Page, left, bottom, x, bottom + typical, OcrGeometry.Median(row.Select(w => w.Baseline)), OcrGeometry.Median(row.Select(w => w.Size)))
            {
                Confidence = 1,
            });
        }

        return result;
    }

    /// <summary>The words grouped into rows by their vertical centre, top row first, each row left to right.</summary>
    internal static List<List<PageWord>> Rows(List<PageWord> words, double typical)
    {
        var rows = new List<List<PageWord>>();
        var centre = new List<double>();
        foreach (var w in words.OrderByDescending(w => (w.Top + w.Bottom) / 2))
        {
            var c = (w.Top + w.Bottom) / 2;
            if (rows.Count > 0 && centre[^1] - c < 0.5 * typical)
            {
                rows[^1].Add(w);
                continue;
            }

            rows.Add([w]);
            centre.Add(c);
        }

        foreach (var row in rows)
        {
            row.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        return rows;
    }

    /// <summary>The ")" column marked on three or more rows: its left and right edge and those rows.</summary>
    private static (double Left, double Right, List<int> Rows) ParenColumn(List<List<PageWord>> rows, double width)
    {
        var parens = rows.SelectMany((r, i) => r.Where(w => IsParen(w) && w.CenterX > width * 0.3 && w.CenterX < width * 0.7).Select(w => (w.Left, w.Right, Row: i))).ToList();
        var best = parens
            .Select(seed => parens.Where(p => Math.Abs(p.Right - seed.Right) <= EdgeTolerance).ToList())
            .OrderByDescending(g => g.Select(p => p.Row).Distinct().Count())
            .FirstOrDefault();
        if (best is null || best.Select(p => p.Row).Distinct().Count() < OcrCaptionColumn.MinTokens)
        {
            return (0, 0, []);
        }

        return (OcrGeometry.Median(best.Select(p => p.Left)), OcrGeometry.Median(best.Select(p => p.Right)), best.Select(p => p.Row).Distinct().ToList());
    }

    /// <summary>
    /// A right cell without a ")" column: the longest run of close rows (top half of the page and a little more) whose
    /// right-hand word starts at one x in the middle of the page after a wide gap or as the row's first word, with words
    /// left of the gap on at least two of them. The divider lies just left of that edge.
    /// </summary>
    private static (double X, List<int> Rows) AlignedCell(List<List<PageWord>> rows, double width, double height)
    {
        var starts = new List<(double Left, int Row, bool Both)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row[0].Top < height * 0.35)
            {
                continue;
            }

            for (var k = 0; k < row.Count; k++)
            {
                var w = row[k];
                if (w.Left < width * 0.35 || w.Left > width * 0.75 || (k > 0 && w.Left - row[k - 1].Right < MinCellGap))
                {
                    continue;
                }

                starts.Add((w.Left, i, k > 0));
                break;
            }
        }

        List<(double Left, int Row, bool Both)> best = [];
        foreach (var seed in starts)
        {
            var aligned = starts.Where(s => Math.Abs(s.Left - seed.Left) <= EdgeTolerance).OrderBy(s => s.Row).ToList();
            var run = new List<(double Left, int Row, bool Both)>();
            foreach (var s in aligned)
            {
                if (run.Count > 0 && rows[run[^1].Row][0].Baseline - rows[s.Row][0].Baseline > MaxRowGap)
                {
                    if (Better(run, best))
                    {
                        best = run;
                    }

                    run = [];
                }

                run.Add(s);
            }

            if (Better(run, best))
            {
                best = run;
            }
        }

        if (best.Count < MinAlignedRows || best.Count(s => s.Both) < 2)
        {
            return (0, []);
        }

        return (best.Min(s => s.Left) - 4, best.Select(s => s.Row).ToList());

        // The caption comes before the body: of two runs that qualify, the one that starts higher on the page (a
        // two-column table of dates further down is no caption); of two starting on one row, the longer.
        static bool Better(List<(double Left, int Row, bool Both)> run, List<(double Left, int Row, bool Both)> than) =>
            run.Count >= MinAlignedRows && run.Count(s => s.Both) >= 2
            && (than.Count == 0 || run[0].Row < than[0].Row || (run[0].Row == than[0].Row && run.Count > than.Count));
    }

    /// <summary>Whether a row next to a caption row is still the caption: close to it, and no word across the divider.</summary>
    private static bool Continues(List<PageWord> row, List<PageWord> next, double x) =>
        Math.Abs(OcrGeometry.Median(row.Select(w => w.Baseline)) - OcrGeometry.Median(next.Select(w => w.Baseline))) <= MaxRowGap && !Crosses(row, x);

    /// <summary>Whether a row's text runs across the divider: a word over it, or the words either side of it only a word
    /// space apart (a line of body text whose space happens to fall on the divider).</summary>
    private static bool Crosses(List<PageWord> row, double x)
    {
        var solid = row.Where(w => IsSolid(w) && !IsParen(w)).ToList();
        if (solid.Any(w => w.Left < x - 2 && w.Right > x + 2))
        {
            return true;
        }

        var before = solid.Where(w => w.CenterX < x).MaxBy(w => w.Right);
        var after = solid.Where(w => w.CenterX >= x).MinBy(w => w.Left);
        return before is not null && after is not null && after.Left - before.Right < MinWordSpaceGap;
    }

    /// <summary>A word, not a speck: two letters or digits, or read with confidence.</summary>
    private static bool IsSolid(PageWord w) => w.Text.Count(char.IsLetterOrDigit) >= 2 || w.Confidence is null or >= 0.6;

    private static bool IsParen(PageWord w) => w.Text is ")" or "):" or ")." or "|";
}
