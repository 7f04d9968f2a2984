namespace CaseStay.Extract.Layout;

/// <summary>
/// Finds the pleading-paper margin numbers (1–28 on each page) in text, wherever the converter left them:
/// at line starts, alone on lines, or inline between words when line breaks were collapsed.
/// </summary>
/// <remarks>
/// Works by geometry of the sequence, not by deleting leading digits: a bare integer is a margin number only
/// when it continues an ascending chain (n, n+1, …) or restarts it at 1 after a page's last line. A restart
/// takes the last "1" before the next "2", so a page number or a footnote marker printed between
/// "28" and the next page's "1" is kept as text. A chain starts only where three consecutive numbers follow
/// each other closely, so a lone "1" before a footnote is never taken for a line number.
/// </remarks>
internal static class PleadingMargin
{
    private const int MaxValue = 32;
    private const int MaxGap = 2500;
    private const int StartWindow = 900;
    private const int MaxFootZone = 900;
    private const int CollapsedLineLength = 200;

    internal sealed record Result(
        HashSet<int> MarginTokens,
        HashSet<int> PageStartTokens,
        List<(int FirstToken, int LastToken)> FootZones,
        bool Found);

    /// <summary>No margin: what a positioned source's lines have (the page layout removed it by geometry).</summary>
    /// <returns>An empty result.</returns>
    public static Result None() => new([], [], [], false);

    public static Result Analyze(string text, IReadOnlyList<Token> tokens, int[] lineLengths)
    {
        // In text whose line breaks were collapsed (few, long lines) a margin number may stand anywhere;
        // otherwise only at the start of a line.
        var nonEmptyLines = lineLengths.Count(l => l > 0);
        var collapsed = nonEmptyLines <= 3;
        var candidates = new List<(int Token, int Value)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Length > 2 || !(t.FirstOnLine || collapsed || lineLengths[t.SourceLine] > CollapsedLineLength))
            {
                continue;
            }

            var span = text.AsSpan(t.Start, t.Length);
            if (!int.TryParse(span, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
                || v < 1 || v > MaxValue || span[0] == '0')
            {
                continue;
            }

            candidates.Add((i, v));
        }

        var margin = new HashSet<int>();
        var pageStarts = new HashSet<int>();
        var footZones = new List<(int, int)>();
        var ci = FindStart(tokens, candidates, 0);
        if (ci < 0)
        {
            return new Result(margin, pageStarts, footZones, false);
        }

        margin.Add(candidates[ci].Token);
        if (candidates[ci].Value == 1 && tokens[candidates[ci].Token].Start > 300)
        {
            pageStarts.Add(candidates[ci].Token);
        }

        while (true)
        {
            var (tok, v) = candidates[ci];
            var pos = tokens[tok].Start;
            var cont = -1;
            for (var j = ci + 1; j < candidates.Count && tokens[candidates[j].Token].Start - pos <= MaxGap; j++)
            {
                if (candidates[j].Value == v + 1)
                {
                    cont = j;
                    break;
                }
            }

            var restart = v >= 20 ? FindRestart(tokens, candidates, ci) : -1;
            if (cont >= 0 && (restart < 0 || cont < restart))
            {
                ci = cont;
                margin.Add(candidates[ci].Token);
                continue;
            }

            if (restart >= 0)
            {
                var zoneFirst = FirstAfterLine(tokens, tok);
                var zoneLast = candidates[restart].Token - 1;
                if (zoneLast >= zoneFirst && tokens[zoneLast].End - tokens[zoneFirst].Start <= MaxFootZone)
                {
                    footZones.Add((zoneFirst, zoneLast));
                }

                ci = restart;
                margin.Add(candidates[ci].Token);
                pageStarts.Add(candidates[ci].Token);
                continue;
            }

            var tail = FirstAfterLine(tokens, tok);
            if (v >= 20 && tail < tokens.Count && tokens[^1].End - tokens[tail].Start <= MaxFootZone)
            {
                footZones.Add((tail, tokens.Count - 1));
            }

            var next = FindStart(tokens, candidates, ci + 1);
            if (next < 0)
            {
                break;
            }

            ci = next;
            margin.Add(candidates[ci].Token);
            if (candidates[ci].Value == 1)
            {
                pageStarts.Add(candidates[ci].Token);
            }
        }

        return new Result(margin, pageStarts, footZones, true);
    }

    /// <summary>The page foot begins after the last numbered line's own text: on the next physical line when
    /// the text has line breaks, right after the number when they were collapsed.</summary>
    private static int FirstAfterLine(IReadOnlyList<Token> tokens, int marginToken)
    {
        var line = tokens[marginToken].SourceLine;
        var next = marginToken + 1;
        if (next < tokens.Count && tokens[next].SourceLine == line && tokens[marginToken].FirstOnLine)
        {
            while (next < tokens.Count && tokens[next].SourceLine == line)
            {
                next++;
            }
        }

        return next;
    }

    private static int FindStart(IReadOnlyList<Token> tokens, List<(int Token, int Value)> c, int from)
    {
        for (var i = from; i < c.Count; i++)
        {
            var second = NextWithValue(tokens, c, i, c[i].Value + 1, StartWindow);
            if (second < 0)
            {
                continue;
            }

            if (NextWithValue(tokens, c, second, c[i].Value + 2, StartWindow) >= 0 || c[i].Value + 1 >= 26)
            {
                return i;
            }
        }

        return -1;
    }

    private static int NextWithValue(IReadOnlyList<Token> tokens, List<(int Token, int Value)> c, int from, int value, int window)
    {
        var pos = tokens[c[from].Token].Start;
        for (var j = from + 1; j < c.Count && tokens[c[j].Token].Start - pos <= window; j++)
        {
            if (c[j].Value == value)
            {
                return j;
            }
        }

        return -1;
    }

    private static int FindRestart(IReadOnlyList<Token> tokens, List<(int Token, int Value)> c, int from)
    {
        var pos = tokens[c[from].Token].Start;
        var lastOne = -1;
        for (var j = from + 1; j < c.Count && tokens[c[j].Token].Start - pos <= MaxGap; j++)
        {
            if (c[j].Value == 1)
            {
                lastOne = j;
            }
            else if (c[j].Value == 2 && lastOne >= 0)
            {
                return tokens[c[j].Token].Start - tokens[c[lastOne].Token].Start <= StartWindow ? lastOne : -1;
            }
        }

        return -1;
    }
}
