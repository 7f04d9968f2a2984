using System.Globalization;
using System.Text;

namespace CaseStay.Extract.Layout;

/// <summary>The layout of one positioned page, from its words whatever their source (a PDF's text layer,
/// <c>Pdf/PdfPageLayout</c>; an OCR engine, <c>Ocr/</c>): margin numbers, sidebars, bare page numbers removed; caption
/// cells split; lines grouped, with their paragraph breaks and bands.</summary>
internal sealed class PageLayout
{
    private const double BottomBand = 60;

    private PageLayout(List<PageLine> lines, bool usable)
    {
        Lines = lines;
        HasUsableText = usable;
    }

    public List<PageLine> Lines { get; }

    public bool HasUsableText { get; }

    /// <summary>The analysis of a page's words (PDF points, origin bottom-left, in the page's reading frame).</summary>
    /// <param name="words">The words.</param>
    /// <param name="width">Page width, points.</param>
    /// <param name="height">Page height, points.</param>
    /// <param name="verticalRules">Thin tall rules that may separate a caption's cells (none for OCR).</param>
    /// <param name="usable">Whether the page's text is usable (else it needs OCR).</param>
    /// <returns>The layout.</returns>
    public static PageLayout AnalyzeWords(List<PageWord> words, double width, double height, IReadOnlyList<(double X, double Top, double Bottom)> verticalRules, bool usable)
    {
        words = RemoveMarginNumbers(words, width);
        var lines = GroupLines(words);
        var bodySize = BodySize(lines);
        lines = MarkSuperscripts(lines);
        lines = lines.Where(l => !IsBarePageNumber(l, height)).ToList();
        lines = SplitCaptionCells(verticalRules, lines, width);
        var result = new List<PageLine>(lines.Count);
        var gaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var g = lines[i - 1].Baseline - lines[i].Baseline;
            if (g > 0)
            {
                gaps.Add(g);
            }
        }

        var typical = gaps.Count > 0 ? gaps.Order().ElementAt(gaps.Count / 2) : 24;
        var bodyLeft = lines.Count > 0 ? lines.Select(l => l.Left).Order().ElementAt(lines.Count / 4) : 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var blank = false;
            if (i > 0)
            {
                var gap = lines[i - 1].Baseline - line.Baseline;
                blank = gap > typical * 1.6 || gap < 0 || (line.Left > bodyLeft + 20 && gap > line.Size * 1.2);
            }

            var footnote = line.Size < bodySize - 1.2 && line.Baseline < height * 0.35;
            result.Add(line with { BlankBefore = blank, IsBottomBand = line.Baseline < BottomBand, IsFootnote = footnote, IsTopBand = line.Baseline > height - 45 });
        }

        return new PageLayout(result, usable);
    }

    /// <summary>A page checked for a text layer and not laid out: usable, no lines.</summary>
    public static PageLayout Skipped() => new([], true);

    /// <summary>A copy with its own list of lines (composing a text edits the lines in place).</summary>
    public PageLayout Copy() => new([.. Lines], HasUsableText);

    /// <summary>The pleading margin: integers 1–32 stacked in one narrow x column at the left, increasing down the page.</summary>
    private static List<PageWord> RemoveMarginNumbers(List<PageWord> words, double width)
    {
        var candidates = words.Where(w => w.Right < width * 0.25 && w.Text.Length <= 2 && int.TryParse(w.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= 32).ToList();
        if (candidates.Count < 4)
        {
            return words;
        }

        var best = candidates.GroupBy(w => Math.Round(w.Right / 8)).OrderByDescending(g => g.Count()).First().ToList();
        var near = candidates.Where(w => Math.Abs(w.Right - best[0].Right) <= 8).OrderByDescending(w => w.Baseline).ToList();
        if (near.Count < 4)
        {
            return words;
        }

        var values = near.Select(w => int.Parse(w.Text, CultureInfo.InvariantCulture)).ToList();
        var ascending = values.Zip(values.Skip(1)).Count(p => p.Second == p.First + 1);
        if (ascending * 10 < (values.Count - 1) * 7)
        {
            return words;
        }

        var remove = near.ToHashSet();
        return words.Where(w => !remove.Contains(w)).ToList();
    }

    /// <summary>Words become lines by chaining each word to the line whose last word ends left of it at the same
    /// height; chaining (rather than one baseline per line) follows a line through a slightly skewed scan.</summary>
    private static List<PageLine> GroupLines(List<PageWord> words)
    {
        var lines = new List<List<PageWord>>();
        foreach (var w in words.OrderBy(w => w.Left).ThenByDescending(w => w.Baseline))
        {
            var best = -1;
            var bestDistance = double.MaxValue;
            for (var i = 0; i < lines.Count; i++)
            {
                var last = lines[i][^1];
                var tolerance = Math.Max(2.5, 0.45 * Math.Max(last.Size, w.Size));
                var dy = Math.Abs(last.Baseline - w.Baseline);
                // Glyph boxes of some fonts overlap the next word: compare starts, not the previous word's right edge.
                if (last.Left >= w.Left - 0.5 || dy > tolerance)
                {
                    continue;
                }

                var distance = dy + (Math.Max(0, w.Left - last.Right) * 0.01);
                if (distance < bestDistance)
                {
                    best = i;
                    bestDistance = distance;
                }
            }

            if (best >= 0)
            {
                lines[best].Add(w);
            }
            else
            {
                lines.Add([w]);
            }
        }

        return lines
            .Select(l => new PageLine(l, Median(l.Select(w => w.Baseline)), Median(l.Select(w => w.Size)), false, false, false))
            .OrderByDescending(l => l.Baseline)
            .ToList();
    }

    private static double BodySize(List<PageLine> lines)
    {
        var sizes = lines.SelectMany(l => l.Words.Select(w => (w.Size, w.Text.Length))).ToList();
        if (sizes.Count == 0)
        {
            return 12;
        }

        return sizes.GroupBy(s => Math.Round(s.Size)).OrderByDescending(g => g.Sum(s => s.Length)).First().Key;
    }

    /// <summary>Digits set smaller and raised above the line are footnote markers: written as ¹²³.</summary>
    private static List<PageLine> MarkSuperscripts(List<PageLine> lines)
    {
        var result = new List<PageLine>(lines.Count);
        foreach (var line in lines)
        {
            var lineSize = line.Size;
            var baseline = Median(line.Words.Select(w => w.Baseline));
            var words = new List<PageWord>(line.Words.Count);
            foreach (var w in line.Words)
            {
                if (w.Letters.Count == 0 || !w.Letters.Any(l => l.Value.Length == 1 && char.IsAsciiDigit(l.Value[0])))
                {
                    words.Add(w);
                    continue;
                }

                var sb = new StringBuilder();
                var mainBase = Median(w.Letters.Where(l => l.Size >= w.Size * 0.9).Select(l => l.Baseline).DefaultIfEmpty(baseline));
                foreach (var l in w.Letters)
                {
                    var raised = l.Baseline > Math.Max(mainBase, baseline - 0.5) + (0.18 * lineSize) || (w.Letters.All(x => x.Size < lineSize * 0.8) && l.Baseline > baseline + (0.18 * lineSize));
                    var small = l.Size < lineSize * 0.85 || l.Size < w.Letters.Max(x => x.Size) * 0.85;
                    sb.Append(raised && small && l.Value.Length == 1 && char.IsAsciiDigit(l.Value[0]) ? Shared.FootnoteMarkers.ToSuperscript(l.Value[0]) : l.Value);
                }

                words.Add(w with { Text = sb.ToString() });
            }

            // A footnote line whose marker is printed small at its start ("1 The parties …" in 10-point type).
            result.Add(line with { Words = words });
        }

        return result;
    }

    private static bool IsBarePageNumber(PageLine line, double height)
    {
        if (line.Baseline > BottomBand + 20 && line.Baseline < height - 60)
        {
            return false;
        }

        var t = line.Text.Trim();
        var core = t.Trim('-', '–', ' ');
        return (core.Length is > 0 and <= 4 && core.All(char.IsAsciiDigit))
            || (t.StartsWith("Page ", StringComparison.OrdinalIgnoreCase) && t.Length < 20 && !t.Contains("Document", StringComparison.Ordinal));
    }

    /// <summary>
    /// The caption table: where a column of ")" characters, a ruled vertical line, or a constant wide gap divides
    /// the caption lines, the left cell (parties) is read first, then the right cell (case number, title).
    /// </summary>
    private static List<PageLine> SplitCaptionCells(IReadOnlyList<(double X, double Top, double Bottom)> rules, List<PageLine> lines, double width)
    {
        var (divider, top, bottom) = FindDivider(rules, lines, width);
        if (divider is not { } x)
        {
            return lines;
        }

        var before = lines.Where(l => l.Baseline > top).ToList();
        var region = lines.Where(l => l.Baseline <= top && l.Baseline >= bottom).ToList();
        var after = lines.Where(l => l.Baseline < bottom).ToList();
        var left = new List<PageLine>();
        var right = new List<PageLine>();
        foreach (var line in region)
        {
            var l = line.Words.Where(w => w.CenterX < x && !IsParen(w)).ToList();
            var r = line.Words.Where(w => w.CenterX >= x && !IsParen(w)).ToList();
            if (l.Count > 0)
            {
                left.Add(line with { Words = l });
            }

            if (r.Count > 0)
            {
                right.Add(line with { Words = r });
            }
        }

        return [.. before, .. left, .. right, .. after];
    }

    private static bool IsParen(PageWord w) => w.Text is ")" or "):" or ")." or "|";

    private static (double? X, double Top, double Bottom) FindDivider(IReadOnlyList<(double X, double Top, double Bottom)> rules, List<PageLine> lines, double width)
    {
        var parens = lines.SelectMany(l => l.Words.Where(IsParen).Select(w => (w.CenterX, l.Baseline))).ToList();
        var column = parens.GroupBy(p => Math.Round(p.CenterX / 6)).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (column is not null && column.Count() >= 3)
        {
            return (column.Average(p => p.CenterX), column.Max(p => p.Baseline) + 2, column.Min(p => p.Baseline) - 14);
        }

        foreach (var (x, top, bottom) in rules)
        {
            if (x > width * 0.3 && x < width * 0.7)
            {
                return (x, top, bottom);
            }
        }

        // A wide gap at the same x on three or more caption lines (two cells without rules).
        var candidates = new List<(double X, double Baseline)>();
        foreach (var line in lines.Take(40))
        {
            for (var i = 1; i < line.Words.Count; i++)
            {
                var gap = line.Words[i].Left - line.Words[i - 1].Right;
                if (gap >= 28 && line.Words[i].Left > width * 0.35 && line.Words[i].Left < width * 0.75)
                {
                    candidates.Add((line.Words[i].Left, line.Baseline));
                }
            }
        }

        // The caption is one block: keep the longest run of such lines that follow each other closely (a
        // signature line "Dated: …    /s/ …" further down has the same gap but is not the caption).
        var best = new List<(double X, double Baseline)>();
        foreach (var g in candidates.GroupBy(c => Math.Round(c.X / 15)))
        {
            var run = new List<(double X, double Baseline)>();
            foreach (var c in g.OrderByDescending(c => c.Baseline))
            {
                if (run.Count > 0 && run[^1].Baseline - c.Baseline > 40)
                {
                    if (run.Count > best.Count)
                    {
                        best = run;
                    }

                    run = [];
                }

                run.Add(c);
            }

            if (run.Count > best.Count)
            {
                best = run;
            }
        }

        if (best.Count >= 3)
        {
            var lx = best.Min(c => c.X) - 4;
            return (lx, best.Max(c => c.Baseline) + 2, best.Min(c => c.Baseline) - 2);
        }

        return (null, 0, 0);
    }

    private static double Median(IEnumerable<double> values)
    {
        var list = values.Order().ToList();
        return list.Count == 0 ? 0 : list[list.Count / 2];
    }
}
