using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CaseStay.Extract.Review;

/// <summary>Writes the index page and the per-file pages. Everything that comes from a document is HTML-encoded; the
/// JSON embedded in a script element is written with <see cref="JavaScriptEncoder.Default"/> (which escapes
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes), so no input text can end the element or become markup.</summary>
internal static class ReviewHtml
{
    private static readonly HtmlEncoder s_html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly JsonWriterOptions s_scriptJson = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>HTML-encodes text (line breaks kept as they are, so a document's text reads as text in the source too).</summary>
    public static string H(string? text) => text is null ? string.Empty
        : text.Contains('\n', StringComparison.Ordinal) ? string.Join('\n', text.Split('\n').Select(s_html.Encode))
        : s_html.Encode(text);

    private static string Inv(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string KindOf(string kind) => ReviewAssets.Kinds.Any(k => k.Kind == kind) ? kind : "other";

    private static void Head(StringBuilder sb, string title)
    {
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'none'\">\n")
          .Append("<title>").Append(H(title)).Append("</title>\n<style>\n").Append(ReviewAssets.Css()).Append("</style>\n</head>\n");
    }

    private static void Footer(StringBuilder sb, StayOrderReportOptions options)
    {
        sb.Append("<footer>CaseStay.Extract review");
        if (options.Footer is { } footer)
        {
            sb.Append(" · ").Append(H(footer));
        }

        sb.Append("</footer>\n");
    }

    /// <summary>The index: one row per file in attention order.</summary>
    public static string Index(IReadOnlyList<(ReviewRecord Record, string Page)> rows, StayOrderReportOptions options)
    {
        var sb = new StringBuilder();
        Head(sb, "Stay orders to review");
        sb.Append("<body>\n<nav class=\"top\"><h1>Stay orders to review (").Append(Inv(rows.Count)).Append(")</h1>")
          .Append("<label>Filter <input id=\"filter\" class=\"filter\" type=\"search\" placeholder=\"case, party, judge, warning…\" autocomplete=\"off\"></label>")
          .Append("<button type=\"button\" id=\"download-corrections\" class=\"no-print\">Download corrections.json (<span id=\"correction-count\">0</span>)</button>")
          .Append("<span class=\"keys\"><kbd>j</kbd>/<kbd>k</kbd> next/previous file, <kbd>Enter</kbd> open, <kbd>/</kbd> filter; click a column to sort</span></nav>\n");
        sb.Append("<p class=\"keys\">Order: errors first, then files with something to check (decision not visible, low OCR confidence, warnings), then the nearest due date.</p>\n");
        sb.Append("<table id=\"files\">\n<thead><tr>")
          .Append("<th data-sort-key=\"number\" scope=\"col\">#</th><th data-sort-key=\"text\" scope=\"col\">File</th><th data-sort-key=\"text\" scope=\"col\">Case number</th>")
          .Append("<th data-sort-key=\"text\" scope=\"col\">Parties</th><th data-sort-key=\"text\" scope=\"col\">Judge</th><th data-sort-key=\"text\" scope=\"col\">Dated</th>")
          .Append("<th data-sort-key=\"text\" scope=\"col\">Stay</th><th data-sort-key=\"text\" scope=\"col\">Next due</th><th data-sort-key=\"number\" scope=\"col\">Warnings</th>")
          .Append("<th data-sort-key=\"text\" scope=\"col\">Needs attention</th></tr></thead>\n<tbody>\n");
        var position = 0;
        foreach (var (record, page) in rows)
        {
            position++;
            var (rank, reasons) = ReviewAttention.Of(record, options);
            var due = ReviewAttention.NextDue(record, options);
            sb.Append("<tr tabindex=\"0\" class=\"rank-").Append(Inv(rank)).Append("\" data-attention=\"").Append(Inv(position)).Append("\" data-rank=\"").Append(Inv(rank)).Append("\">")
              .Append("<td data-sort=\"").Append(Inv(position)).Append("\">").Append(Inv(position)).Append("</td>")
              .Append("<td><a href=\"").Append(H(page)).Append("\">").Append(H(record.DisplayName)).Append("</a></td>")
              .Append("<td class=\"nowrap\">").Append(H(record.CaseNumber)).Append("</td>")
              .Append("<td>").Append(H(record.PartiesText)).Append("</td>")
              .Append("<td>").Append(H(record.JudgeName)).Append("</td>")
              .Append("<td class=\"nowrap\">").Append(H(record.Dated)).Append("</td>")
              .Append("<td>").Append(H(record.ErrorCode is null ? record.Decision : "error")).Append("</td>")
              .Append("<td class=\"nowrap\" data-sort=\"").Append(H(due ?? "9999")).Append("\">").Append(H(due ?? string.Empty)).Append("</td>")
              .Append("<td data-sort=\"").Append(Inv(record.Warnings.Count)).Append("\">").Append(Inv(record.Warnings.Count)).Append("</td>")
              .Append("<td>").Append(H(record.ErrorCode is null ? string.Join("; ", reasons) : record.ErrorCode + ": " + record.ErrorMessage)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        Footer(sb, options);
        sb.Append("<script>\n").Append(ReviewAssets.IndexScript).Append(ReviewAssets.DownloadScript).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>One file's page.</summary>
    public static string File(ReviewRecord record, IReadOnlyList<PageImage> images, string? text, string? problem, (string Index, string? Previous, string? Next) links, StayOrderReportOptions options)
    {
        var sb = new StringBuilder();
        Head(sb, record.DisplayName + " – review");
        sb.Append("<body>\n<nav class=\"top\"><a rel=\"index\" href=\"").Append(H(links.Index)).Append("\">All files</a>");
        if (links.Previous is { } previous)
        {
            sb.Append("<a rel=\"prev\" href=\"").Append(H(previous)).Append("\">← Previous file</a>");
        }

        if (links.Next is { } next)
        {
            sb.Append("<a rel=\"next\" href=\"").Append(H(next)).Append("\">Next file →</a>");
        }

        sb.Append("<span class=\"keys\"><kbd>n</kbd>/<kbd>p</kbd> next/previous file, <kbd>f</kbd>/<kbd>F</kbd> next/previous field, <kbd>i</kbd> all files</span></nav>\n");
        sb.Append("<h1>").Append(H(record.DisplayName)).Append("</h1>\n");
        sb.Append("<p>").Append(H(record.Kind)).Append(", ").Append(Inv(record.Pages)).Append(record.Pages == 1 ? " page" : " pages")
          .Append(", SHA-256 <code>").Append(H(record.Sha256)).Append("</code></p>\n");
        if (record.ErrorCode is { } code)
        {
            sb.Append("<p class=\"problem\" role=\"alert\">Error <b>").Append(H(code)).Append("</b>: ").Append(H(record.ErrorMessage)).Append("</p>\n");
        }

        if (problem is not null)
        {
            sb.Append("<p class=\"problem\">").Append(H(problem)).Append("</p>\n");
        }

        var marks = Marks(record);
        sb.Append("<div class=\"layout\">\n<section class=\"doc\" aria-label=\"The order\">\n");
        Legend(sb, marks);
        if (images.Count > 0)
        {
            foreach (var image in images)
            {
                PageFigure(sb, image, marks.Where(m => m.Span.Page == image.Page && m.Span.Box is not null).ToArray(), record.Pages);
            }
        }
        else if (text is not null)
        {
            TextWithMarks(sb, text, marks);
        }
        else if (record.ErrorCode is null)
        {
            sb.Append("<p>The document itself is not available here; its fields are listed beside.</p>\n");
        }

        sb.Append("</section>\n<section class=\"side\" aria-label=\"Extracted fields\">\n");
        FieldTable(sb, record, options);
        Deadlines(sb, record);
        Directives(sb, record);
        Warnings(sb, record);
        if (record.ErrorCode is null)
        {
            CorrectionForm(sb, record);
        }

        sb.Append("</section>\n</div>\n");
        Footer(sb, options);
        sb.Append("<script type=\"application/json\" id=\"review-data\">").Append(DataJson(record)).Append("</script>\n");
        sb.Append("<script>\n").Append(ReviewAssets.FileScript).Append(ReviewAssets.DownloadScript).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>Everything that has a place in the document: fields, directives, deadline phrases, warnings.</summary>
    internal static IReadOnlyList<(string Key, string Label, string Kind, ReviewSpan Span)> Marks(ReviewRecord record)
    {
        var marks = new List<(string, string, string, ReviewSpan)>();
        foreach (var field in record.Fields)
        {
            if (field.Span is { } span)
            {
                marks.Add((Key(field.Key), field.Label, KindOf(field.Kind), span));
            }
        }

        for (var i = 0; i < record.Directives.Count; i++)
        {
            if (record.Directives[i].Span is { } span)
            {
                marks.Add(("directive-" + Inv(i), "directive " + record.Directives[i].Label, "directive", span));
            }
        }

        foreach (var deadline in record.Deadlines)
        {
            if (deadline.Span is { } span)
            {
                marks.Add(("deadline-" + Inv(deadline.Position), "deadline " + Inv(deadline.Position + 1), "deadline", span));
            }
        }

        for (var i = 0; i < record.Warnings.Count; i++)
        {
            if (record.Warnings[i].Span is { } span)
            {
                marks.Add(("warning-" + Inv(i), record.Warnings[i].Code, "warning", span));
            }
        }

        return marks;
    }

    /// <summary>A field key usable in an id ("stay.kind" → "stay-kind").</summary>
    internal static string Key(string field) => field.Replace('.', '-').Replace('[', '-').Replace(']', '-');

    private static void Legend(StringBuilder sb, IReadOnlyList<(string Key, string Label, string Kind, ReviewSpan Span)> marks)
    {
        var used = marks.Select(m => m.Kind).ToHashSet(StringComparer.Ordinal);
        sb.Append("<div class=\"legend\" aria-label=\"Legend\">");
        foreach (var (kind, _, legend) in ReviewAssets.Kinds.Where(k => used.Contains(k.Kind)))
        {
            sb.Append("<span><span class=\"swatch k-").Append(kind).Append("\"></span>").Append(H(legend)).Append("</span>");
        }

        sb.Append("</div>\n");
    }

    private static void PageFigure(StringBuilder sb, PageImage image, IReadOnlyList<(string Key, string Label, string Kind, ReviewSpan Span)> marks, int pages)
    {
        sb.Append("<figure class=\"page\" id=\"page-").Append(Inv(image.Page)).Append("\" data-page=\"").Append(Inv(image.Page))
          .Append("\" data-width-pt=\"").Append(Inv(image.WidthPoints)).Append("\" data-height-pt=\"").Append(Inv(image.HeightPoints)).Append("\">")
          .Append("<img src=\"").Append(H(image.FileName)).Append("\" width=\"").Append(Inv(image.WidthPixels)).Append("\" height=\"").Append(Inv(image.HeightPixels))
          .Append("\" alt=\"Page ").Append(Inv(image.Page)).Append(" of ").Append(Inv(pages)).Append("\">")
          .Append("<span class=\"pageno\">page ").Append(Inv(image.Page)).Append("</span>\n")
          .Append("<svg class=\"overlay\" viewBox=\"0 0 ").Append(Inv(image.WidthPoints)).Append(' ').Append(Inv(image.HeightPoints))
          .Append("\" preserveAspectRatio=\"none\" role=\"group\" aria-label=\"Field boxes on page ").Append(Inv(image.Page)).Append("\">\n");
        foreach (var (key, label, kind, span) in marks)
        {
            var (x, y, w, h) = image.ToDisplay(span.Box!);
            sb.Append("<g class=\"box k-").Append(kind).Append("\" id=\"box-").Append(H(key)).Append("\" data-box=\"").Append(H(key)).Append("\">")
              .Append("<title>").Append(H(label)).Append("</title>")
              .Append("<rect x=\"").Append(Inv(x)).Append("\" y=\"").Append(Inv(y)).Append("\" width=\"").Append(Inv(w)).Append("\" height=\"").Append(Inv(h)).Append("\"/>")
              .Append("<text x=\"").Append(Inv(x)).Append("\" y=\"").Append(Inv(Math.Max(y - 1.5, 6))).Append("\">").Append(H(label)).Append("</text></g>\n");
        }

        sb.Append("</svg></figure>\n");
    }

    /// <summary>The input text with each span marked; spans nest (a deadline phrase inside its directive), and a span that
    /// crosses the end of the one it starts in is cut there.</summary>
    private static void TextWithMarks(StringBuilder sb, string text, IReadOnlyList<(string Key, string Label, string Kind, ReviewSpan Span)> marks)
    {
        var spans = marks
            .Where(m => m.Span.Start >= 0 && m.Span.Length > 0 && m.Span.Start < text.Length)
            .Select(m => (m.Key, m.Label, m.Kind, Start: m.Span.Start, End: Math.Min(text.Length, m.Span.Start + m.Span.Length)))
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Key, StringComparer.Ordinal)
            .ToList();
        sb.Append("<pre class=\"doc-text\">");
        var open = new Stack<int>();
        var at = 0;
        foreach (var span in spans)
        {
            while (open.Count > 0 && open.Peek() <= span.Start)
            {
                sb.Append(H(text[at..open.Peek()])).Append("</mark>");
                at = open.Pop();
            }

            var end = open.Count > 0 ? Math.Min(span.End, open.Peek()) : span.End;
            if (end <= span.Start || span.Start < at)
            {
                continue;
            }

            sb.Append(H(text[at..span.Start]));
            at = span.Start;
            sb.Append("<mark class=\"k-").Append(span.Kind).Append("\" id=\"box-").Append(H(span.Key)).Append("\" data-box=\"").Append(H(span.Key))
              .Append("\" data-label=\"").Append(H(span.Label)).Append("\">");
            open.Push(end);
        }

        while (open.Count > 0)
        {
            sb.Append(H(text[at..open.Peek()])).Append("</mark>");
            at = open.Pop();
        }

        sb.Append(H(text[at..])).Append("</pre>\n");
    }

    private static string Provenance(ReviewSpan? span) => span is null ? "not located"
        : $"p. {Inv(span.Page)}, line {Inv(span.Line)}, chars {Inv(span.Start)}–{Inv(span.Start + span.Length)}"
          + (span.Box is { } b ? $", box {Inv(b.Left)},{Inv(b.Bottom)}–{Inv(b.Right)},{Inv(b.Top)} pt" : string.Empty);

    private static void FieldTable(StringBuilder sb, ReviewRecord record, StayOrderReportOptions options)
    {
        if (record.Fields.Count == 0)
        {
            return;
        }

        sb.Append("<h2>Fields</h2>\n<table class=\"fields\">\n<thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Value</th><th scope=\"col\">Confidence</th><th scope=\"col\">Where</th></tr></thead>\n<tbody>\n");
        foreach (var field in record.Fields)
        {
            var key = Key(field.Key);
            sb.Append("<tr tabindex=\"0\" id=\"field-").Append(H(key)).Append("\" data-field-row=\"").Append(H(key)).Append("\" data-has-box=\"")
              .Append(field.Span?.Box is null ? "false" : "true").Append("\">")
              .Append("<th scope=\"row\"><span class=\"swatch k-").Append(KindOf(field.Kind)).Append("\"></span>").Append(H(field.Label)).Append("</th>")
              .Append("<td class=\"value\">").Append(field.Value.Length == 0 ? "<i>none</i>" : H(field.Value));
            foreach (var flag in field.Flags)
            {
                sb.Append(" <span class=\"flag\">").Append(H(flag)).Append("</span>");
            }

            if (field.Original is { } original)
            {
                sb.Append(" <span class=\"flag corrected\">corrected; extracted: ").Append(H(original.Length == 0 ? "none" : original)).Append("</span>");
            }

            sb.Append("</td><td class=\"conf\">");
            if (field.Span?.Confidence is { } confidence)
            {
                sb.Append(confidence < options.LowConfidence ? "<span class=\"low\">low " : "<span>").Append(Inv(Math.Round(confidence * 100))).Append(" %</span>");
            }
            else if (field.Span is not null)
            {
                sb.Append("text layer");
            }

            sb.Append("</td><td class=\"prov\">").Append(H(Provenance(field.Span))).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static void Deadlines(StringBuilder sb, ReviewRecord record)
    {
        if (record.Deadlines.Count == 0)
        {
            return;
        }

        sb.Append("<h2>Deadlines</h2>\n<ol class=\"deadlines\">\n");
        foreach (var d in record.Deadlines)
        {
            var key = "deadline-" + Inv(d.Position);
            sb.Append("<li tabindex=\"0\" id=\"field-").Append(key).Append("\" data-field-row=\"").Append(key).Append("\" data-has-box=\"").Append(d.Span?.Box is null ? "false" : "true").Append("\">")
              .Append("<span class=\"swatch k-deadline\"></span>Due <b>").Append(d.Due is null ? "no date" : H(d.Due)).Append("</b>");
            if (d.HolidayDependent)
            {
                sb.Append(" <span class=\"flag\">holiday-dependent</span>");
            }

            if (d.Original is { } original)
            {
                sb.Append(" <span class=\"flag corrected\">corrected; computed: ").Append(H(original.Length == 0 ? "none" : original)).Append("</span>");
            }

            sb.Append(" — ").Append(H(d.Description))
              .Append("<div class=\"explain\">").Append(H(d.Explanation)).Append("</div>");
            if (d.DirectiveText is { } text)
            {
                sb.Append("<div class=\"directive-quote\">Directive ").Append(H(d.DirectiveLabel)).Append(": ").Append(H(text)).Append("</div>");
            }

            sb.Append("<div class=\"prov\">").Append(H(Provenance(d.Span))).Append("</div></li>\n");
        }

        sb.Append("</ol>\n");
    }

    private static void Directives(StringBuilder sb, ReviewRecord record)
    {
        if (record.Directives.Count == 0)
        {
            return;
        }

        sb.Append("<h2>Directives</h2>\n<ol class=\"directives\">\n");
        for (var i = 0; i < record.Directives.Count; i++)
        {
            var (label, text, span) = record.Directives[i];
            var key = "directive-" + Inv(i);
            sb.Append("<li tabindex=\"0\" id=\"field-").Append(key).Append("\" data-field-row=\"").Append(key).Append("\" data-has-box=\"").Append(span?.Box is null ? "false" : "true").Append("\">")
              .Append("<span class=\"swatch k-directive\"></span><b>").Append(H(label)).Append("</b> ").Append(H(text)).Append("</li>\n");
        }

        sb.Append("</ol>\n");
    }

    private static void Warnings(StringBuilder sb, ReviewRecord record)
    {
        if (record.Warnings.Count == 0)
        {
            return;
        }

        sb.Append("<h2>Warnings</h2>\n<ul class=\"warnings\">\n");
        for (var i = 0; i < record.Warnings.Count; i++)
        {
            var w = record.Warnings[i];
            var key = "warning-" + Inv(i);
            sb.Append("<li tabindex=\"0\" id=\"field-").Append(key).Append("\" data-field-row=\"").Append(key).Append("\">")
              .Append("<span class=\"swatch k-warning\"></span><b>").Append(H(w.Code)).Append("</b>: ").Append(H(w.Message)).Append("</li>\n");
        }

        sb.Append("</ul>\n");
    }

    private static void CorrectionForm(StringBuilder sb, ReviewRecord record)
    {
        sb.Append("<h2 class=\"no-print\">Correct a field</h2>\n<form class=\"corrections\" autocomplete=\"off\">\n");
        foreach (var field in record.Fields.Where(f => f.CorrectionField is not null))
        {
            var original = field.Original ?? field.Value;
            var value = field.Value;
            if (field.CorrectionField == "isStayOrder")
            {
                original = field.Original ?? (record.IsStayOrder ? "true" : "false");
                value = record.IsStayOrder ? "true" : "false";
                sb.Append("<label>").Append(H(field.Label)).Append(" <select data-correct=\"isStayOrder\" data-original=\"").Append(H(original)).Append("\">")
                  .Append("<option value=\"true\"").Append(value == "true" ? " selected" : string.Empty).Append(">stayed</option>")
                  .Append("<option value=\"false\"").Append(value == "false" ? " selected" : string.Empty).Append(">not a stay</option></select></label>\n");
                continue;
            }

            if (field.CorrectionField == "stay.kind")
            {
                sb.Append("<label>").Append(H(field.Label)).Append(" <select data-correct=\"stay.kind\" data-original=\"").Append(H(original)).Append("\"><option value=\"\"></option>");
                foreach (var kind in StayKindValues)
                {
                    sb.Append("<option").Append(kind == value ? " selected" : string.Empty).Append('>').Append(H(kind)).Append("</option>");
                }

                sb.Append("</select></label>\n");
                continue;
            }

            sb.Append("<label>").Append(H(field.Label)).Append(" <input type=\"").Append(field.CorrectionField == "dated" ? "date" : "text")
              .Append("\" data-correct=\"").Append(H(field.CorrectionField)).Append("\" data-original=\"").Append(H(original)).Append("\" value=\"").Append(H(value)).Append("\"></label>\n");
        }

        foreach (var d in record.Deadlines)
        {
            sb.Append("<label>Deadline ").Append(Inv(d.Position + 1)).Append(" due <input type=\"date\" data-correct=\"").Append(H(d.Field)).Append("\" data-original=\"")
              .Append(H(d.Original ?? d.Due ?? string.Empty)).Append("\" value=\"").Append(H(d.Due ?? string.Empty)).Append("\"></label>\n");
        }

        sb.Append("<p>Changes are kept in this browser for every file of the review; <button type=\"button\" id=\"download-corrections\">Download corrections.json (<span id=\"correction-count\">0</span>)</button>, then run <code>casestay extract --corrections corrections.json …</code>.</p>\n</form>\n");
    }

    private static readonly string[] StayKindValues =
    [
        StayKinds.VdrpSettlement, StayKinds.Settlement, StayKinds.Arbitration, StayKinds.Appeal, StayKinds.HabeasRhines, StayKinds.HabeasKelly,
        StayKinds.Bankruptcy, StayKinds.Discovery, StayKinds.RelatedCase, StayKinds.Other,
    ];

    /// <summary>The data the page's script needs, as JSON safe inside a script element.</summary>
    private static string DataJson(ReviewRecord record)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_scriptJson))
        {
            writer.WriteStartObject();
            writer.WriteString("sha256", record.Sha256);
            writer.WriteString("path", record.Path);
            writer.WriteString("file", record.DisplayName);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
