using System.Globalization;
using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// Confidence that means something: a field read by OCR is judged by the words that make it up (the words of the
/// page text inside the field's span, read from the tokens of the line model). When their mean confidence is under <see cref="MinFieldConfidence"/>, or its
/// weakest word is under <see cref="MinWordConfidence"/>, the record gets a warning <c>low-confidence</c> naming the
/// field, with the field's span (and box), so a person checks it first.
/// </summary>
internal static class OcrFieldConfidence
{
    /// <summary>A field whose words' mean confidence is under this is flagged.</summary>
    public const double MinFieldConfidence = 0.8;

    /// <summary>A field with a word read under this confidence is flagged (one misread word changes a name or a date).</summary>
    public const double MinWordConfidence = 0.5;

    /// <summary>The warnings for the fields of a record read from an OCR'd layer, in the record's field order.</summary>
    /// <param name="order">The record.</param>
    /// <param name="model">The layer's line model: its tokens carry their word's place and OCR confidence
    /// (<see cref="TokenPlace.Confidence"/>; the tokens of one word share one place).</param>
    /// <param name="ocrPages">The pages read by OCR; none gives no warning.</param>
    public static IReadOnlyList<ExtractionWarning> Warnings(StayOrder order, LineModel model, IReadOnlyList<int> ocrPages)
    {
        if (ocrPages.Count == 0)
        {
            return [];
        }

        var words = Words(model);
        var warnings = new List<ExtractionWarning>();
        foreach (var (field, span) in order.Provenance)
        {
            var inField = words
                .Where(w => w.Place.Page == span.Page && w.Start < span.End && w.End > span.Start)
                .Select(w => (model.Text[w.Start..w.End], Confidence: w.Place.Confidence!.Value))
                .ToList();
            if (Check(field, inField) is { } message)
            {
                warnings.Add(new ExtractionWarning(WarningCodes.LowConfidence, message, span));
            }
        }

        return warnings;
    }

    /// <summary>The OCR'd words of the model: runs of tokens that share one <see cref="TokenPlace"/> (one printed word,
    /// e.g. "¹ The"), from the first token's start to the last one's end; tokens without a confidence are left out.</summary>
    private static List<(int Start, int End, TokenPlace Place)> Words(LineModel model)
    {
        var words = new List<(int Start, int End, TokenPlace Place)>();
        foreach (var token in model.Tokens)
        {
            if (token.Place is not { Confidence: not null } place)
            {
                continue;
            }

            if (words.Count > 0 && ReferenceEquals(words[^1].Place, place))
            {
                words[^1] = words[^1] with { End = token.End };
            }
            else
            {
                words.Add((token.Start, token.End, place));
            }
        }

        return words;
    }

    /// <summary>The warning's message when the field's words fall below a threshold; null when they do not (or when the
    /// field has no OCR words).</summary>
    /// <param name="field">The field's provenance key ("judge", "dated" …).</param>
    /// <param name="words">The field's words and their confidences (0–1).</param>
    internal static string? Check(string field, IReadOnlyList<(string Text, double Confidence)> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var mean = words.Average(w => w.Confidence);
        var weakest = words.MinBy(w => w.Confidence);
        if (mean >= MinFieldConfidence && weakest.Confidence >= MinWordConfidence)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"Field '{field}' was read by OCR with low confidence: mean {mean:0.00} of {words.Count} word(s) (threshold {MinFieldConfidence:0.00}), weakest '{weakest.Text}' {weakest.Confidence:0.00} (threshold {MinWordConfidence:0.00}).");
    }
}
