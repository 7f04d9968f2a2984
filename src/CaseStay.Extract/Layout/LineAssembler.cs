namespace CaseStay.Extract.Layout;

/// <summary>
/// Stage 2: logical lines. For text sources it splits the input into lines, removes the pleading-paper margin numbers
/// (found as a sequence, <see cref="PleadingMargin"/>), OCR margin bars ("|", "||") and bare page numbers, and marks
/// page-foot zones. For positioned sources (PDF and OCR pages, <see cref="PositionedText"/>) the lines come from the
/// page layout, whose geometry already removed the margin, the page numbers and the running footers: no margin is
/// searched for again, and a page is a page of the source (a rule line is not a page break).
/// </summary>
internal static class LineAssembler
{
    /// <summary>A line this long is collapsed text (many source lines joined): a page number may stand inside it.</summary>
    private const int CollapsedLineLength = 200;

    /// <summary>The lines of a text source.</summary>
    /// <param name="text">The text (normalized).</param>
    /// <returns>The lines, the number of pages, and whether pages were put back in caption-first order.</returns>
    public static (IReadOnlyList<LayoutLine> Lines, int Pages, bool Reordered) Assemble(string text)
    {
        var tokens = Token.Tokenize(text, out var lineLengths);
        return Group(text, tokens, lineLengths, PleadingMargin.Analyze(text, tokens, lineLengths), positioned: false);
    }

    /// <summary>The lines of a positioned source: its tokens as written by <see cref="PositionedText"/>, grouped into
    /// the lines they were written as, without a second margin search.</summary>
    /// <param name="text">The canonical text the tokens index (normalized).</param>
    /// <param name="tokens">The tokens, in text order.</param>
    /// <returns>The lines, the number of pages, and whether pages were put back in caption-first order.</returns>
    public static (IReadOnlyList<LayoutLine> Lines, int Pages, bool Reordered) AssemblePositioned(string text, List<Token> tokens) =>
        Group(text, tokens, [], PleadingMargin.None(), positioned: true);

    /// <summary>Tokens to lines: one line per source line, margin tokens, bars, bare page numbers and rules left out.</summary>
    private static (IReadOnlyList<LayoutLine> Lines, int Pages, bool Reordered) Group(string text, List<Token> tokens, int[] lineLengths, PleadingMargin.Result margin, bool positioned)
    {
        var footToken = new bool[tokens.Count];
        foreach (var (first, last) in margin.FootZones)
        {
            for (var i = first; i <= last; i++)
            {
                footToken[i] = true;
            }
        }

        var lines = new List<LayoutLine>();
        var current = new List<Token>();
        var page = 1;
        var currentPage = 1;
        var blankBefore = false;
        var currentBlank = false;
        var currentFoot = false;
        var afterMargin = false;

        void Flush()
        {
            if (current.Count > 0)
            {
                if (!IsBareNumberLine(text, current))
                {
                    lines.Add(new LayoutLine(currentPage, current.ToArray(), currentBlank, currentFoot ? LineZone.PageFoot : LineZone.Body));
                }
                else
                {
                    blankBefore = true;
                }

                current.Clear();
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.FormFeedBefore)
            {
                Flush();
                page++;
                blankBefore = true;
            }

            if (t.NewlinesBefore > 0)
            {
                Flush();
                if (t.NewlinesBefore > 1)
                {
                    blankBefore = true;
                }
            }

            if (margin.MarginTokens.Contains(i))
            {
                Flush();
                if (margin.PageStartTokens.Contains(i))
                {
                    page++;
                    blankBefore = true;
                }

                afterMargin = true;
                continue;
            }

            if ((afterMargin || t.FirstOnLine) && IsBar(text, t))
            {
                continue;
            }

            afterMargin = false;
            var endsZone = i + 1 >= tokens.Count || !footToken[i + 1] || tokens[i + 1].SourceLine != t.SourceLine;
            if (footToken[i] && IsPageNumber(text, t, page) && (endsZone || margin.MarginTokens.Contains(i + 1)) && (t.FirstOnLine || i + 1 >= tokens.Count || !footToken[i + 1])
                && (lineLengths[t.SourceLine] > CollapsedLineLength || OnlyNumberOnLine(text, tokens, i)))
            {
                continue;
            }

            if (IsRule(text, t, tokens, i))
            {
                // A markdown page separator ("---"): the converter's page break. On a positioned page it is a printed
                // rule (a signature line): dropped, but the page is the source's.
                Flush();
                page += positioned ? 0 : 1;
                blankBefore = true;
                continue;
            }

            if (current.Count > 0 && footToken[i] != currentFoot)
            {
                Flush();
            }

            if (current.Count == 0)
            {
                currentPage = page;
                currentBlank = blankBefore;
                currentFoot = footToken[i];
                blankBefore = false;
            }

            current.Add(t);
        }

        Flush();
        var ordered = PageOrder.Restore(text, lines, out var reordered);
        return (ordered, page, reordered);
    }

    /// <summary>
    /// A page number stands alone on its line (with dashes at most: "- 2 -"); a number that ends a line of words
    /// ("… Page 2 of 2") is text.
    /// </summary>
    private static bool OnlyNumberOnLine(string text, List<Token> tokens, int i)
    {
        var line = tokens[i].SourceLine;
        for (var k = i - 1; k >= 0 && tokens[k].SourceLine == line; k--)
        {
            if (HasLetterOrDigit(text, tokens[k]))
            {
                return false;
            }
        }

        for (var k = i + 1; k < tokens.Count && tokens[k].SourceLine == line; k++)
        {
            if (HasLetterOrDigit(text, tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLetterOrDigit(string text, Token t)
    {
        foreach (var c in text.AsSpan(t.Start, t.Length))
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPageNumber(string text, Token t, int page) =>
        t.Length <= 3 && int.TryParse(text.AsSpan(t.Start, t.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n == page;

    private static bool IsRule(string text, Token t, List<Token> tokens, int i)
    {
        if (!t.FirstOnLine || t.Length < 3 || (i + 1 < tokens.Count && tokens[i + 1].SourceLine == t.SourceLine))
        {
            return false;
        }

        var span = text.AsSpan(t.Start, t.Length);
        return span.Trim('-').IsEmpty || span.Trim('*').IsEmpty || span.Trim('_').IsEmpty || span.Trim('=').IsEmpty;
    }

    private static bool IsBar(string text, Token t) =>
        t.Length <= 2 && text.AsSpan(t.Start, t.Length).Trim('|').IsEmpty;

    private static bool IsBareNumberLine(string text, List<Token> tokens)
    {
        if (tokens.Count != 1 || tokens[0].Length > 3)
        {
            return false;
        }

        foreach (var c in text.AsSpan(tokens[0].Start, tokens[0].Length))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
