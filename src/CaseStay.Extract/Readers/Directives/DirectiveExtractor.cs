using System.Text;
using System.Text.RegularExpressions;
using CaseStay.Extract.Pipeline;
using CaseStay.Extract.Readers.Footnotes;

namespace CaseStay.Extract.Readers.Directives;

/// <summary>
/// Finds the numbered directives: the items after "IT IS HEREBY ORDERED that:" (or, with no such phrase, a list
/// of numbered or bulleted lines) up to "IT IS SO ORDERED", the dated line or the signature. Labels are kept as
/// printed; misnumbering is reported, never repaired.
/// </summary>
internal static partial class DirectiveExtractor
{
    private static readonly System.Buffers.SearchValues<char> s_superscripts = System.Buffers.SearchValues.Create(Shared.FootnoteMarkers.SuperscriptDigits);

    private readonly record struct Start(int LabelStart, int TextStart, string? Label);

    public static void Extract(StayOrderBucket bucket)
    {
        var doc = bucket.Document;
        var flow = doc.Flow;
        // Footnote lines and CM/ECF stamps ("Case … Document 7 Filed … Page 2 of 2") are not part of any directive.
        var aside = new bool[flow.Length + 1];
        foreach (var (start, end) in bucket.FootnoteLines.Select(i => (doc.Lines[i].FlowStart, doc.Lines[i].FlowEnd))
            .Concat(Regions.CmEcfStamp.FilingStamp().Matches(flow).Select(m => (m.Index, m.Index + m.Length))))
        {
            Array.Fill(aside, true, start, end - start);
        }

        bool InFootnote(int pos) => aside[pos];

        var from = Math.Min(bucket.BodyStart, flow.Length);
        var trigger = doc.OrderingTrigger(from);
        var starts = new List<Start>();
        int regionEnd;
        var regionStart = from;
        if (trigger.Success)
        {
            regionStart = trigger.Index + trigger.Length;
            regionEnd = ClosingAfter(flow, regionStart);
            starts.AddRange(NumberedStarts(flow, regionStart, regionEnd, lineStartOnly: false).Where(s => !InFootnote(s.LabelStart)));
            if (bucket.IsOcr)
            {
                foreach (System.Text.RegularExpressions.Match m in OcrDirectiveStart().Matches(flow[..regionEnd], regionStart))
                {
                    starts.Add(new Start(m.Index, m.Index + m.Length, m.Groups["label"].Value));
                    bucket.Warnings.Add(new ExtractionWarning(WarningCodes.OcrRepaired, $"Directive label read as '{m.Value}' taken as '{m.Groups["label"].Value}.'.", doc.Span(m.Index, m.Index + m.Length)));
                }
            }
            starts.AddRange(BulletStarts(bucket, regionStart, regionEnd, starts));
        }
        else
        {
            regionEnd = flow.Length;
            var numbered = NumberedStarts(flow, from, flow.Length, lineStartOnly: true).Where(s => !InFootnote(s.LabelStart)).ToList();
            var bullets = BulletStarts(bucket, from, flow.Length, numbered);
            var all = numbered.Concat(bullets).OrderBy(s => s.LabelStart).ToList();
            if (all.Count >= 2)
            {
                regionEnd = ClosingAfter(flow, all[0].LabelStart);
                starts.AddRange(all.Where(s => s.LabelStart < regionEnd));
            }
        }

        starts.Sort((a, b) => a.LabelStart.CompareTo(b.LabelStart));
        var lone = LoneLabels(flow, regionStart, regionEnd, starts, InFootnote);
        var footnoteMarkers = bucket.Footnotes.Select(f => f.Marker).ToHashSet(StringComparer.Ordinal);
        for (var k = 0; k < starts.Count; k++)
        {
            var s = starts[k];
            var end = k + 1 < starts.Count ? starts[k + 1].LabelStart : regionEnd;
            var (text, notes) = BuildText(flow, s.TextStart, end, InFootnote, footnoteMarkers);
            if (text.Length == 0 && !lone.Contains(s.LabelStart))
            {
                continue;
            }

            var span = doc.Span(s.LabelStart, end);
            bucket.Directives.Add(new Directive(bucket.Directives.Count + 1, s.Label, text, span.Page, notes, span));
        }

        if (bucket.Directives.Count == 0 && bucket.Title is not null)
        {
            FromTitle(bucket);
        }

        CheckNumbering(bucket);
    }

    private static int ClosingAfter(string flow, int from)
    {
        var closing = Regions.ClosingLine.Closing().Match(flow, from);
        return closing.Success ? closing.Index : flow.Length;
    }

    private static IEnumerable<Start> NumberedStarts(string flow, int from, int to, bool lineStartOnly)
    {
        var m = DirectiveStart().Match(flow, from);
        while (m.Success && m.Index < to)
        {
            var before = flow[Math.Max(0, m.Index - 12)..m.Index];
            var p = m.Index - 1;
            while (p >= 0 && flow[p] is ' ' or '\t')
            {
                p--;
            }

            // A footnote marker after the sentence's stop ("… administrator.¹ 5. The parties …") does not hide the stop.
            var q = p;
            while (q >= 0 && s_superscripts.Contains(flow[q]))
            {
                q--;
            }

            // Right after the ordering phrase ("the Court ORDERS, 1. The stay …") counts as a line start.
            var atLineStart = p < 0 || flow[p] == '\n' || m.Index == from || OnlyPunctuation(flow, from, m.Index);
            // A label follows a line start or the end of a sentence (". ", ": ", "; ", a closing quote or bracket, a
            // dash), or "; and" / "; or" that joins the items ("… is in place; and 2. Each party …").
            var afterSentence = atLineStart
                || (p < m.Index - 1 && q >= 0 && flow[q] is '.' or ':' or ';' or '!' or '?' or '”' or '"' or '\'' or ')' or ']' or '—')
                || (p < m.Index - 1 && AfterItemConjunction(flow, p));
            if (afterSentence && !AbbreviationBefore().IsMatch(before) && !ContinuesNumberList(flow, p) && (!lineStartOnly || atLineStart))
            {
                var label = m.Groups["label"].Value;
                var textStart = m.Index + m.Length;
                yield return new Start(m.Index, textStart, label);
            }

            m = m.NextMatch();
        }
    }

    /// <summary>Only white space and ":", ",", ";" or a dash between two offsets (at most a few characters).</summary>
    private static bool OnlyPunctuation(string flow, int from, int to)
    {
        if (to <= from || to - from > 4)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (flow[i] is not (' ' or '\t' or '\n' or ':' or ',' or ';' or '—' or '–' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the token ending at <paramref name="last"/> is "and" or "or" right after a ";": the conjunction that joins two items.</summary>
    private static bool AfterItemConjunction(string flow, int last)
    {
        var s = last;
        while (s >= 0 && !char.IsWhiteSpace(flow[s]))
        {
            s--;
        }

        var word = flow.AsSpan(s + 1, last - s);
        if (word is not ("and" or "or"))
        {
            return false;
        }

        while (s >= 0 && char.IsWhiteSpace(flow[s]))
        {
            s--;
        }

        return s >= 0 && flow[s] == ';';
    }

    /// <summary>
    /// True when the token ending at <paramref name="last"/> (the last character before a candidate label, white space
    /// and line breaks skipped) is a number followed by a comma, "and" or "&amp;" after such a number: the candidate
    /// continues a list of numbers ("Doc. Nos. 32, 35. For the reasons …", "ECF Nos. 12 and 14. The …"), in any
    /// line layout (one token per line puts "35." at a line start).
    /// </summary>
    private static bool ContinuesNumberList(string flow, int last)
    {
        var p = last;
        while (p >= 0 && char.IsWhiteSpace(flow[p]))
        {
            p--;
        }

        var e = p + 1;
        while (p >= 0 && !char.IsWhiteSpace(flow[p]))
        {
            p--;
        }

        var token = flow.AsSpan(p + 1, e - p - 1);
        if (token is "and" or "&")
        {
            return ContinuesNumberList(flow, p) || NumberToken(flow, p);
        }

        return token.Length >= 2 && token[^1] == ',' && IsDigits(token[..^1].TrimStart('('));

        static bool NumberToken(string flow, int last)
        {
            var q = last;
            while (q >= 0 && char.IsWhiteSpace(flow[q]))
            {
                q--;
            }

            var end = q + 1;
            while (q >= 0 && !char.IsWhiteSpace(flow[q]))
            {
                q--;
            }

            // A number printed alone on its line is dropped as a page or margin number when every token has its own
            // line, so "Nos. 12⏎and⏎14." may reach the reader as "Nos.⏎and⏎14.".
            var t = flow.AsSpan(q + 1, end - q - 1).TrimStart('(');
            return IsDigits(t) || ReferenceAbbreviation().IsMatch(t);
        }

        static bool IsDigits(ReadOnlySpan<char> s) => s.Length is > 0 and <= 5 && !s.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// Labels printed alone on their line ("15." then a line break) whose text does not follow them in this text form:
    /// plain <c>pdftotext</c> emits a paragraph's indented first line and its label as separate blocks, so the label
    /// stands alone and the text continues in lower case ("15.⏎and Omissions Insurance provides …") or comes
    /// elsewhere ("3.⏎4. The Clerk …"). Such a label is a directive's when it continues the numbering: the label before
    /// it is N−1, or the one after it N+1. Added to <paramref name="starts"/> (kept sorted); their offsets returned
    /// (a lone label keeps its place also with no text of its own).
    /// </summary>
    private static HashSet<int> LoneLabels(string flow, int from, int to, List<Start> starts, Func<int, bool> inFootnote)
    {
        var lone = new HashSet<int>();
        if (starts.Count == 0)
        {
            return lone;
        }

        for (var m = LoneLabel().Match(flow, from); m.Success && m.Index < to; m = m.NextMatch())
        {
            var at = m.Groups["label"].Index;
            if (inFootnote(at) || starts.Any(s => s.LabelStart == at) || AbbreviationBefore().IsMatch(flow.AsSpan(Math.Max(0, at - 12), at - Math.Max(0, at - 12))))
            {
                continue;
            }

            var n = int.Parse(m.Groups["label"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var i = starts.FindIndex(s => s.LabelStart > at);
            var before = i < 0 ? starts[^1] : i > 0 ? starts[i - 1] : (Start?)null;
            var after = i >= 0 ? starts[i] : (Start?)null;
            if (Number(before) == n - 1 || Number(after) == n + 1)
            {
                starts.Insert(i < 0 ? starts.Count : i, new Start(at, m.Index + m.Length, m.Groups["label"].Value));
                lone.Add(at);
            }
        }

        return lone;

        static int? Number(Start? s) => s?.Label is { } l && int.TryParse(l, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static IEnumerable<Start> BulletStarts(StayOrderBucket bucket, int from, int to, List<Start> numbered)
    {
        foreach (var line in bucket.Document.Lines)
        {
            if (!line.IsBullet || line.FlowStart < from || line.FlowStart >= to || bucket.FootnoteLines.Contains(line.Index))
            {
                continue;
            }

            if (numbered.Any(n => n.LabelStart >= line.FlowStart && n.LabelStart <= line.FlowStart + 1))
            {
                continue;
            }

            yield return new Start(line.FlowStart, line.FlowStart, null);
        }
    }

    private static (string Text, IReadOnlyList<string> Footnotes) BuildText(string flow, int start, int end, Func<int, bool> inFootnote, HashSet<string> markers)
    {
        var sb = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (!inFootnote(i))
            {
                sb.Append(flow[i]);
            }
        }

        var notes = new List<string>();
        var text = sb.ToString();
        if (text.AsSpan().IndexOfAny(s_superscripts) >= 0)
        {
            text = Shared.FootnoteMarkers.Superscripts().Replace(text, m =>
            {
                notes.Add(FootnoteExtractor.FromSuperscript(m.Value));
                return string.Empty;
            });
        }

        // An inline number is a footnote reference only when the order has a footnote with that marker.
        text = markers.Count == 0 ? text : Shared.FootnoteMarkers.InlineFootnoteRef().Replace(text, m =>
        {
            if (!markers.Contains(m.Groups["num"].Value))
            {
                return m.Value;
            }

            notes.Add(m.Groups["num"].Value);
            return string.Empty;
        });
        return (Shared.Text.Collapse(text), notes.Distinct(StringComparer.Ordinal).ToArray());
    }

    /// <summary>"ORDER: (1) DENYING …; AND (2) GRANTING …": the title enumerates the rulings.</summary>
    private static void FromTitle(StayOrderBucket bucket)
    {
        var title = bucket.Title!;
        var items = ParenthesizedItem().Matches(title).ToList();
        if (items.Count < 2)
        {
            return;
        }

        var span = bucket.SpanOrDefault(FieldKeys.Title);
        for (var k = 0; k < items.Count; k++)
        {
            var end = k + 1 < items.Count ? items[k + 1].Index : title.Length;
            var text = title[(items[k].Index + items[k].Length)..end].Trim().TrimEnd(';', ',').Trim();
            if (text.EndsWith(" AND", StringComparison.Ordinal))
            {
                text = text[..^4].TrimEnd(';', ',', ' ');
            }

            bucket.Directives.Add(new Directive(k + 1, items[k].Groups["label"].Value, text, span.Page == 0 ? 1 : span.Page, [], span));
        }
    }

    private static void CheckNumbering(StayOrderBucket bucket)
    {
        var labels = bucket.Directives.Select(d => d.Label).ToList();
        if (labels.Count == 0)
        {
            return;
        }

        var ok = true;
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] is null || !int.TryParse(labels[i], out var n) || n != (i == 0 ? 1 : int.Parse(labels[i - 1] ?? "-1", System.Globalization.CultureInfo.InvariantCulture) + 1))
            {
                ok = false;
                break;
            }
        }

        if (!ok)
        {
            var printed = string.Join(',', labels.Select(l => l ?? "–"));
            bucket.Warnings.Add(new ExtractionWarning(WarningCodes.DirectiveNumbering,
                $"printed labels {printed} are not sequential", bucket.Directives[0].Span));
        }
    }

    /// <summary>A candidate label "N." before a capital; the reader checks what precedes it.</summary>
    [GeneratedRegex(@"(?<![\w.,])(?<label>\d{1,2})\.(?=\s+[\p{Lu}“""'(\[])", RegexOptions.CultureInvariant)]
    private static partial Regex DirectiveStart();

    /// <summary>A label "N." alone on its line.</summary>
    [GeneratedRegex(@"(?<=(?:^|\n)[ \t]*)(?<label>\d{1,2})\.[ \t]*(?=\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LoneLabel();

    /// <summary>OCR reads a label's period as a comma ("4, If the parties"): accepted at a line start only.</summary>
    [GeneratedRegex(@"(?<=(?:^|\n)\s*)(?<label>\d{1,2}),(?=\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex OcrDirectiveStart();

    /// <summary>A "(1) Capital…" item of a title that lists its directives.</summary>
    [GeneratedRegex(@"(?<=(?:^|\s))\((?<label>\d{1,2})\)(?=\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesizedItem();

    /// <summary>A docket reference's abbreviation ("No.", "Nos.", "Doc.", "ECF", "Dkt.").</summary>
    [GeneratedRegex(@"^(?:(?i:No|Nos|Doc|Docs|Dkt)\.?|ECF)$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceAbbreviation();

    /// <summary>An abbreviation ending right before a candidate label ("No. 12. The …"): the number is not a label.</summary>
    [GeneratedRegex(@"(?<![A-Za-z.])(?:(?i:No|Nos|Doc|Docs|Dkt)|ECF|p|pp|at|§|¶|Vol|Rule|R|U\.S\.C|Civ|P|Cal|Supp|F|Stat|Ct|id|Id)\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationBefore();
}
