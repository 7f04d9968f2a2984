using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// The caption's ")" column of a scan, found by position: the engine reads most of those parentheses as ")" but
/// some as "|", "_", "y-", "')" or glues one to the last word of a party line ("et)"). The column is the x in
/// the middle of the page where three or more short tokens stand one above the other, one of them a ")" or "|"; every short token on it within the
/// caption's rows becomes a ")" at the column, and a longer token ending on it loses its trailing parenthesis. The
/// page layout then splits the caption at that column as it does for a text layer.
/// </summary>
internal static class OcrCaptionColumn
{
    /// <summary>Tokens of the column needed to accept it.</summary>
    public const int MinTokens = 3;

    public static List<PageWord> Mark(List<PageWord> words, double width)
    {
        // Short tokens without digits in the middle of the page that are not confident words (")", "|", "y-", "')"
        // but not "of" or "a"); the column is the x (within 6 points) that most of them share in one vertical run
        // (no gap over three caption rows), when at least one of them is a real ")" or "|".
        var shortTokens = words.Where(w => w.Text.Length <= 3 && !w.Text.Any(char.IsAsciiDigit) && w.CenterX > width * 0.3 && w.CenterX < width * 0.7
            && (w.Text.Count(char.IsLetter) <= 1 && !IsWord(w.Text) || w.Confidence is < 0.5)).ToList();
        List<PageWord> column = [];
        foreach (var seed in shortTokens.Where(w => IsMark(w.Text)))
        {
            var run = VerticalRun(shortTokens.Where(w => Math.Abs(w.CenterX - seed.CenterX) <= 6).ToList(), seed);
            if (run.Count > column.Count)
            {
                column = run;
            }
        }

        if (column.Count < MinTokens)
        {
            return words;
        }

        var x = OcrGeometry.Median(column.Where(w => IsMark(w.Text)).Select(w => w.Right));
        var line = OcrGeometry.Median(column.Select(w => w.Height));
        var top = column.Max(w => w.Top) + (1.5 * line);
        var bottom = column.Min(w => w.Bottom) - (1.5 * line);
        var result = new List<PageWord>(words.Count);
        foreach (var w in words)
        {
            if (w.Top > top || w.Bottom < bottom || w.Left > x + 2 || w.Right < x - 8)
            {
                result.Add(w);
                continue;
            }

            var core = w.Text.Trim(')', '|', ']', '}', '_', '-', '\'', '‘', '’', '"', '“', '”', '.', ',', ':', ';', '+');
            if (w.Text.Length <= 3 && !w.Text.Any(char.IsAsciiDigit) && (core.Length <= 1 || Math.Abs(w.CenterX - x) <= 8))
            {
                result.Add(w with { Text = ")", Left = x - 3, Right = x });
            }
            else if (w.Text[^1] is ')' or '|' && Math.Abs(w.Right - x) <= 4 && w.Text.Length > 1)
            {
                // A party line's last word glued to the parenthesis: "et)" is "et" and ")".
                var per = (w.Right - w.Left) / w.Text.Length;
                result.Add(w with { Text = w.Text[..^1], Right = w.Right - per });
                result.Add(w with { Text = ")", Left = x - 3, Right = x });
            }
            else
            {
                result.Add(w);
            }
        }

        return result;
    }

    /// <summary>The tokens that follow each other above and below <paramref name="seed"/> with gaps under 40 points.</summary>
    private static List<PageWord> VerticalRun(List<PageWord> tokens, PageWord seed)
    {
        var sorted = tokens.OrderByDescending(w => w.Top).ToList();
        var at = sorted.IndexOf(seed);
        var first = at;
        var last = at;
        while (first > 0 && sorted[first - 1].Bottom - sorted[first].Top < 40)
        {
            first--;
        }

        while (last + 1 < sorted.Count && sorted[last].Bottom - sorted[last + 1].Top < 40)
        {
            last++;
        }

        return sorted.GetRange(first, last - first + 1);
    }

    /// <summary>A one-letter English word that may stand in a caption (the "v." of "v.", "a").</summary>
    private static bool IsWord(string text) => text.TrimEnd('.', ',').Length == 1 && text[0] is 'v' or 'V' or 'a' or 'A' or 'I';

    private static bool IsMark(string text) => text.Length <= 3 && text.Length > 0 && text[^1] is ')' or '|' && !text.Any(char.IsLetterOrDigit);
}
