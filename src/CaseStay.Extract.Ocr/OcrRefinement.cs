using CaseStay.Extract.Ocr.Native;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// Second look at the words a page pass read with low confidence: each is cut out of the full-resolution image
/// (with a little room) and read again as one text line; the new reading replaces the old one when it is clearly
/// surer. A speck-covered party name ("Fee" for NORTHGATE) or a first pass at reduced resolution recovers this way
/// without reading the whole page twice.
/// </summary>
internal static class OcrRefinement
{
    /// <summary>Words under this confidence (with two or more letters or digits) are read again.</summary>
    public const double DefaultThreshold = 0.6;

    /// <summary>At most this many words of a page are read again (a page of noise is not read word by word).</summary>
    public const int MaxWords = 60;

    /// <summary>A weak word whose box rises above its line's band by more than this share of the band's height is
    /// also read with the raised part (a superscript footnote marker at its edge).</summary>
    public const double RaisedShare = 0.1;

    /// <summary>Characters a footnote marker or a superscript reads as (the footnote reader and the OCR repairs take
    /// <c>!</c> and <c>|</c> for a <c>1</c>).</summary>
    private const string MarkerChars = "0123456789¹²³⁴⁵⁶⁷⁸⁹⁰!|*†‡";

    /// <summary>
    /// Whether a second reading only lost a footnote marker at an edge of the word (<c>!The</c> read again as
    /// <c>The</c>): the line band the word is cut from leaves out a superscript above it, so the reading is not better,
    /// only shorter, and the marker is kept.
    /// </summary>
    internal static bool LosesMarker(string original, string again)
    {
        if (again.Length == 0 || original.Length <= again.Length)
        {
            return false;
        }

        if (original.EndsWith(again, StringComparison.Ordinal) && original[..^again.Length].All(MarkerChars.Contains))
        {
            return true;
        }

        return original.StartsWith(again, StringComparison.Ordinal) && original[again.Length..].All(MarkerChars.Contains);
    }

    public static OcrPage Refine(TesseractEngine engine, PixHandle full, int dpi, OcrPage page, double threshold, CancellationToken cancellationToken)
    {
        var weak = page.Words
            .Select((w, i) => (Word: w, Index: i))
            .Where(x => x.Word.Confidence < threshold && x.Word.Text.Count(char.IsLetterOrDigit) >= 2)
            .OrderBy(x => x.Word.Confidence)
            .Take(MaxWords)
            .ToList();
        if (weak.Count == 0)
        {
            return page;
        }

        var replacements = new Dictionary<int, IReadOnlyList<OcrWord>>();
        foreach (var (w, index) in weak)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The line's band from confident neighbours on it (a weak word's own box often takes in specks above or below).
            var (bandTop, bandBottom) = (w.Top, w.Bottom);
            var center = (w.Top + w.Bottom) / 2;
            var neighbours = page.Words.Where(n => n.Confidence >= 0.8 && n.Text.Length >= 3 && n.Top < center && n.Bottom > center && n.Bottom - n.Top < 2 * (w.Bottom - w.Top)).ToList();
            if (neighbours.Count > 0)
            {
                (bandTop, bandBottom) = (neighbours.Min(n => n.Top), neighbours.Max(n => n.Bottom));
            }

            var pad = Math.Max(4, (bandBottom - bandTop) / 4);
            var left = Math.Max(0, w.Left - pad);
            var top = Math.Max(0, bandTop - pad);
            var right = Math.Min(page.Width, w.Right + pad);
            var bottom = Math.Min(page.Height, bandBottom + pad);
            if (right - left < 4 || bottom - top < 4)
            {
                continue;
            }

            // Specks at the crop's edge read as a letter are left out; the words keep the line's band, so they stay
            // on their line.
            var again = engine.RecognizeLine(full, dpi, (left, top, right - left, bottom - top), cancellationToken).Words
                .Where(x => x.Confidence >= 0.5 || x.Text.Count(char.IsLetterOrDigit) >= 3)
                .Select(x => neighbours.Count > 0 ? x with { Top = bandTop, Bottom = bandBottom } : x)
                .ToList();
            if (neighbours.Count > 0 && bandTop - w.Top > RaisedShare * (bandBottom - bandTop) && again.Count > 0)
            {
                // The word's box rises above its line: a raised glyph at its edge (a footnote marker printed as a
                // superscript) that the line's band cut off. Read the word with the raised part too; the reading is
                // taken when it only adds marker characters at the word's edge ("The" -> "1The").
                var raisedTop = Math.Max(0, w.Top - pad);
                var raised = engine.RecognizeLine(full, dpi, (left, raisedTop, right - left, bottom - raisedTop), cancellationToken).Words
                    .Where(x => x.Confidence >= 0.5 || x.Text.Count(char.IsLetterOrDigit) >= 3)
                    .Select(x => x with { Top = bandTop, Bottom = bandBottom })
                    .ToList();
                if (raised.Count > 0 && LosesMarker(string.Concat(raised.Select(x => x.Text)), string.Concat(again.Select(x => x.Text))))
                {
                    again = raised;
                }
            }

            if (again.Count > 0 && again.Average(x => x.Confidence) > w.Confidence + 0.1 && !LosesMarker(w.Text, string.Concat(again.Select(x => x.Text))))
            {
                replacements[index] = again;
            }
        }

        if (replacements.Count == 0)
        {
            return page;
        }

        var words = new List<OcrWord>(page.Words.Count);
        for (var i = 0; i < page.Words.Count; i++)
        {
            if (replacements.TryGetValue(i, out var again))
            {
                words.AddRange(again);
            }
            else
            {
                words.Add(page.Words[i]);
            }
        }

        return page with { Words = words };
    }
}
