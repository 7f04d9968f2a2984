using CaseStay.Extract.Pdf;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// A word whose box took in a speck below it has its baseline too low and would join the next line ("Plaintiff,
/// OYELOWO,"). Such a word — taller than the page's typical word — takes the baseline of the nearest word of normal
/// height whose top is level with its own.
/// </summary>
internal static class OcrBaselines
{
    public static List<PdfWord> Snap(List<PdfWord> words)
    {
        var typical = OcrSideways.TypicalHeight(words);
        if (typical <= 0)
        {
            return words;
        }

        var normal = words.Where(w => w.Height <= 1.15 * typical && w.Text.Length >= 2).ToList();
        var result = new List<PdfWord>(words.Count);
        foreach (var w in words)
        {
            if (w.Height <= 1.2 * typical)
            {
                result.Add(w);
                continue;
            }

            var level = normal
                .Where(n => Math.Abs(n.Top - w.Top) < 0.35 * typical)
                .OrderBy(n => Math.Max(0, Math.Max(n.Left - w.Right, w.Left - n.Right)))
                .FirstOrDefault();
            result.Add(level is null ? w : w with { Bottom = level.Bottom, Baseline = level.Baseline });
        }

        return result;
    }
}
