using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Ocr;

/// <summary>Specks and smudges that the engine reads as a character or two with little confidence are dropped; a short
/// word read with confidence (a label "4.", "v.", "of") is kept, and a speck glued in front of a label ("_.4.") is cut off.
/// A mark of one or two punctuation characters standing alone on its line (no word within two line heights either
/// side) is a speck whatever its confidence: punctuation belongs to a word.</summary>
internal static partial class OcrSpecks
{
    /// <summary>Below this confidence a token of one or two characters is taken as a speck.</summary>
    public const double MinShortConfidence = 0.35;

    /// <summary>Below this confidence a token of one or two marks (no letter or digit) is taken as a speck.</summary>
    public const double MinMarkConfidence = 0.7;

    /// <summary>A punctuation mark farther than this many of its line's heights from every word is alone.</summary>
    public const double MaxMarkGap = 2;

    public static List<PageWord> Remove(List<PageWord> words)
    {
        var typical = OcrSideways.TypicalHeight(words);
        var result = new List<PageWord>(words.Count);
        foreach (var w in words)
        {
            if (typical > 0 && IsLoneMark(w, words, typical))
            {
                continue;
            }

            // (A ")" is kept: the caption column has already turned its specks into ")" at the divider.)
            if (w.Text.Length <= 2 && w.Confidence is { } c && !w.Text.Any(char.IsAsciiDigit) && w.Text is not ")" && !w.Text.Any(IsSuperscript)
                && (c < MinShortConfidence || (c < MinMarkConfidence && !w.Text.Any(char.IsLetter) && w.Text is not "(" and not "§" and not "&")))
            {
                continue;
            }

            // A speck read in front of a paragraph label ("_.4.", "'3."): the label.
            var label = LabelAfterJunk().Match(w.Text);
            if (label.Success)
            {
                result.Add(w with { Text = label.Groups[1].Value, Left = w.Right - ((w.Right - w.Left) * label.Groups[1].Length / w.Text.Length) });
            }
            else
            {
                // The electronic-signature mark's slashes read as brackets or bars ("[s/", "|s/").
                result.Add(SignatureMark().IsMatch(w.Text) ? w with { Text = "/s/" } : w);
            }
        }

        return result;
    }

    /// <summary>One or two punctuation characters (not a caption divider, a parenthesis, § or &amp;) with no word of
    /// letters or digits beside them on their line.</summary>
    internal static bool IsLoneMark(PageWord w, List<PageWord> words, double typical)
    {
        if (w.Text.Length > 2 || w.Text.Any(char.IsLetterOrDigit) || w.Text.Any(IsSuperscript) || w.Text is ")" or "(" or "|" or "§" or "&" or "):" or ").")
        {
            return false;
        }

        var centre = (w.Top + w.Bottom) / 2;
        return !words.Any(n => !ReferenceEquals(n, w) && n.Text.Any(char.IsLetterOrDigit)
            && n.Bottom - (0.5 * typical) < centre && n.Top + (0.5 * typical) > centre
            && Math.Max(n.Left - w.Right, w.Left - n.Right) < MaxMarkGap * typical);
    }

    /// <summary>A footnote marker placed by geometry (<see cref="OcrSuperscripts"/>) is kept whatever its confidence.</summary>
    private static bool IsSuperscript(char c) => c is '¹' or '²' or '³' or (>= '⁰' and <= '⁹');

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\[\]|lI(/]s[/|\]lI]$")]
    private static partial System.Text.RegularExpressions.Regex SignatureMark();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[_.,'‘’`~|\-]+(\d{1,2}\.)$")]
    private static partial System.Text.RegularExpressions.Regex LabelAfterJunk();
}
