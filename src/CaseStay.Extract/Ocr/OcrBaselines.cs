using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// A word whose box took in a speck below it has its baseline too low and would join the next line ("Plaintiff,
/// OYELOWO,"); one whose box took in a speck above it would join the line above. Such a word — taller than the page's
/// typical word — takes the baseline of the nearest word of normal height beside it (not above or below it)
/// whose top or bottom is level with its own.
/// </summary>
internal static class OcrBaselines
{
    /// <summary>Words of one line may overlap across by this share of the typical word height (a tight kerning), no more.</summary>
    public const double MaxOverlap = 0.2;

    public static List<PageWord> Snap(List<PageWord> words)
    {
        var typical = OcrSideways.TypicalHeight(words);
        if (typical <= 0)
        {
            return words;
        }

        var normal = words.Where(w => w.Height <= 1.15 * typical && w.Text.Length >= 2).ToList();
        var result = new List<PageWord>(words.Count);
        foreach (var w in words)
        {
            if (w.Height <= 1.2 * typical)
            {
                result.Add(w);
                continue;
            }

            // Its line's words stand beside it, never above or below it: a word that overlaps it across is on
            // another line. The speck may sit below (its top is level with the line) or above (its bottom is).
            var level = normal
                .Where(n => Math.Abs(n.Top - w.Top) < 0.35 * typical || Math.Abs(n.Bottom - w.Bottom) < 0.35 * typical)
                .Where(n => n.Right <= w.Left + (MaxOverlap * typical) || n.Left >= w.Right - (MaxOverlap * typical))
                .OrderBy(n => Math.Max(0, Math.Max(n.Left - w.Right, w.Left - n.Right)))
                .FirstOrDefault();
            result.Add(level is null ? w : w with { Bottom = level.Bottom, Baseline = level.Baseline });
        }

        return result;
    }
}
