using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// Footnote markers by geometry: a token of one or two marker characters (a digit, or the <c>!</c>, <c>|</c>,
/// <c>l</c>, <c>I</c> Tesseract reads a small raised "1" as), set smaller than the word beside it and raised above that
/// word's baseline while still overlapping it, is a superscript. It is written as ¹²³ (as the PDF path writes a
/// superscript) and put on its neighbour's line: before a word at a footnote's start (<c>¹ The parties …</c>), glued
/// to the word it follows in the body (<c>administrator.¹</c>). Without this the raised marker forms a line of its own,
/// and the footnote runs into the directive above it.
/// </summary>
internal static class OcrSuperscripts
{
    /// <summary>A marker is smaller than this share of its neighbour's height.</summary>
    public const double MaxHeightShare = 0.8;

    /// <summary>A marker's bottom is raised above its neighbour's bottom by at least this share of the neighbour's height.</summary>
    public const double MinRise = 0.25;

    /// <summary>A marker stands at most this share of its neighbour's height away from it, left or right.</summary>
    public const double MaxGap = 0.6;

    /// <summary>The share of a word's box height below the baseline when the word has a descender.</summary>
    public const double DescenderShare = 0.2;

    private const string Descenders = "gjpqy,;";

    /// <summary>Finds the raised markers of one page (PDF points, origin bottom-left) and places them on their lines.</summary>
    public static List<PageWord> Mark(List<PageWord> words)
    {
        var result = new List<PageWord>(words);
        var removed = new HashSet<int>();
        for (var i = 0; i < result.Count; i++)
        {
            var t = result[i];
            if (!IsMarkerText(t.Text))
            {
                continue;
            }

            var best = -1;
            var bestGap = double.MaxValue;
            for (var j = 0; j < result.Count; j++)
            {
                var n = result[j];
                if (j == i || removed.Contains(j) || n.Text.Count(char.IsLetterOrDigit) < 2 || !IsRaisedBeside(t, n, out var gap) || gap >= bestGap)
                {
                    continue;
                }

                (best, bestGap) = (j, gap);
            }

            if (best < 0)
            {
                continue;
            }

            var neighbour = result[best];
            var marker = ToSuperscript(t.Text);
            if (neighbour.Right <= t.Left)
            {
                // A reference after a word: glued to it, as the text layer prints it.
                result[best] = neighbour with { Text = neighbour.Text + marker, Right = Math.Max(neighbour.Right, t.Right), Top = Math.Max(neighbour.Top, t.Top) };
                removed.Add(i);
            }
            else
            {
                // A footnote's own marker before its first word: a word of its own on that line.
                result[i] = t with { Text = marker, Bottom = neighbour.Bottom, Baseline = neighbour.Baseline, Size = neighbour.Size };
            }
        }

        return removed.Count == 0 ? result : result.Where((_, i) => !removed.Contains(i)).ToList();
    }

    /// <summary>Whether <paramref name="t"/> is set smaller than <paramref name="n"/>, raised above its baseline while
    /// overlapping it, and close to its left or right edge.</summary>
    internal static bool IsRaisedBeside(PageWord t, PageWord n, out double gap)
    {
        var h = n.Height;
        gap = Math.Max(n.Left - t.Right, t.Left - n.Right);

        // A word with a descender ("Page") has its box's bottom below the baseline the marker rises from.
        var baseline = n.Bottom + (n.Text.Any(c => Descenders.Contains(c)) ? DescenderShare * h : 0);
        return h > 0
            && t.Height < MaxHeightShare * h
            && t.Bottom >= baseline + (MinRise * h)
            && t.Bottom < n.Top
            && t.Top > n.Top - (0.25 * h)
            && gap < MaxGap * h
            && gap > -0.3 * h;
    }

    /// <summary>One or two digits, or a single character a raised "1" is read as.</summary>
    internal static bool IsMarkerText(string text) =>
        (text.Length is 1 or 2 && text.All(char.IsAsciiDigit)) || text is "!" or "|" or "l" or "I";

    private static string ToSuperscript(string text) =>
        text.All(char.IsAsciiDigit) ? string.Concat(text.Select(Shared.FootnoteMarkers.ToSuperscript)) : "¹";
}
