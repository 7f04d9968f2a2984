using System.Globalization;
using UglyToad.PdfPig.Content;
using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Pdf;

/// <summary>The PdfPig half of a page's layout: the page's words in its reading frame (<see cref="PageRotation"/>), its
/// vertical rules and whether its text layer is usable; the analysis itself is <see cref="PageLayout.AnalyzeWords"/>,
/// the same for every positioned source.</summary>
internal static class PdfPageLayout
{
    /// <summary>The layout of a page read from its text layer.</summary>
    public static PageLayout Analyze(Page page)
    {
        var upright = PageRotation.Of(page);
        return Analyze(page, upright, PdfTextReader.WordsOf(upright.Letters, page.Number).ToList());
    }

    /// <summary>The analysis of a page whose words were already read (<see cref="PdfTextReader.WordsOf(Page)"/>: in the
    /// page's reading frame, see <see cref="PageRotation"/>).</summary>
    public static PageLayout Analyze(Page page, List<PageWord> words) => Analyze(page, PageRotation.Of(page), words);

    /// <summary>The same with the page's reading frame already computed.</summary>
    public static PageLayout Analyze(Page page, PageRotation upright, List<PageWord> words)
    {
        return PageLayout.AnalyzeWords(words, upright.Width, upright.Height, VerticalRules(page, upright), IsUsable(page, upright.Letters, words, upright.Height));
    }

    /// <summary>The page's thin tall paths in its reading frame: the rules that separate a caption's cells.</summary>
    public static List<(double X, double Top, double Bottom)> VerticalRules(Page page, PageRotation upright)
    {
        var rules = new List<(double X, double Top, double Bottom)>();
        foreach (var path in page.Paths)
        {
            if (path.GetBoundingRectangle() is { } found && upright.Map(found) is var r && r.Width < 3 && r.Height > 60)
            {
                rules.Add((r.Left, r.Top, r.Bottom));
            }
        }

        return rules;
    }

    /// <summary>True when the page's text layer can be read (enough mapped letters outside the CM/ECF stamp band,
    /// and not a page-size scan under a few labels); <paramref name="words"/> in the page's reading frame.</summary>
    internal static bool IsUsable(Page page, PageRotation upright, List<PageWord> words) => IsUsable(page, upright.Letters, words, upright.Height);

    private static bool IsUsable(Page page, IReadOnlyList<Letter> letters, List<PageWord> words, double height)
    {
        if (letters.Count == 0)
        {
            return false;
        }

        // Only a CM/ECF stamp in the top band, or glyphs without a Unicode mapping: the page needs OCR.
        var body = 0;
        foreach (var w in words)
        {
            if (w.Top < height - 45)
            {
                foreach (var c in w.Text)
                {
                    body += char.IsLetter(c) ? 1 : 0;
                }
            }
        }

        var unmapped = 0;
        foreach (var l in letters)
        {
            unmapped += IsUnmapped(l.Value) ? 1 : 0;
        }

        if (body < 20 || unmapped * 5 >= letters.Count)
        {
            return false;
        }

        // A scan whose only text is a stamp or a few labels: a page-size image and little text.
        return body >= 200 || page.NumberOfImages == 0
            || !page.GetImages().Any(i => i.BoundingBox.Width * i.BoundingBox.Height >= 0.5 * page.Width * page.Height);
    }

    /// <summary>A glyph without a Unicode mapping: "(cid:N)", the replacement character, a control or a private-use character.</summary>
    private static bool IsUnmapped(string value)
    {
        if (value.Contains("cid:", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var c in value)
        {
            if (c == '\uFFFD' || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.PrivateUse)
            {
                return true;
            }
        }

        return false;
    }
}
