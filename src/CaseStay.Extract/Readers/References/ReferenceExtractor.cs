using System.Text.RegularExpressions;
using CaseStay.Extract.Pipeline;
using NodaTime.Text;

namespace CaseStay.Extract.Readers.References;

/// <summary>
/// Citations (U.S.C., Federal Rules, local rules, cases, docket references), contacts and procedural facts
/// (removal, answer, motions granted or denied) from the whole text.
/// </summary>
internal static partial class ReferenceExtractor
{
    private static readonly LocalDatePattern s_long = LocalDatePattern.CreateWithInvariantCulture("MMMM d uuuu");
    private static readonly System.Buffers.SearchValues<char> s_notInName = System.Buffers.SearchValues.Create(",;()§");
    private static readonly string[] s_signals = ["See also ", "see also ", "See, e.g., ", "See ", "see ", "Cf. ", "cf. ", "accord ", "Accord ", "quoting ", "citing ", "(", "e.g., "];

    public static void Extract(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow.Replace('\n', ' ');
        var citations = new List<(int At, Citation Value)>();
        // Each pattern needs a literal (U.S.C. its "U.", a bare section its "§", a rule "Fed" or "Rule", a local rule
        // "L." or "Local"): a text without it is not scanned by that pattern.
        foreach (Match m in Scan(Usc(), flow, flow.Contains("U.", StringComparison.Ordinal)))
        {
            citations.Add((m.Index, new Citation("usc", Clean(m.Value), int.Parse(m.Groups["title"].Value, System.Globalization.CultureInfo.InvariantCulture), Sections(m.Groups["secs"].Value))));
        }

        foreach (Match m in Scan(BareSection(), flow, flow.Contains('§', StringComparison.Ordinal)))
        {
            citations.Add((m.Index, new Citation("section", Clean(m.Value), null, Sections(m.Groups["secs"].Value))));
        }

        foreach (Match m in Scan(FederalRule(), flow, flow.Contains("Fed", StringComparison.Ordinal) || flow.Contains("Rule", StringComparison.Ordinal)))
        {
            citations.Add((m.Index, new Citation("rule", Clean(m.Value), null, [m.Groups["rule"].Value])));
        }

        foreach (Match m in Scan(LocalRule(), flow, flow.Contains("L.", StringComparison.Ordinal) || flow.Contains("Local", StringComparison.Ordinal)))
        {
            citations.Add((m.Index, new Citation("local-rule", Clean(m.Value), null, [m.Groups["rule"].Value])));
        }

        // Case names have " v. ": try the citation pattern only in a window around each one.
        var searched = -1;
        var caseMatches = new List<Match>();
        for (var at = flow.IndexOf(" v. ", StringComparison.Ordinal); at >= 0; at = flow.IndexOf(" v. ", at + 4, StringComparison.Ordinal))
        {
            // The case name before " v." has none of ",;()§" and at most 80 characters: the match cannot start
            // before the last of those, so the regex is tried only from there (not at every capital in the window).
            var from = Math.Max(Math.Max(0, at - 90), searched);
            if (from > at)
            {
                // This " v. " lies inside the citation found last (e.g. a parallel or quoted citation).
                continue;
            }

            var stop = flow.AsSpan(from, at - from).LastIndexOfAny(s_notInName);
            if (stop >= 0)
            {
                from += stop + 1;
            }

            if (!CitationTail().IsMatch(flow.AsSpan(at, Math.Min(flow.Length - at, 200))))
            {
                continue;
            }

            var to = Math.Min(flow.Length, at + 260);
            var m = CaseCitation().Match(flow, from, to - from);
            if (m.Success && m.Index <= at && m.Index >= searched)
            {
                caseMatches.Add(m);
                searched = m.Index + m.Length;
            }
        }

        foreach (var m in caseMatches)
        {
            var text = m.Value;
            var cut = 0;
            var repAt = m.Groups["rep"].Index - m.Index;
            foreach (var signal in s_signals)
            {
                var i = text.LastIndexOf(signal, repAt, StringComparison.Ordinal);
                if (i >= 0)
                {
                    cut = Math.Max(cut, i + signal.Length);
                }
            }

            text = text[cut..];
            citations.Add((m.Index, new Citation("case", Clean(text), null, [$"{m.Groups["vol"].Value} {Shared.Text.Collapse(m.Groups["rep"].Value)} {m.Groups["page"].Value}"])));
        }

        foreach (Match m in Docket().Matches(flow))
        {
            var numbers = DocketNumber().Matches(m.Groups["nums"].Value).Select(n => n.Value).ToArray();
            citations.Add((m.Index, new Citation("docket", Clean(m.Value), null, numbers)));
        }

        bucket.Citations.AddRange(citations.OrderBy(c => c.At).Select(c => c.Value).DistinctBy(c => (c.Kind, c.Text)));

        foreach (Match m in Scan(ContactPattern(), flow, flow.Contains("VDRP", StringComparison.Ordinal) || flow.Contains("ADR", StringComparison.Ordinal) || flow.Contains("ourtroom", StringComparison.Ordinal)))
        {
            var name = m.Groups["name"].Success ? m.Groups["name"].Value.Trim() : null;
            bucket.Contacts.Add(new Contact(Shared.Text.Collapse(m.Groups["role"].Value), name,
                m.Groups["phone"].Success ? m.Groups["phone"].Value : null, m.Groups["email"].Success ? m.Groups["email"].Value.TrimEnd('.') : null));
        }

        Facts(bucket);
    }

    private static void Facts(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        foreach (var (start, end) in Sentences(flow))
        {
            Fact(bucket, flow, start, end);
        }
    }

    /// <summary>The sentences of a text as (start, end): split at white space after ".", "!" or "?" that is
    /// followed by a capital or "(", and at blank lines.</summary>
    internal static IEnumerable<(int Start, int End)> Sentences(string flow)
    {
        var sentenceStart = 0;
        for (var i = 0; i < flow.Length; i++)
        {
            if (SentenceBreak(flow, i) is { } end)
            {
                yield return (sentenceStart, i);
                sentenceStart = end;
                i = end - 1;
            }
        }

        yield return (sentenceStart, flow.Length);
    }

    /// <summary>Where a sentence break starting at <paramref name="i"/> ends, or null.</summary>
    private static int? SentenceBreak(string flow, int i)
    {
        if (!char.IsWhiteSpace(flow[i]))
        {
            return null;
        }

        var j = Shared.TextScan.SkipWhiteSpace(flow, i);
        if (i > 0 && flow[i - 1] is '.' or '!' or '?' && j < flow.Length && (char.IsAsciiLetterUpper(flow[j]) || flow[j] == '('))
        {
            return j;
        }

        if (flow[i] == '\n')
        {
            var last = flow.AsSpan(i + 1, j - i - 1).LastIndexOf('\n');
            if (last >= 0)
            {
                return i + 1 + last + 1;
            }
        }

        return null;
    }

    private static void Fact(StayOrderBucket bucket, string flow, int start, int end)
    {
        // Cheap tests on the span first: most sentences name no procedural fact and are never copied.
        var span = flow.AsSpan(start, end - start);
        var removed = span.Contains("removed", StringComparison.OrdinalIgnoreCase);
        var answer = span.Contains("answer", StringComparison.OrdinalIgnoreCase);
        var ruling = span.Contains("GRANT", StringComparison.Ordinal) || span.Contains("DENIE", StringComparison.Ordinal);
        if (!removed && !answer && !ruling)
        {
            return;
        }

        var sentence = flow[start..end];
        string? kind = null;
        if (removed && Removed().IsMatch(sentence))
        {
            kind = "removal";
        }
        else if (answer && AnswerFiled().IsMatch(sentence))
        {
            kind = "answer";
        }
        else if (ruling && Ruling().Match(sentence) is { Success: true } r)
        {
            kind = r.Groups["ruling"].Value.Equals("GRANTED", StringComparison.Ordinal) || r.Groups["ruling"].Value.Equals("GRANTS", StringComparison.Ordinal)
                ? "motion-granted" : "motion-denied";
        }

        if (kind is null)
        {
            return;
        }

        var date = DateInSentence().Match(sentence);
        var parsed = date.Success ? s_long.Parse($"{date.Groups["month"].Value} {date.Groups["day"].Value} {date.Groups["year"].Value}") : null;
        var dockets = Docket().Matches(sentence).SelectMany(d => DocketNumber().Matches(d.Groups["nums"].Value).Select(n => n.Value)).Distinct().ToArray();
        var statutes = Usc().Matches(sentence).Select(u => Clean(u.Value)).ToArray();
        bucket.Facts.Add(new ProceduralFact(kind, parsed is { Success: true } ? parsed.Value : null, Shared.Text.Collapse(sentence), dockets, statutes));
    }

    /// <summary>The matches of a pattern, or none without scanning when the text lacks a literal every match holds.</summary>
    private static IEnumerable<Match> Scan(Regex pattern, string text, bool mayMatch) =>
        mayMatch ? pattern.Matches(text) : [];

    private static string Clean(string s)
    {
        var t = Shared.Text.Collapse(s).TrimEnd(Shared.TrimChars.PeriodCommaSemicolonSpace);
        while (t.EndsWith(')') && t.AsSpan().Count(')') > t.AsSpan().Count('('))
        {
            t = t[..^1].TrimEnd(Shared.TrimChars.PeriodCommaSemicolonSpace);
        }

        return t;
    }

    private static IReadOnlyList<string> Sections(string secs) =>
        SectionNumber().Matches(secs).Select(x => x.Value.TrimEnd(Shared.TrimChars.PeriodComma)).Where(x => x.Length > 0).ToArray();

    [GeneratedRegex(@"(?<title>\d{1,2})\s+U\.\s?S\.\s?C\.?\s*(?:A\.\s*)?§§?\s*(?<secs>\d[\w()\-–.]*(?:\s*(?:,|and|&|or)\s*(?:and\s+)?\d[\w()\-–]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Usc();

    [GeneratedRegex(@"(?<!U\.\s?S\.\s?C\.?\s*(?:A\.\s*)?)(?<!Code\s)(?<!§)§§?\s*(?<secs>\d+[\w()]*)", RegexOptions.CultureInvariant)]
    private static partial Regex BareSection();

    [GeneratedRegex(@"\d+[a-z]?(?:\([\w]+\))*", RegexOptions.CultureInvariant)]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"\b(?:Fed(?:eral|\.)\s*R(?:ule|\.)?\s*(?:of\s+)?Civ(?:il|\.)\s*P(?:rocedure|\.)?\s*(?<rule>\d+(?:\([a-z0-9]+\))*)|Rule\s+(?<rule>\d+(?:\([a-z0-9]+\))*)\s+of\s+the\s+Federal\s+Rules\s+of\s+Civil\s+Procedure)", RegexOptions.CultureInvariant)]
    private static partial Regex FederalRule();

    [GeneratedRegex(@"\b(?:(?:E\.D\.\s*Cal\.\s*|Eastern\s+District\s+of\s+California\s+)?(?:L\.\s?R\.|Local\s+Rule|Civil\s+Local\s+Rule))\s*(?<rule>\d+(?:[-.]\d+)?(?:\([a-z0-9]+\))*)", RegexOptions.CultureInvariant)]
    private static partial Regex LocalRule();

    [GeneratedRegex(@"\b[A-Z][^,;()§]{0,80}?\s+v\.\s+[^;()§]{1,100}?,\s+(?<vol>\d{1,4})\s+(?<rep>U\.\s?S\.|S\.\s?Ct\.|F\.\s?(?:2d|3d|4th)|F\.\s?Supp\.\s?(?:2d|3d)?|F\.\s?App'x|Cal\.\s?(?:App\.\s?)?(?:2d|3d|4th|5th)?|WL)\s+(?<page>\d{1,8})(?:,\s*(?:at\s+)?\*?\d+(?:[-–]\d+)?)*\s*\((?:[^()]{0,40}?)?\d{4}\)", RegexOptions.CultureInvariant)]
    private static partial Regex CaseCitation();

    /// <summary>The part of <see cref="CaseCitation"/> after the case name, as a cheap test before the full pattern.</summary>
    [GeneratedRegex(@"^\s+v\.\s+[^;()§]{1,100}?,\s+\d{1,4}\s+(?:U\.|S\.|F\.|Cal\.|WL)", RegexOptions.CultureInvariant)]
    private static partial Regex CitationTail();

    [GeneratedRegex(@"\b(?:ECF|Doc|Docs|Dkt|Dckt|Docket)\.?\s*(?:Nos?\.|Numbers?)?\s*(?<nums>\d+(?:-\d+)?(?:\s*(?:,|&|and)\s*\d+(?:-\d+)?)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Docket();

    [GeneratedRegex(@"\d+(?:-\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex DocketNumber();

    [GeneratedRegex(@"(?<role>VDRP\s+administrator|ADR\s+(?:Director|Coordinator|coordinator)|[Cc]ourtroom\s+[Dd]eputy)\s*,?\s*(?<name>[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){1,2})\s*,?\s*(?:at\s+)?(?<phone>\(\d{3}\)\s*\d{3}-\d{4}|\d{3}[-.]\d{3}[-.]\d{4})?(?:\s*(?:or|,|and)\s*)?(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?", RegexOptions.CultureInvariant)]
    private static partial Regex ContactPattern();

    [GeneratedRegex(@"\bremoved\s+(?:this|the)\s+(?:\w+\s+){0,3}(?:action|case)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Removed();

    [GeneratedRegex(@"\bfiled\s+(?:an|their|its|his|her)\s+answer\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnswerFiled();

    [GeneratedRegex(@"\b(?:motion|request|stipulation|application)\b(?:[^.]|\.(?=\s*\d)){0,160}?\b(?:is|are|be)\s+(?:hereby\s+)?(?<ruling>GRANTED|DENIED)\b|\b(?:Court|court)\s+(?:hereby\s+)?(?<ruling>GRANTS|DENIES)\b[^.]{0,40}?\b(?:motion|request)", RegexOptions.CultureInvariant)]
    private static partial Regex Ruling();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2}),\s+(?<year>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex DateInSentence();
}
