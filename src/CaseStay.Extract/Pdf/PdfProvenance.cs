namespace CaseStay.Extract.Pdf;

/// <summary>Adds bounding boxes (PDF points) to the provenance of fields read from a PDF's text layer.</summary>
internal static class PdfProvenance
{
    public static StayOrder AttachBoxes(StayOrder order, PdfTextLayer layer) => order with
    {
        Provenance = order.Provenance.ToDictionary(p => p.Key, p => WithBox(p.Value, layer)!.Value, StringComparer.Ordinal),
        Directives = order.Directives.Select(d => d with { Span = WithBox(d.Span, layer)!.Value }).ToArray(),
        Footnotes = order.Footnotes.Select(f => f with { Span = WithBox(f.Span, layer)!.Value }).ToArray(),
        Deadlines = order.Deadlines.Select(d => d with { PhraseSpan = WithBox(d.PhraseSpan, layer) }).ToArray(),
    };

    /// <summary>The box of the words that start on the span's first page inside the span (a directive running
    /// onto the next page is boxed on the page where it starts).</summary>
    public static SourceSpan? WithBox(SourceSpan? span, PdfTextLayer layer)
    {
        if (span is not { } s)
        {
            return null;
        }

        double left = double.MaxValue, bottom = double.MaxValue, right = double.MinValue, top = double.MinValue;
        var found = false;
        var words = layer.Words;
        var lo = 0;
        var hi = words.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].Start + words[mid].Word.Text.Length <= s.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var inSpan = new List<PlacedWord>();
        for (var i = lo; i < words.Count && words[i].Start < s.End; i++)
        {
            if (words[i].Word.Page == s.Page)
            {
                inSpan.Add(words[i]);
            }
        }

        // Body text is boxed without the footnotes and stamps that the reading order put inside its span.
        var body = inSpan.Where(p => !p.Aside).ToList();
        foreach (var placed in body.Count > 0 ? body : inSpan)
        {
            var w = placed.Word;

            left = Math.Min(left, w.Left);
            bottom = Math.Min(bottom, w.Bottom);
            right = Math.Max(right, w.Right);
            top = Math.Max(top, w.Top);
            found = true;
        }

        var confidences = (body.Count > 0 ? body : inSpan).Where(p => p.Word.Confidence is not null).Select(p => p.Word.Confidence!.Value).ToList();
        double? confidence = confidences.Count > 0 ? Math.Round(confidences.Average(), 3) : null;
        return found ? s with { Box = new BoundingBox(Math.Round(left, 1), Math.Round(bottom, 1), Math.Round(right, 1), Math.Round(top, 1)), Confidence = confidence } : s;
    }
}
