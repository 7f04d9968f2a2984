using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace CaseStay.FixtureGenerator;

/// <summary>Lays an order out on pleading paper: margin numbers, rules, CM/ECF stamp, caption table, double-spaced
/// body, footnotes under a rule at the page foot (continued on the next page when long), signature block.</summary>
internal static class PleadingRenderer
{
    private const double Top = 720;
    private const double Left = 72;
    private const double Right = 540;
    private const double Divider = 300;
    private const double RightCell = 318;
    private const double FootnoteSize = 10;

    private sealed record Piece(double X, string Text, bool Bold, double Size, double Raise = 0);

    private sealed record Row(double Advance, List<Piece> Pieces, bool Caption = false);

    public static (byte[] Pdf, string Twin) Render(OrderSpec spec, FontSet fonts, ScanLook? look = null)
    {
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddTrueTypeFont(fonts.Regular);
        var bold = builder.AddTrueTypeFont(fonts.Bold);
        using var measure = new Measurer(fonts);
        var step = spec.MarginLines == 26 ? 648.0 / 25 : 24;

        var rows = new List<Row>();
        Caption(spec, rows, measure);
        var footnoteRow = -1;
        foreach (var paragraph in Body(spec))
        {
            var first = true;
            foreach (var line in measure.Wrap(paragraph.Text, Right - Left, paragraph.Indent))
            {
                rows.Add(new Row(step, [new Piece(first ? Left + paragraph.Indent : Left, line, false, 12)]));
                first = false;
            }

            if (paragraph.Footnote)
            {
                var last = rows[^1];
                var end = last.Pieces[0].X + measure.Width(last.Pieces[0].Text, false, 12);
                last.Pieces.Add(new Piece(end + 0.5, "1", false, 7, 5));
                footnoteRow = rows.Count - 1;
            }
        }

        rows.Add(new Row(step, [new Piece(Left + 36, "IT IS SO ORDERED.", false, 12)]));
        rows.Add(new Row(step, []));
        rows.Add(new Row(12, [new Piece(Left, spec.Dated, false, 12), new Piece(Divider, spec.Signature[0], false, 12)]));
        foreach (var s in spec.Signature.Skip(1))
        {
            rows.Add(new Row(12, [new Piece(Divider, s, false, 12)]));
        }

        var footnoteLines = spec.Footnote is null ? [] : measure.Wrap(spec.Footnote, Right - Left - 8, 0, FootnoteSize);
        var pages = Paginate(rows, footnoteRow, footnoteLines.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.Letter, true);
            if (look is not null)
            {
                ScanArtefacts.Skew(page, look.SkewDegrees);
            }

            DrawPaper(page, spec, regular, p + 1, pages.Count, step, look);
            if (look is not null)
            {
                ScanArtefacts.Draw(page, look, regular, p + 1);
            }

            var y = Top;
            foreach (var row in pages[p].Rows)
            {
                foreach (var piece in row.Pieces)
                {
                    page.AddText(piece.Text, piece.Size, new PdfPoint(piece.X, y + piece.Raise), piece.Bold ? bold : regular);
                }

                if (row.Caption && spec.Caption == CaptionStyle.Parens)
                {
                    page.AddText(")", 12, new PdfPoint(Divider, y), regular);
                }

                y -= row.Advance;
            }

            if (spec.Caption == CaptionStyle.Ruled && p == 0)
            {
                var firstCaption = rows.FindIndex(r => r.Caption);
                var lastCaption = rows.FindLastIndex(r => r.Caption);
                var yTop = Top - rows.Take(firstCaption).Sum(r => r.Advance) + 12;
                var yBottom = Top - rows.Take(lastCaption + 1).Sum(r => r.Advance) + 6;
                page.DrawLine(new PdfPoint(Divider + 4, yTop), new PdfPoint(Divider + 4, yBottom), 0.8);
                page.DrawLine(new PdfPoint(Left, yBottom), new PdfPoint(Divider + 4, yBottom), 0.8);
            }

            var notes = pages[p].FootnoteLines;
            if (notes.Count > 0)
            {
                var fy = 74 + ((notes.Count - 1) * 12);
                page.DrawLine(new PdfPoint(Left, fy + 12), new PdfPoint(Left + 144, fy + 12), 0.5);
                foreach (var (index, text) in notes)
                {
                    if (index == 0)
                    {
                        page.AddText("1", 7, new PdfPoint(Left, fy + 4), regular);
                        page.AddText(text, FootnoteSize, new PdfPoint(Left + 6, fy), regular);
                    }
                    else
                    {
                        page.AddText(text, FootnoteSize, new PdfPoint(Left, fy), regular);
                    }

                    fy -= 12;
                }
            }
        }

        var pdf = builder.Build();
        return (pdf, Twin(spec));

        List<(List<Row> Rows, List<(int, string)> FootnoteLines)> Paginate(List<Row> all, int noteRow, int noteCount)
        {
            var result = new List<(List<Row>, List<(int, string)>)>();
            var current = new List<Row>();
            var currentNotes = new List<(int, string)>();
            var pendingNotes = new Queue<(int, string)>();
            var used = 0.0;
            double Limit() => Top - 72 - ((currentNotes.Count + Math.Min(pendingNotes.Count, 3)) * 12) - (currentNotes.Count + pendingNotes.Count > 0 ? 14 : 0);
            for (var i = 0; i < all.Count; i++)
            {
                if (used + all[i].Advance > Limit() && current.Count > 0)
                {
                    Flush();
                }

                current.Add(all[i]);
                used += all[i].Advance;
                if (i == noteRow)
                {
                    for (var k = 0; k < noteCount; k++)
                    {
                        pendingNotes.Enqueue((k, footnoteLines[k]));
                    }

                    // At most three footnote lines fit under the text; the rest continue on the next page.
                    while (pendingNotes.Count > 0 && currentNotes.Count < 3)
                    {
                        currentNotes.Add(pendingNotes.Dequeue());
                    }
                }
            }

            Flush();
            while (currentNotes.Count > 0)
            {
                Flush();
            }

            return result;

            void Flush()
            {
                result.Add((current, currentNotes));
                current = [];
                currentNotes = [];
                while (pendingNotes.Count > 0 && currentNotes.Count < 3)
                {
                    currentNotes.Add(pendingNotes.Dequeue());
                }

                used = 0;
            }
        }
    }

    private static void Caption(OrderSpec spec, List<Row> rows, Measurer measure)
    {
        rows.Add(new Row(24, []));
        rows.Add(new Row(24, []));
        rows.Add(new Row(24, [Centered("UNITED STATES DISTRICT COURT", measure)]));
        rows.Add(new Row(spec.Division is null ? 36 : 24, [Centered($"FOR THE {spec.Court} DISTRICT OF CALIFORNIA", measure)]));
        if (spec.Division is not null)
        {
            rows.Add(new Row(36, [Centered($"{spec.Division} DIVISION", measure)]));
        }

        var left = new List<string>();
        foreach (var p in spec.Plaintiffs)
        {
            left.AddRange(measure.Wrap(p, Divider - Left - 12, 0));
        }

        left.Add("        " + spec.PlaintiffRole);
        left.Add(string.Empty);
        left.Add("    v.");
        left.Add(string.Empty);
        foreach (var d in spec.Defendants)
        {
            left.AddRange(measure.Wrap(d, Divider - Left - 12, 0));
        }

        left.Add("        " + spec.DefendantRole);
        var right = new List<(string Text, bool Bold)> { (spec.CaseNumber, false), (string.Empty, false) };
        right.AddRange(spec.Title.Select(t => (t, true)));
        var count = Math.Max(left.Count, right.Count);
        for (var i = 0; i < count; i++)
        {
            var pieces = new List<Piece>();
            if (i < left.Count && left[i].Length > 0)
            {
                var text = left[i].TrimStart();
                var indent = (left[i].Length - text.Length) * 4;
                pieces.Add(new Piece(Left + indent, text, false, 12));
            }

            if (i < right.Count && right[i].Text.Length > 0)
            {
                pieces.Add(new Piece(RightCell, right[i].Text, right[i].Bold, 12));
            }

            rows.Add(new Row(12, pieces, Caption: true));
        }

        rows.Add(new Row(24, []));
        rows.Add(new Row(24, []));
    }

    private static Piece Centered(string text, Measurer measure) =>
        new(((Left + Right) / 2) - (measure.Width(text, true, 12) / 2), text, true, 12);

    private sealed record Paragraph(string Text, double Indent, bool Footnote);

    private static IEnumerable<Paragraph> Body(OrderSpec spec)
    {
        yield return new Paragraph(spec.Intro, 36, false);
        for (var k = 0; k < spec.ExtraBodyParagraphs; k++)
        {
            yield return new Paragraph("The court has considered the parties' submissions and the record of this case, and finds that the requested relief is appropriate for the reasons the parties give and for the sake of the efficient use of judicial resources.", 36, false);
        }

        var labels = spec.Labels ?? spec.Directives.Select((_, i) => (string?)(i + 1).ToString()).ToArray();
        for (var i = 0; i < spec.Directives.Length; i++)
        {
            var label = labels[i];
            yield return new Paragraph((label is null ? string.Empty : label + ". ") + spec.Directives[i], 36, i == spec.FootnoteOnDirective);
        }
    }

    private static void DrawPaper(PdfPageBuilder page, OrderSpec spec, PdfDocumentBuilder.AddedFont font, int number, int total, double step, ScanLook? look)
    {
        page.DrawLine(new PdfPoint(64, 780), new PdfPoint(64, 20), 0.5);
        page.DrawLine(new PdfPoint(66.5, 780), new PdfPoint(66.5, 20), 0.5);
        page.DrawLine(new PdfPoint(550, 780), new PdfPoint(550, 20), 0.5);
        for (var k = 1; k <= spec.MarginLines; k++)
        {
            // A scan look may print the margin numbers as the letter shapes a poor copy turns them into.
            var text = look is { MarginGlyphs: true } ? ScanArtefacts.MarginGlyph(k) : k.ToString();
            page.AddText(text, 10, new PdfPoint(k < 10 ? 52 : 46, Top - ((k - 1) * step)), font);
        }

        if (spec.Stamp)
        {
            var stamp = $"Case {spec.StampNumber ?? spec.CaseNumber} Document {spec.DocketNumber} Filed 01/29/25 Page {number} of {total}";
            page.AddText(stamp, 9, new PdfPoint(120, 762), font);
        }

        page.AddText(number.ToString(), 10, new PdfPoint(303, 40), font);
        if (spec.RunningFooter is not null)
        {
            page.AddText(spec.RunningFooter, 8, new PdfPoint(290, 28), font);
        }
    }

    private static string Twin(OrderSpec spec)
    {
        var sb = new StringBuilder();
        sb.AppendLine("UNITED STATES DISTRICT COURT").AppendLine($"FOR THE {spec.Court} DISTRICT OF CALIFORNIA");
        if (spec.Division is not null)
        {
            sb.AppendLine($"{spec.Division} DIVISION");
        }

        sb.AppendLine();
        foreach (var p in spec.Plaintiffs)
        {
            sb.AppendLine(p);
        }

        sb.AppendLine(spec.PlaintiffRole).AppendLine("v.");
        foreach (var d in spec.Defendants)
        {
            sb.AppendLine(d);
        }

        sb.AppendLine(spec.DefendantRole).AppendLine().AppendLine(spec.CaseNumber).AppendLine();
        foreach (var t in spec.Title)
        {
            sb.AppendLine(t);
        }

        sb.AppendLine();
        foreach (var p in Body(spec))
        {
            sb.AppendLine(p.Text + (p.Footnote ? "¹" : string.Empty)).AppendLine();
        }

        sb.AppendLine("IT IS SO ORDERED.").AppendLine().AppendLine(spec.Dated).AppendLine();
        foreach (var s in spec.Signature)
        {
            sb.AppendLine(s);
        }

        if (spec.Footnote is not null)
        {
            sb.AppendLine().AppendLine("¹ " + spec.Footnote);
        }

        return sb.ToString();
    }

    /// <summary>Measures text with the same fonts in a scratch document, so the output gets no extra page.</summary>
    private sealed class Measurer : IDisposable
    {
        private readonly PdfDocumentBuilder _scratch = new();
        private readonly PdfDocumentBuilder.AddedFont _regular;
        private readonly PdfDocumentBuilder.AddedFont _bold;
        private readonly PdfPageBuilder _page;

        public Measurer(FontSet fonts)
        {
            _regular = _scratch.AddTrueTypeFont(fonts.Regular);
            _bold = _scratch.AddTrueTypeFont(fonts.Bold);
            _page = _scratch.AddPage(PageSize.Letter);
        }

        public double Width(string text, bool isBold, double size)
        {
            if (text.Length == 0)
            {
                return 0;
            }

            var letters = _page.MeasureText(text, size, new PdfPoint(0, 0), isBold ? _bold : _regular);
            return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        }

        public List<string> Wrap(string text, double width, double firstIndent, double size = 12)
        {
            var lines = new List<string>();
            var current = new StringBuilder();
            var available = width - firstIndent;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && Width(candidate, false, size) > available)
                {
                    lines.Add(current.ToString());
                    current.Clear().Append(word);
                    available = width;
                }
                else
                {
                    current.Clear().Append(candidate);
                }
            }

            if (current.Length > 0)
            {
                lines.Add(current.ToString());
            }

            return lines;
        }

        public void Dispose() => _scratch.Dispose();
    }
}
