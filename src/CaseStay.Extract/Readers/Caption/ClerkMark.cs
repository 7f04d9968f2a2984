namespace CaseStay.Extract.Readers.Caption;

/// <summary>
/// A clerk's mark printed far to the right of a heading (C.D. Cal. minutes and orders: <c>'O'</c> for an opinion to
/// publish, <c>JS-6</c> / <c>JS-5</c> for the civil cover-sheet status, <c>LINK: 12</c> for the docket entry linked).
/// A mark is neither a party, nor a title word, nor a right-hand caption cell: a heading with a mark beside it is one
/// line of one cell.
/// </summary>
internal static class ClerkMark
{
    private const string Quotes = "'‘’\"“”`";

    /// <summary>True for a mark token: a quoted one- or two-letter code (<c>'O'</c>, <c>‘O’</c>), <c>JS-6</c>,
    /// <c>JS6</c>, <c>LINK:</c>.</summary>
    /// <param name="text">The token's text.</param>
    /// <returns>True for a mark.</returns>
    public static bool IsMark(string text)
    {
        var t = text.AsSpan().TrimEnd(",;.").Trim("[]()");
        if (t.Length is 3 or 4 && Quotes.Contains(t[0]) && Quotes.Contains(t[^1]))
        {
            foreach (var c in t[1..^1])
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        if (t.Length is >= 3 and <= 5 && t.StartsWith("JS", StringComparison.Ordinal))
        {
            var rest = t[2..].TrimStart('-');
            return rest.Length is 1 or 2 && !rest.ContainsAnyExceptInRange('0', '9');
        }

        return t is "LINK:" or "LINK";
    }

    /// <summary>True when the tokens <paramref name="from"/> .. <paramref name="to"/>-1 are marks only (a number counts
    /// after <c>LINK:</c>, <c>JS</c> alone before a number).</summary>
    /// <param name="tokens">The caption tokens.</param>
    /// <param name="from">The first token.</param>
    /// <param name="to">Past the last token.</param>
    /// <returns>True when every token is part of a mark (and there is at least one).</returns>
    public static bool OnlyMarks(List<CaptionToken> tokens, int from, int to)
    {
        if (from >= to)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            var t = tokens[i].Text;
            var number = t.Length is >= 1 and <= 4 && !t.AsSpan().TrimEnd(",;.").ContainsAnyExceptInRange('0', '9');
            var afterLink = i > from && tokens[i - 1].Text is "LINK:" or "LINK" or "JS" or "JS-";
            if (!IsMark(t) && !(number && afterLink) && !(t is "JS" or "JS-" && i + 1 < to))
            {
                return false;
            }
        }

        return true;
    }
}
