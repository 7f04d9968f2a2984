using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// A word of a judge's title cut by a ruled line: the title line of a signature block may run across the pleading
/// paper's right-hand rule, which takes a letter with it (<c>JUDGE</c> read as <c>JUL DGE</c>, <c>JUL )GE</c>,
/// <c>JUIPGE</c>). On a title line — every other word on it a title word read whole (<c>SENIOR UNITED STATES DISTRICT</c>),
/// two or more of them — an upper-case token, or two neighbouring tokens joined, that is not a title word but one edit
/// from one becomes that word. A body line is never made of title words only, so no other text is touched.
/// </summary>
internal static class OcrTitleWords
{
    private static readonly string[] s_words = ["JUDGE", "MAGISTRATE", "DISTRICT", "UNITED", "STATES", "SENIOR", "CHIEF", "BANKRUPTCY"];

    /// <summary>Repairs title words on the lines of one page (PDF points).</summary>
    public static List<PageWord> Repair(List<PageWord> words)
    {
        var result = new List<PageWord>(words);
        for (var i = 0; i < result.Count; i++)
        {
            var w = result[i];
            if (IsTitleWord(w.Text) || w.Text.Count(char.IsLetter) < 2 || w.Text.Any(char.IsLower))
            {
                continue;
            }

            // The token alone ("JULGE"), or joined with the next token on its line ("JUL" + "DGE").
            var next = result
                .Where(n => !ReferenceEquals(n, w) && SameLine(n, w) && n.Left > w.Left && n.Left >= w.Right - (0.4 * w.Height) && n.Left - w.Right < 1.5 * w.Height)
                .MinBy(n => n.Left);
            if (IsTitleLine(result, w, null) && Closest(Letters(w.Text)) is { } alone)
            {
                result[i] = w with { Text = alone + Trailing(w.Text) };
            }
            else if (next is not null && !IsTitleWord(next.Text) && !next.Text.Any(char.IsLower) && IsTitleLine(result, w, next)
                && Closest(Letters(w.Text) + Letters(next.Text)) is { } joined)
            {
                result[i] = w with { Text = joined + Trailing(next.Text), Right = next.Right };
                result.Remove(next);
            }
        }

        return result;
    }

    /// <summary>The title word within one edit of <paramref name="letters"/>, or null.</summary>
    internal static string? Closest(string letters)
    {
        if (letters.Length < 4)
        {
            return null;
        }

        foreach (var word in s_words)
        {
            if (Math.Abs(word.Length - letters.Length) <= 1 && Shared.EditDistance.Of(letters.ToUpperInvariant(), word, 1) <= 1)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Whether every other word of two or more letters on <paramref name="w"/>'s line (but <paramref name="w"/>
    /// and <paramref name="next"/>) is a title word, and there are two or more.</summary>
    private static bool IsTitleLine(List<PageWord> words, PageWord w, PageWord? next)
    {
        var others = words.Where(n => !ReferenceEquals(n, w) && !ReferenceEquals(n, next) && SameLine(n, w) && n.Text.Count(char.IsLetter) >= 2).ToList();
        return others.Count >= 2 && others.All(n => IsTitleWord(n.Text));
    }

    private static bool SameLine(PageWord a, PageWord b) => Math.Abs(((a.Top + a.Bottom) / 2) - ((b.Top + b.Bottom) / 2)) < 0.5 * Math.Max(a.Height, b.Height);

    private static bool IsTitleWord(string text) => s_words.Contains(Letters(text).ToUpperInvariant(), StringComparer.Ordinal);

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetter));

    private static string Trailing(string text) => string.Concat(text.Reverse().TakeWhile(c => c is ',' or '.' or ';').Reverse());
}
