namespace CaseStay.Extract.Layout;

/// <summary>
/// Column gaps of positioned lines. The canonical text joins the words of a line with one space, so a caption line
/// printed as two cells (<c>v.                    Case No. …</c>, <c>NAME,              ORDER GRANTING …</c>) reads as
/// one run of words; the page geometry still shows the cell boundary. A horizontal gap between two consecutive words
/// of a line is a column gap when it is at least <see cref="MinGapCharWidths"/> character widths of the line wide and
/// at least <see cref="MinGapToSpacing"/> times the line's other word spacing (the lower median of its other gaps):
/// exactly what a wide run of spaces is in <c>pdftotext -layout</c> text. A justified line widens every gap alike and
/// is not cut. The token after the gap gets <see cref="Token.ColumnGapBefore"/>; the text is not changed.
/// </summary>
internal static class ColumnGaps
{
    /// <summary>How many character widths (the median width of a character of the line's words) a column gap spans at
    /// least: a word space is about half a character, a justified one rarely two.</summary>
    public const double MinGapCharWidths = 4.0;

    /// <summary>How many times wider than the line's other word gaps a column gap is at least.</summary>
    public const double MinGapToSpacing = 3.0;

    /// <summary>The tokens with <see cref="Token.ColumnGapBefore"/> set where a column gap precedes a word.</summary>
    /// <param name="tokens">The tokens of a positioned source, in text order.</param>
    /// <returns>A new list (the same tokens, some marked); the input when no token is positioned.</returns>
    public static List<Token> Mark(List<Token> tokens)
    {
        List<Token>? marked = null;
        var words = new List<(int Token, TokenPlace Place, int Chars)>();
        for (var first = 0; first < tokens.Count;)
        {
            var end = first + 1;
            while (end < tokens.Count && tokens[end].SourceLine == tokens[first].SourceLine && !tokens[end].FormFeedBefore)
            {
                end++;
            }

            Words(tokens, first, end, words);
            foreach (var index in GapWords(words))
            {
                marked ??= [.. tokens];
                marked[index] = marked[index] with { ColumnGapBefore = true };
            }

            first = end;
        }

        return marked ?? tokens;
    }

    /// <summary>The line's words: consecutive tokens sharing one <see cref="TokenPlace"/> are one word.</summary>
    private static void Words(List<Token> tokens, int first, int end, List<(int Token, TokenPlace Place, int Chars)> words)
    {
        words.Clear();
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Place is not { } place)
            {
                continue;
            }

            if (words.Count > 0 && ReferenceEquals(words[^1].Place, place))
            {
                words[^1] = (words[^1].Token, place, words[^1].Chars + tokens[i].Length);
            }
            else
            {
                words.Add((i, place, tokens[i].Length));
            }
        }
    }

    /// <summary>The token indexes of the words a column gap precedes.</summary>
    private static List<int> GapWords(List<(int Token, TokenPlace Place, int Chars)> words)
    {
        var found = new List<int>();
        if (words.Count < 2)
        {
            return found;
        }

        var widths = words.Where(w => w.Chars > 0 && w.Place.Right > w.Place.Left).Select(w => (w.Place.Right - w.Place.Left) / w.Chars).Order().ToList();
        if (widths.Count == 0)
        {
            return found;
        }

        var charWidth = widths[(widths.Count - 1) / 2];
        var gaps = new double[words.Count - 1];
        for (var i = 1; i < words.Count; i++)
        {
            var (a, b) = (words[i - 1].Place, words[i].Place);
            gaps[i - 1] = a.Page == b.Page ? Math.Max(0, b.Left - a.Right) : 0;
        }

        for (var g = 0; g < gaps.Length; g++)
        {
            if (gaps[g] < MinGapCharWidths * charWidth)
            {
                continue;
            }

            var others = gaps.Where((_, k) => k != g).Order().ToList();
            if (others.Count == 0 || gaps[g] >= MinGapToSpacing * others[(others.Count - 1) / 2])
            {
                found.Add(words[g + 1].Token);
            }
        }

        return found;
    }
}
