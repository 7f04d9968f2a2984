using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// Words that are not horizontal text: a word printed sideways (a court name along the page edge, a vertical
/// letterhead) comes back with a box far taller than a line and taller than wide; a slanted stamp's words with a box
/// several lines tall. Both are skipped.
/// </summary>
internal static class OcrSideways
{
    /// <summary>A word box this many times the page's typical word height is not one line of text.</summary>
    public const double TallFactor = 1.3;

    public static List<PageWord> Remove(List<PageWord> words)
    {
        var typical = TypicalHeight(words);
        if (typical <= 0)
        {
            return words;
        }

        return words.Where(w => !IsSideways(w, typical)).ToList();
    }

    /// <summary>The median height of confident words of three or more letters (one text line).</summary>
    internal static double TypicalHeight(List<PageWord> words) =>
        OcrGeometry.Median(words.Where(w => w.Text.Count(char.IsLetter) >= 3 && w.Confidence is null or >= 0.6).Select(w => w.Height));

    internal static bool IsSideways(PageWord w, double typical) =>
        w.Height > TallFactor * typical && (w.Height > 1.5 * (w.Right - w.Left) || w.Height > 3 * typical);
}
