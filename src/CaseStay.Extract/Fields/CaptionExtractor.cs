using System.Text;
using CaseStay.Extract.Internal;

namespace CaseStay.Extract.Fields;

/// <summary>
/// Reads the caption: the parties ("LANCE COVERT, Plaintiff, v. AMAZON.COM SERVICES LLC, ET AL., Defendants.")
/// and the title ("ORDER STAYING CASE"), also when the converter interleaved the caption's two columns.
/// </summary>
internal static partial class CaptionExtractor
{
    private const int Window = 2500;

    private static readonly HashSet<string> s_titleStarts = new(StringComparer.Ordinal)
    {
        "ORDER", "ORDER:", "FINDINGS", "STIPULATION", "STIPULATED", "JOINT", "NOTICE", "MEMORANDUM", "STAY", "[PROPOSED]", "AMENDED",
    };

    private static readonly HashSet<string> s_connectors = new(StringComparer.Ordinal)
    {
        "AND", "and", "&", "THE", "TO", "OF", "FOR", "A", "AN", "ON", "RE", "RE:", "IN", "WITH", "AS", "BY", "NO", "/", "OR", "AT", "ITS", "HIS", "HER", "THEIR", "THAN", "ALL", "THIS", "ANY", "FROM", "UNTIL", "PENDING",
    };

    private static readonly HashSet<string> s_titleWords = new(StringComparer.Ordinal)
    {
        "ORDER", "ORDERS", "GRANTING", "GRANTED", "GRANT", "DENYING", "DENIED", "DENY", "MOTION", "MOTIONS", "STAY", "STAYING", "STAYED",
        "PROCEEDINGS", "PROCEEDING", "PARTIES", "PARTIES'", "PARTY", "JOINT", "REQUEST", "STIPULATION", "STIPULATED", "[PROPOSED]",
        "DEFENDANT'S", "DEFENDANTS'", "PLAINTIFF'S", "PLAINTIFFS'", "PETITIONER'S", "RESPONDENT'S", "DEFENDANTS'MOTION",
        "ARBITRATION", "COMPEL", "MATTER", "ACTION", "CASE", "SETTING", "SET", "CONDITIONAL", "STATUS", "CONFERENCE", "SCHEDULING",
        "FURTHER", "DISCOVERY", "LIMITED", "LEAVE", "TAKE", "DAYS", "WITHOUT", "PREJUDICE", "DIRECTING", "REQUIRING", "CLERK", "COURT",
        "LIFT", "LIFTING", "ABEYANCE", "EXTEND", "EXTENDING", "TIME", "FILE", "DISPOSITIONAL", "DOCUMENTS", "MODIFIED", "MODIFY", "REPORT",
        "LATER", "CONCLUSION", "SETTLEMENT", "DISMISS", "AMEND", "REASSIGNED", "VISITING", "JUDGE", "INITIAL", "MANAGEMENT", "MANAGMENT",
        "DEATH", "PENALTY", "FINDINGS", "RECOMMENDATIONS", "RECOMMENDATION", "OBJECTION", "PERIOD", "FOURTEEN-DAY", "VACATING", "VDRP",
        "RESPONSE", "BRIEFING", "SCHEDULE", "SERVE", "NOTICE", "HEARING", "ADDITIONAL", "NINETY", "SIXTY", "THIRTY", "PETITION",
        "STATE", "APPEAL", "REMAND", "SUMMARY", "JUDGMENT", "INJUNCTION", "PRELIMINARY", "APPLICATION", "EX", "PARTE", "RELIEF",
        "CERTAIN", "MEMORANDUM", "DECISION", "AMENDED", "REFERRING", "VOLUNTARY", "DISPUTE", "RESOLUTION", "PROGRAM", "PENDING",
        "COUNSEL", "DISCOVERY;", "DEFENDANT", "PLAINTIFF", "PETITIONER", "RESPONDENT", "ADMINISTRATIVELY", "CLOSING", "VACATED", "DEADLINES",
    };

    private static readonly string[] s_months =
        ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"];

    public static void Extract(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        var start = bucket.CaptionStart;
        var end = Math.Min(flow.Length, start + Window);
        var hasHeader = bucket.Provenance.ContainsKey("court") && start > 0;

        // Blank what is not a party: case numbers, docket references, sideways court names, title runs.
        var text = new StringBuilder(flow[start..end]);
        if (bucket.Provenance.TryGetValue("caseNumber", out _) && bucket.CaseNumber is not null)
        {
            foreach (var (index, length) in bucket.CaseNumberSpans)
            {
                if (index + length > start && index < end)
                {
                    var from = Math.Max(index, start);
                    Blank(text, from - start, Math.Min(index + length, end) - from);
                }
            }
        }

        foreach (var regex in new[] { Patterns.CaptionDocketRef(), Patterns.SidewaysCourtName() })
        {
            foreach (System.Text.RegularExpressions.Match m in regex.Matches(text.ToString()))
            {
                Blank(text, m.Index, m.Length);
            }
        }

        var blanked = text.ToString();
        var runs = FindTitleRuns(blanked);
        var partyText = new StringBuilder(blanked);
        foreach (System.Text.RegularExpressions.Match m in BareNumber().Matches(partyText.ToString()))
        {
            Blank(partyText, m.Index, m.Length);
        }

        // ")" column separators between the party column and the number/title column are not party text.
        foreach (System.Text.RegularExpressions.Match m in ColumnSeparator().Matches(partyText.ToString()))
        {
            Blank(partyText, m.Index, m.Length);
        }

        var roles = FindRoles(partyText.ToString(), runs, hasHeader);
        // The title: the first run that starts with a title word near the caption, then the runs interleaved
        // with the caption (before the role words) or directly continuing the previous run.
        var captionEnd = roles?.End ?? 0;
        var limit = roles?.End ?? Math.Min(text.Length, 1500);
        var titleParts = new List<string>();
        var previousEnd = -1;
        foreach (var (s, e) in runs)
        {
            if (titleParts.Count == 0)
            {
                if (s > limit + 400 || !s_titleStarts.Contains(FirstToken(blanked, s)))
                {
                    continue;
                }
            }
            else if (s >= captionEnd && s - previousEnd > 40 && s - captionEnd > 40)
            {
                continue;
            }

            titleParts.Add(Collapse(blanked[s..e]));
            bucket.TitleRuns.Add((start + s, start + e));
            previousEnd = e;
        }

        if (titleParts.Count > 0)
        {
            bucket.Title = string.Join(' ', titleParts).Trim().TrimEnd(',', ';');
            bucket.Locate("title", bucket.TitleRuns[0].Start, bucket.TitleRuns[^1].End);
        }

        if (roles is { } r)
        {
            var (plaintiffs, pEtAl) = Party(r.Plaintiffs);
            var (defendants, dEtAl) = Party(r.Defendants);
            if (plaintiffs.Length > 0 && defendants.Length > 0)
            {
                bucket.Parties = new Parties([plaintiffs], [defendants], pEtAl, dEtAl, r.PlaintiffRole, r.DefendantRole);
                bucket.Locate("parties", start + r.Start, start + r.End);
            }

            bucket.BodyStart = start + r.End;
        }
        else
        {
            bucket.BodyStart = bucket.TitleRuns.Count > 0 ? bucket.TitleRuns[^1].End : start;
        }
    }

    private static string FirstToken(string text, int s)
    {
        var e = s;
        while (e < text.Length && !char.IsWhiteSpace(text[e]))
        {
            e++;
        }

        return text[s..e];
    }

    private static (string Name, bool EtAl) Party(string raw)
    {
        var s = Collapse(raw).Trim().Trim(',', ';', ' ');
        if (s.StartsWith("and ", StringComparison.Ordinal))
        {
            s = s[4..];
        }

        var etAl = false;
        var m = Patterns.EtAlSuffix().Match(s);
        if (m.Success)
        {
            etAl = true;
            s = s[..m.Index];
        }

        return (s.Trim().TrimEnd(',', ';').Trim(), etAl);
    }

    private sealed record RoleMatch(int Start, int End, string Plaintiffs, string Defendants, string PlaintiffRole, string DefendantRole);

    private static RoleMatch? FindRoles(string text, List<(int Start, int End)> runs, bool hasHeader)
    {
        var cleaned = new StringBuilder(text);
        foreach (var (s, e) in runs)
        {
            Blank(cleaned, s, e - s);
        }

        var c = cleaned.ToString();
        foreach (System.Text.RegularExpressions.Match v in Patterns.PlaintiffRoleThenV().Matches(c))
        {
            if (v.Index > 1800)
            {
                break;
            }

            // The plaintiffs: from the caption start (or the start of the line without a header) to the role word.
            var pStart = 0;
            if (!hasHeader)
            {
                pStart = c.LastIndexOf('\n', Math.Max(0, v.Index - 1)) + 1;
            }

            var plaintiffs = c[pStart..v.Index];
            if (string.IsNullOrWhiteSpace(plaintiffs) || plaintiffs.Length > 600)
            {
                continue;
            }

            var dStart = v.Index + v.Length;
            var d = Patterns.DefendantRole().Match(c, dStart);
            if (!d.Success || d.Index - dStart > 600 || (!hasHeader && c.IndexOf('\n', dStart, d.Index - dStart) >= 0))
            {
                continue;
            }

            var defendants = c[dStart..d.Index];
            var end = d.Index + d.Length;
            while (end < c.Length && c[end] is '.' or ',')
            {
                end++;
            }

            return new RoleMatch(pStart, end, StripLeadingLines(plaintiffs), defendants, v.Groups["pr"].Value, d.Groups["dr"].Value);
        }

        return null;
    }

    private static string StripLeadingLines(string plaintiffs)
    {
        // With a header, the block may start with blank-only lines or a title run that was blanked.
        var lines = plaintiffs.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return string.Join(' ', lines);
    }

    /// <summary>Runs of title words: a run starts at an upper-case title word and goes on over title words,
    /// connectors, item numbers and dates; an upper-case line also continues it.</summary>
    private static List<(int Start, int End)> FindTitleRuns(string text)
    {
        // One pass over the tokens, each classified upper case or not as it is read. A token's text is copied only
        // when a test below can match it: every test needs a token without lower-case letters (title words, item
        // numbers, date parts, "&"), except the connector "and"; the other tokens are never looked at again.
        var tokens = new List<(int Start, int End, string Value, bool Upper)>();
        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var s = i;
            var hasLetter = false;
            var hasLower = false;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                hasLower |= char.IsLower(text[i]);
                hasLetter |= char.IsLetter(text[i]);
                i++;
            }

            if (i > s)
            {
                var upper = hasLetter && !hasLower;
                var used = !hasLower || text.AsSpan(s, i - s).Contains("and", StringComparison.Ordinal) || IsCapitalized(text.AsSpan(s, i - s));
                tokens.Add((s, i, used ? text[s..i] : string.Empty, upper));
            }
        }

        var runs = new List<(int, int)>();
        var k = 0;
        while (k < tokens.Count)
        {
            if (!tokens[k].Upper || !IsTitleWord(tokens[k].Value))
            {
                k++;
                continue;
            }

            var first = k;
            var last = k;
            var words = 1;
            var j = k + 1;
            while (j < tokens.Count)
            {
                var t = tokens[j].Value;
                if (tokens[j].Upper && IsTitleWord(t))
                {
                    words++;
                    last = j;
                }
                else if (!tokens[j].Upper && t.Length > 0 && words >= 2 && tokens[j - 1].Upper
                    && IsTitleWord(t.ToUpperInvariant()) && !Patterns.DefendantRole().IsMatch(t) && !t.StartsWith("Plaintiff", StringComparison.Ordinal)
                    && !t.StartsWith("Petitioner", StringComparison.Ordinal) && EndsLine(text, tokens, j))
                {
                    // A title word in another letter case that ends the title's line, after the run's words ("… MOTION TO Stay").
                    words++;
                    last = j;
                }
                else if (IsItemNumber(t) || IsDatePart(t))
                {
                    last = j;
                }
                else if (!s_connectors.Contains(Bare(t)))
                {
                    // One unknown upper-case word inside a long title ("… VISITING JUDGE ORRICK AND SETTING …").
                    var unknownInside = words >= 3 && tokens[j].Upper && j + 2 < tokens.Count
                        && IsTitleOrConnector(tokens[j + 1].Value) && IsTitleOrConnector(tokens[j + 2].Value)
                        && (IsTitleWord(tokens[j + 1].Value) || IsTitleWord(tokens[j + 2].Value));
                    if (!unknownInside)
                    {
                        break;
                    }
                }

                j++;
            }

            // Connectors and item numbers that lead into or trail out of the run belong to it when the
            // neighbouring word is not upper case ("v. THE MATTER", "CONCLUSION OF Defendants.").
            while (first > 0 && IsLeadIn(tokens[first - 1].Value) && (first - 1 == 0 || !tokens[first - 2].Upper || IsItemNumber(tokens[first - 1].Value)))
            {
                first--;
            }

            var trail = last;
            while (trail + 1 < tokens.Count && tokens[trail + 1].Upper && s_connectors.Contains(Bare(tokens[trail + 1].Value)))
            {
                trail++;
            }

            if (trail > last && (trail + 1 >= tokens.Count || !tokens[trail + 1].Upper))
            {
                last = trail;
            }

            var single = words == 1 && last == first;
            var isolated = single && (first == 0 || !tokens[first - 1].Upper) && (first + 1 >= tokens.Count || !tokens[first + 1].Upper);
            if (!single || isolated || s_titleStarts.Contains(tokens[first].Value))
            {
                runs.Add((tokens[first].Start, tokens[last].End));
            }

            k = Math.Max(j, last + 1);
        }

        return runs;
    }

    private static bool IsCapitalized(ReadOnlySpan<char> token) =>
        token.Length > 1 && char.IsUpper(token[0]) && !token[1..].ContainsAnyInRange('A', 'Z');

    private static bool EndsLine(string text, List<(int Start, int End, string Value, bool Upper)> tokens, int j) =>
        j > 0 && !text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).Contains('\n')
        && (j + 1 >= tokens.Count || text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End).Contains('\n'));

    private static bool IsLeadIn(string token) =>
        IsItemNumber(token) || (s_connectors.Contains(Bare(token)) && IsUpper(token));

    private static bool IsTitleOrConnector(string token) =>
        (IsUpper(token) && IsTitleWord(token)) || s_connectors.Contains(Bare(token)) || IsItemNumber(token);

    private static bool IsTitleWord(string token) => s_titleWords.Contains(Bare(token)) || s_titleWords.Contains(token.TrimEnd(',', ';', ':', '.').Replace('’', '\''));

    private static string Bare(string token) => token.Trim(',', ';', ':', '.', '(', ')', '"', '“', '”').Replace('’', '\'');

    private static bool IsUpper(string token)
    {
        var letter = false;
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    private static bool IsItemNumber(string token) => token.Length is 3 or 4 && token[0] == '(' && char.IsAsciiDigit(token[1]) && token[2] == ')';

    private static bool IsDatePart(string token)
    {
        var b = Bare(token);
        return s_months.Contains(b) || (b.Length is >= 1 and <= 4 && b.All(char.IsAsciiDigit));
    }

    private static void Blank(StringBuilder sb, int index, int length)
    {
        for (var i = index; i < index + length && i < sb.Length; i++)
        {
            if (sb[i] != '\n')
            {
                sb[i] = ' ';
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\s|^)\d{1,2}(?=\s|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BareNumber();

    /// <summary>A ")" standing alone between white space: the caption's column separator.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\s)\)(?=[ \t]*(?:\n|$))", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ColumnSeparator();

    /// <summary>Runs of white space to one space, trimmed (the string itself when there is nothing to change).</summary>
    internal static string Collapse(string s)
    {
        var clean = s.Length == 0 || (!char.IsWhiteSpace(s[0]) && !char.IsWhiteSpace(s[^1]));
        for (var i = 0; clean && i < s.Length; i++)
        {
            clean = !char.IsWhiteSpace(s[i]) || (s[i] == ' ' && !char.IsWhiteSpace(s[i + 1]));
        }

        if (clean)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
