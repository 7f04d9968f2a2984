using System.Globalization;
using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// The pleading margin of a scan, found by position: the body's left edge is where many confident words start,
/// and when a column of tokens stands left of it (numbers 1–28, or whatever the engine made of them: N, W, BR,
/// pues) every token entirely in that column is dropped. A token that straddles the edge (the engine glued a margin
/// glyph or the ruled line to the first word: "NANORTHGATE", "‘in") keeps only its characters right of the edge;
/// one whose characters are far wider than text (a blob of rule and specks) is dropped. Without a column (the engine
/// read no margin glyphs) a token of one or two characters left of the page's body edge is still dropped.
/// </summary>
internal static class OcrMarginColumn
{
    /// <summary>Tokens left of the body edge needed before they count as a margin column.</summary>
    public const int MinColumnTokens = 4;

    public static List<PageWord> Remove(List<PageWord> words, double width, OcrDocumentMargin? margin = null)
    {
        var found = BodyLeft(words, width);
        if (found is not null && margin is not null)
        {
            margin.Edge ??= found;
        }

        if ((found ?? margin?.Edge ?? ColumnEdge(words, width)) is not { } edge)
        {
            return words;
        }

        var column = words.Where(w => w.Right < edge - 2 && w.Left < width * 0.2).ToList();
        var numeric = column.Count(w => int.TryParse(w.Text.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= 32);
        var shortTokens = column.Count(w => w.Text.Length <= 4);
        if (column.Count < MinColumnTokens || (shortTokens * 10 < column.Count * 6 && numeric < MinColumnTokens))
        {
            // No column of tokens (the engine skipped the margin glyphs), but this page's own body edge is known: a
            // token of one or two characters entirely left of it is a fragment of the rule or a margin glyph in front
            // of a line ("f NORTHGATE"), not text.
            return found is { } own ? words.Where(w => !(w.Text.Length <= 2 && w.Right <= own + 1 && w.Left < own - 1 && w.Left < width * 0.2)).ToList() : words;
        }

        var charWidth = TypicalCharWidth(words);
        var result = new List<PageWord>(words.Count);
        foreach (var w in words)
        {
            if (w.Right <= edge + 1)
            {
                if (w.Left >= edge - 1)
                {
                    result.Add(w); // a short word at the edge itself ("v.", "IT")
                }

                continue;
            }

            if (w.Left >= edge - 1)
            {
                result.Add(w);
                continue;
            }

            // Straddles the edge: keep the characters whose centre lies right of it, unless it is a blob.
            var per = (w.Right - w.Left) / Math.Max(1, w.Text.Length);
            if (charWidth > 0 && per > 2 * charWidth)
            {
                continue;
            }

            var cut = 0;
            while (cut < w.Text.Length && w.Left + ((cut + 0.5) * per) < edge - 0.5)
            {
                cut++;
            }

            if (cut < w.Text.Length)
            {
                result.Add(w with { Text = w.Text[cut..], Left = w.Left + (cut * per) });
            }
        }

        return result;
    }

    /// <summary>
    /// The body's left edge: the leftmost x (to 3 points) at which at least four confident words of three or more
    /// letters start (two of them with five or more, so a column of margin junk is not taken for text), in the left
    /// third of the page; null when there is none.
    /// </summary>
    internal static double? BodyLeft(List<PageWord> words, double width)
    {
        var starts = words
            .Where(w => w.Text.Count(char.IsLetter) >= 3 && w.Confidence is null or >= 0.6 && w.Left < width / 3)
            .Select(w => w.Left)
            .Order()
            .ToList();
        for (var i = 0; i + 3 < starts.Count; i++)
        {
            if (starts[i + 3] - starts[i] <= 3 && words.Count(w => w.Text.Count(char.IsLetter) >= 5 && w.Left >= starts[i] && w.Left <= starts[i] + 3) >= 2)
            {
                return OcrGeometry.Median(starts.Skip(i).Take(4)) - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// Without a body edge (a page with few full lines): the right end of a column of four or more short tokens at
    /// the far left whose right edges lie within 12 points, plus a little.
    /// </summary>
    internal static double? ColumnEdge(List<PageWord> words, double width)
    {
        var left = words.Where(w => w.Text.Length <= 4 && w.Right < width * 0.15).OrderBy(w => w.Right).ToList();
        for (var i = 0; i + MinColumnTokens - 1 < left.Count; i++)
        {
            var window = left.Skip(i).TakeWhile(w => w.Right - left[i].Right <= 12).ToList();
            if (window.Count >= MinColumnTokens)
            {
                return window.Max(w => w.Right) + 2;
            }
        }

        return null;
    }

    /// <summary>The median width of one character in confident words of four or more characters.</summary>
    internal static double TypicalCharWidth(List<PageWord> words) =>
        OcrGeometry.Median(words.Where(w => w.Text.Length >= 4 && w.Confidence is null or >= 0.6).Select(w => (w.Right - w.Left) / w.Text.Length));
}
