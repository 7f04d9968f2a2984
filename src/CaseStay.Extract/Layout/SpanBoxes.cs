namespace CaseStay.Extract.Layout;

/// <summary>Boxes (PDF points) and OCR confidence for the spans of a record read from positioned lines: a span's box is
/// the box of the positioned tokens inside it, straight from the line model.</summary>
internal static class SpanBoxes
{
    /// <summary>The record with a box on every span of its provenance, directives, footnotes and deadline phrases.</summary>
    /// <param name="order">The record.</param>
    /// <param name="tokens">The positioned tokens of its line model, in text order.</param>
    /// <returns>The record with boxes.</returns>
    public static StayOrder Attach(StayOrder order, IReadOnlyList<Token> tokens) => order with
    {
        Provenance = order.Provenance.ToDictionary(p => p.Key, p => Of(p.Value, tokens)!.Value, StringComparer.Ordinal),
        Directives = order.Directives.Select(d => d with { Span = Of(d.Span, tokens)!.Value }).ToArray(),
        Footnotes = order.Footnotes.Select(f => f with { Span = Of(f.Span, tokens)!.Value }).ToArray(),
        Deadlines = order.Deadlines.Select(d => d with { PhraseSpan = Of(d.PhraseSpan, tokens) }).ToArray(),
    };

    /// <summary>The span with the box of its tokens printed on the span's page (a directive running onto the next page
    /// is boxed on the page where it starts), body text boxed without the footnotes and stamps that the reading order
    /// put inside it; the mean OCR confidence of those words. A span without positioned tokens is returned as it is.</summary>
    /// <param name="span">The span, or null.</param>
    /// <param name="tokens">The positioned tokens, in text order.</param>
    /// <returns>The span with its box, or null for null.</returns>
    public static SourceSpan? Of(SourceSpan? span, IReadOnlyList<Token> tokens)
    {
        if (span is not { } s)
        {
            return null;
        }

        var lo = 0;
        var hi = tokens.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= s.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // The words in the span (tokens of one word share its place: each word counts once).
        var inSpan = new List<TokenPlace>();
        for (var i = lo; i < tokens.Count && tokens[i].Start < s.End; i++)
        {
            if (tokens[i].Place is { } place && place.Page == s.Page && (inSpan.Count == 0 || !ReferenceEquals(inSpan[^1], place)))
            {
                inSpan.Add(place);
            }
        }

        var body = inSpan.Where(p => !p.Aside).ToList();
        var boxed = body.Count > 0 ? body : inSpan;
        if (boxed.Count == 0)
        {
            return s;
        }

        double left = double.MaxValue, bottom = double.MaxValue, right = double.MinValue, top = double.MinValue;
        foreach (var p in boxed)
        {
            left = Math.Min(left, p.Left);
            bottom = Math.Min(bottom, p.Bottom);
            right = Math.Max(right, p.Right);
            top = Math.Max(top, p.Top);
        }

        var confidences = boxed.Where(p => p.Confidence is not null).Select(p => p.Confidence!.Value).ToList();
        double? confidence = confidences.Count > 0 ? Math.Round(confidences.Average(), 3) : null;
        return s with { Box = new BoundingBox(Math.Round(left, 1), Math.Round(bottom, 1), Math.Round(right, 1), Math.Round(top, 1)), Confidence = confidence };
    }
}
