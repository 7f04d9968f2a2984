using System.Text.RegularExpressions;

namespace CaseStay.Extract.Readers.Stay;

/// <summary>
/// The text the stay grammar reads: white space collapsed to single spaces, curly apostrophes straightened,
/// inline pleading-margin numbers (a lone one- or two-digit number between words) dropped, and quotations
/// blanked (a quoted passage is someone else's words, never this court's decision). Letter case is kept: every
/// pattern of the grammar ignores case.
/// </summary>
internal static partial class StayText
{
    public static string Clean(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var s = Flatten(text);
        if (s.Contains('\u201C', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal))
        {
            s = Quotation().Replace(s, " [quotation] ");
        }

        if (s.Contains(" in part", StringComparison.OrdinalIgnoreCase))
        {
            s = PartlyGranted().Replace(s, "${g} in part");
        }

        return s.Contains("  ", StringComparison.Ordinal) ? Spaces().Replace(s, " ") : s;
    }

    /// <summary>
    /// White space collapsed, characters mapped (curly apostrophes, dashes; <c>* _ |</c> to spaces) and every lone one- or
    /// two-digit token dropped (its spaces kept): what collapsing and then <see cref="MarginNumber"/> replaced by
    /// nothing give, in one pass.
    /// </summary>
    /// <param name="text">The text (not empty).</param>
    /// <returns>The flattened text.</returns>
    internal static string Flatten(string text)
    {
        // One pass: white space collapsed, characters mapped, and a lone one- or two-digit token (a margin or page
        // number: digits between spaces or the ends) dropped as its token ends — what MarginNumber() removes.
        var buffer = text.Length <= 4096 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        var space = false;
        var tokenStart = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                DropMarginNumber(buffer, ref n, tokenStart, digits);
                buffer[n++] = ' ';
                tokenStart = n;
                digits = 0;
                space = false;
            }

            var mapped = c switch
            {
                '\u2019' or '\u2018' or '`' => '\'',
                '\u2013' or '\u2014' => '-',
                '*' or '_' or '|' => ' ',
                _ => c,
            };
            if (mapped == ' ')
            {
                DropMarginNumber(buffer, ref n, tokenStart, digits);
                buffer[n++] = ' ';
                tokenStart = n;
                digits = 0;
                continue;
            }

            digits += char.IsDigit(mapped) ? 1 : 0;
            buffer[n++] = mapped;
        }

        DropMarginNumber(buffer, ref n, tokenStart, digits);
        return new string(buffer[..n]);
    }

    /// <summary>Drops the token that starts at <paramref name="tokenStart"/> when it is one or two digits and nothing else.</summary>
    private static void DropMarginNumber(Span<char> buffer, ref int n, int tokenStart, int digits)
    {
        var length = n - tokenStart;
        if (length is 1 or 2 && digits == length)
        {
            n = tokenStart;
        }
    }

    // A lone 1–2 digit number between spaces is a pleading line number or a page number in flattened text.
    [GeneratedRegex(@"(?<=^|\s)\d{1,2}(?=\s|$)", RegexOptions.CultureInvariant)]
    internal static partial Regex MarginNumber();

    [GeneratedRegex(@"“[^“”]{0,600}”|(?<![\w])""[^""]{1,600}""", RegexOptions.CultureInvariant)]
    private static partial Regex Quotation();

    // "GRANTED IN PART AND DENIED IN PART" / "GRANTING IN PART AND DENYING IN PART": a stay is granted in part.
    [GeneratedRegex(@"(?<g>\bgrant(?:s|ed|ing)?)\s+in\s+part\s*,?\s+and\s+den(?:y|ies|ied|ying)\s+in\s+part\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartlyGranted();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
