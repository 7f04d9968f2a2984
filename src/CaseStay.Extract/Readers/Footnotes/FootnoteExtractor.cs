using System.Text.RegularExpressions;
using System.Text;
using CaseStay.Extract.Pipeline;
using CaseStay.Extract.Layout;
using CaseStay.Extract.Text;

namespace CaseStay.Extract.Readers.Footnotes;

/// <summary>
/// Finds footnotes: lines that start with a marker (a superscript, "[1]", or a bare number in the page foot
/// or after the closing), their continuation lines, and a tail that a converter moved elsewhere
/// (a lower-case fragment standing alone after the closing).
/// </summary>
internal static partial class FootnoteExtractor
{
    public static void Extract(StayOrderBucket bucket)
    {
        var doc = bucket.Document;
        var flow = doc.Flow;
        var closing = Regions.ClosingLine.Closing().Match(flow, Math.Min(bucket.BodyStart, flow.Length));
        var closingAt = closing.Success ? closing.Index : flow.Length;
        var lines = doc.Lines;
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            var text = doc.LineText(line);
            var m = FootnoteStart().Match(text);
            if (!m.Success || IsJunk(text))
            {
                i++;
                continue;
            }

            string marker;
            if (m.Groups["sup"].Success)
            {
                marker = FromSuperscript(m.Groups["sup"].Value);
            }
            else
            {
                marker = m.Groups["br"].Success ? m.Groups["br"].Value : m.Groups["num"].Value;
                var inFoot = ZoneOf(doc, line) == LineZone.PageFoot || line.FlowStart >= closingAt;
                if (!inFoot || !IsReferenced(flow, marker, line.FlowStart))
                {
                    i++;
                    continue;
                }
            }

            var sb = new StringBuilder(text[m.Length..].Trim());
            bucket.FootnoteLines.Add(i);
            var j = i + 1;
            while (j < lines.Count)
            {
                var next = lines[j];
                var nextText = doc.LineText(next);
                var continues = !FootnoteStart().IsMatch(nextText) && !IsJunk(nextText)
                    && (!next.BlankBefore || StartsLower(nextText))
                    && (next.Zone == line.Zone || !EndsSentence(sb))
                    && (next.Zone == LineZone.PageFoot || next.FlowStart >= closingAt || !next.BlankBefore || StartsLower(nextText));
                if (!continues || (next.Zone == LineZone.Body && line.Zone == LineZone.PageFoot && !StartsLower(nextText)))
                {
                    break;
                }

                sb.Append(' ').Append(nextText.Trim());
                bucket.FootnoteLines.Add(j);
                j++;
            }

            bucket.Footnotes.Add(new Footnote(marker, sb.ToString(), doc.Span(line.FlowStart, line.FlowEnd)));
            i = j;
        }

        JoinOrphanTails(bucket, closingAt);
    }

    private static void JoinOrphanTails(StayOrderBucket bucket, int closingAt)
    {
        var doc = bucket.Document;
        for (var f = 0; f < bucket.Footnotes.Count; f++)
        {
            var note = bucket.Footnotes[f];
            if (EndsSentence(new StringBuilder(note.Text)))
            {
                continue;
            }

            for (var i = 0; i < doc.Lines.Count; i++)
            {
                var line = doc.Lines[i];
                // A fragment that cannot continue the line before it: a paragraph of its own, or after a finished sentence.
                var standsAlone = line.BlankBefore || (i > 0 && EndsSentence(new StringBuilder(doc.LineText(doc.Lines[i - 1]))));
                if (bucket.FootnoteLines.Contains(i) || !standsAlone || line.FlowStart < closingAt)
                {
                    continue;
                }

                var text = doc.LineText(line);
                if (!StartsLower(text) || !EndsSentence(new StringBuilder(text)))
                {
                    continue;
                }

                bucket.Footnotes[f] = note with { Text = note.Text + " " + text.Trim() };
                bucket.FootnoteLines.Add(i);
                break;
            }
        }
    }

    /// <summary>The line's zone for a bare-number marker: on a positioned source (PDF, OCR) the footnote band its first
    /// word was printed in (<see cref="TokenFlags.Footnote"/>: small type at the foot of the page, found by geometry) is
    /// the page foot; a text source keeps the zone its margin numbers gave (<see cref="LineZone.PageFoot"/> between two
    /// pages' margins). The continuation of a footnote still follows the lines' zones: geometry may set a footnote's last
    /// short line (a citation) outside the band.</summary>
    private static LineZone ZoneOf(NormalizedDocument doc, NormalizedLine line) =>
        doc.PlaceAt(line.FlowStart) is { } place
            ? (place.Flags & TokenFlags.Footnote) != 0 ? LineZone.PageFoot : LineZone.Body
            : line.Zone;

    private static bool IsReferenced(string flow, string marker, int before)
    {
        foreach (System.Text.RegularExpressions.Match r in Shared.FootnoteMarkers.InlineFootnoteRef().Matches(flow[..before]))
        {
            if (r.Groups["num"].Value == marker)
            {
                return true;
            }
        }

        return Shared.FootnoteMarkers.Superscripts().Matches(flow[..before]).Any(s => FromSuperscript(s.Value) == marker);
    }

    private static bool IsJunk(string text) =>
        text.Contains("Dockets.Justia.com", StringComparison.OrdinalIgnoreCase) || Regions.CmEcfStamp.FilingStamp().IsMatch(text);

    private static bool StartsLower(string text)
    {
        var t = text.TrimStart();
        return t.Length > 0 && char.IsLower(t[0]);
    }

    private static bool EndsSentence(StringBuilder sb)
    {
        var s = sb.ToString().TrimEnd();
        return s.Length > 0 && s[^1] is '.' or '!' or '?' or '"' or '”' or ')';
    }

    internal static string FromSuperscript(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '¹' => '1',
                '²' => '2',
                '³' => '3',
                '⁴' => '4',
                '⁵' => '5',
                '⁶' => '6',
                '⁷' => '7',
                '⁸' => '8',
                '⁹' => '9',
                _ => '0',
            });
        }

        return sb.ToString();
    }

    /// <summary>A footnote's first line: its marker (superscript, "[n]" or "n") before the text.</summary>
    [GeneratedRegex(@"^(?:(?<sup>[" + Shared.FootnoteMarkers.SuperscriptDigits + @"]+)|\[(?<br>\d{1,2})\]|(?<num>\d{1,2}))[ \t]*(?=[\p{Lu}“""'(\[A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteStart();
}
