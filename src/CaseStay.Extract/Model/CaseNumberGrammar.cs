using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using CaseNumberValue = CaseStay.Extract.CaseNumber;

namespace CaseStay.Extract;

/// <summary>
/// The grammar of printed case numbers. A head (label, office, year, type, sequence) is matched by one of three
/// patterns — CM/ECF (<c>2:24-cv-02760</c>, <c>16cv1289</c>), lettered (<c>CIV S-05-1234</c>, <c>C 09-03378</c>,
/// <c>CIV. NO. 2:17-1201</c>, <c>CR 09-0123</c>) and labelled without a type (<c>Case No. 2:17-1201</c>) — and
/// the tail (judge initials, case-kind suffix, defendant number) is read by <see cref="ReadTail"/>, one token at
/// a time, in the separator style the number started with.
/// </summary>
internal static partial class CaseNumberGrammar
{
    /// <summary>How many characters a match may start before its anchor (the year's last digit): label and office.</summary>
    private const int AnchorLead = 40;

    /// <summary>How many characters a lettered match may start before its year: label, division prefix, letters, "NO.", office.</summary>
    private const int LetteredLead = 80;

    /// <summary>Initials printed with spaces are at most this long (a longer word is a name: "DB GRAY").</summary>
    private const int MaxSpacedInitials = 3;

    /// <summary>Initials joined by hyphens, a slash or in parentheses are at most this long (<c>NONE</c>, <c>NODJ</c>).</summary>
    private const int MaxJoinedInitials = 4;

    /// <summary>At most this many judges' initials in one number.</summary>
    private const int MaxJudges = 3;

    private static readonly SearchValues<char> s_dashes = SearchValues.Create("-–—");
    private static readonly HashSet<string> s_suffixes = new(StringComparer.Ordinal) { "P", "PC", "HC", "PS", "SS", "DP", "PR" };
    private static readonly HashSet<string> s_notInitials = new(StringComparer.Ordinal)
    {
        "THE", "AND", "FOR", "RE", "TO", "OF", "ON", "IN", "AN", "AT", "BY", "OR", "NO", "ECF", "DOC", "DKT", "ET", "AL", "VS", "US", "USA", "LLC", "INC",
        "LTD", "CO", "V", "IT", "IS", "AS", "BE", "WE", "HE", "ALL", "NOS",
    };

    /// <summary>Finds every case number in a text, in order of position, without overlaps.</summary>
    public static IEnumerable<(CaseNumberValue Value, int Index, int Length)> FindAll(string text) =>
        Merge(text, Scan(ModernPattern(), text, NextAnchor, AnchorLead).ToList(), Scan(LetteredPattern(), text, NextYearDash, LetteredLead));

    /// <summary>The same as <see cref="FindAll"/> by running every pattern over the whole text.</summary>
    public static IEnumerable<(CaseNumberValue Value, int Index, int Length)> FindAllByFullScan(string text) =>
        Merge(text, ModernPattern().Matches(text).ToList(), LetteredPattern().Matches(text));

    private static List<(CaseNumberValue Value, int Index, int Length)> Merge(string text, List<Match> modern, IEnumerable<Match> lettered)
    {
        var found = new List<(CaseNumberValue Value, int Index, int Length)>();
        foreach (var m in modern)
        {
            if (TryBuild(text, m, Form.Modern, out var value, out var length))
            {
                found.Add((value, m.Index, length));
            }
        }

        foreach (var m in lettered)
        {
            if (TryBuild(text, m, Form.Lettered, out var value, out var length))
            {
                found.Add((value, m.Index, length));
            }
        }

        foreach (Match m in TypelessPattern().Matches(text))
        {
            if (TryBuild(text, m, Form.Typeless, out var value, out var length))
            {
                found.Add((value, m.Index, length));
            }
        }

        found.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var result = new List<(CaseNumberValue Value, int Index, int Length)>(found.Count);
        var end = -1;
        foreach (var f in found)
        {
            if (f.Index >= end)
            {
                result.Add(f);
                end = f.Index + f.Length;
            }
        }

        return result;
    }

    /// <summary>The matches of a pattern, started only a little before each anchor (CM/ECF: a year followed by a
    /// type code; lettered: a year followed by a dash and a digit) instead of at every digit or capital of the text.
    /// Lookbehinds still see the whole text.</summary>
    private static IEnumerable<Match> Scan(Regex pattern, string text, Func<string, int, int> nextAnchor, int lead)
    {
        var position = 0;
        while (position < text.Length)
        {
            var anchor = nextAnchor(text, position);
            if (anchor < 0)
            {
                yield break;
            }

            var m = pattern.Match(text, Math.Max(position, anchor - lead));
            if (!m.Success)
            {
                yield break;
            }

            yield return m;
            position = m.Index + Math.Max(m.Length, 1);
        }
    }

    /// <summary>The last digit of a year that a type code follows ("24<b>-cv-</b>", "16<b>cv</b>1289"), or -1.</summary>
    private static int NextAnchor(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var at = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return -1;
            }

            i += at;
            var j = i + 1;
            var k = Shared.TextScan.SkipWhiteSpace(text, j);
            if (k < text.Length && s_dashes.Contains(text[k]))
            {
                j = Shared.TextScan.SkipWhiteSpace(text, k + 1);
            }

            if (j + 2 <= text.Length && TypeLength(text.AsSpan(j)) > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first digit of a lettered number's year at or after <paramref name="from"/>: two digits, then a dash (white
    /// space around it allowed) and a digit ("CIV S-<b>05</b>-1234", "C <b>09</b>-03378"), or -1. Every lettered
    /// match holds one; a few other digit pairs pass too (they only cost a try of the pattern).
    /// </summary>
    private static int NextYearDash(string text, int from)
    {
        for (var i = from; i + 1 < text.Length; i++)
        {
            var at = text.AsSpan(i, text.Length - 1 - i).IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return -1;
            }

            i += at;
            if (!char.IsAsciiDigit(text[i + 1]))
            {
                continue;
            }

            var k = Shared.TextScan.SkipWhiteSpace(text, i + 2);
            if (k < text.Length && s_dashes.Contains(text[k]))
            {
                k = Shared.TextScan.SkipWhiteSpace(text, k + 1);
                if (k < text.Length && char.IsAsciiDigit(text[k]))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The length of the type code at the start of <paramref name="s"/> (any case), or 0.</summary>
    private static int TypeLength(ReadOnlySpan<char> s)
    {
        if (s.Length >= 3 && s[..3].Equals("mdl", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        if (s.Length < 2)
        {
            return 0;
        }

        Span<char> two = stackalloc char[2];
        two[0] = char.ToLowerInvariant(s[0]);
        two[1] = char.ToLowerInvariant(s[1]);
        return two is "cv" or "cr" or "mj" or "sw" or "mc" or "po" or "bk" or "ap" or "gj" or "md" or "ml" ? 2 : 0;
    }

    private enum Form
    {
        Modern,
        Lettered,
        Typeless,
    }

    private static bool TryBuild(string text, Match m, Form form, [NotNullWhen(true)] out CaseNumberValue? value, out int length)
    {
        value = null;
        length = 0;
        int? office = m.Groups["office"].Success ? m.Groups["office"].Value[0] - '0' : null;
        string type;
        switch (form)
        {
            case Form.Modern:
                type = m.Groups["type"].Value.ToLowerInvariant();
                type = type == "mdl" ? "md" : type;
                break;
            case Form.Lettered:
                var pre = m.Groups["pre"].Value;
                type = pre.StartsWith("CR", StringComparison.OrdinalIgnoreCase) ? "cr" : "cv";
                if (m.Groups["div"].Success)
                {
                    office = m.Groups["div"].Value == "F" ? 1 : 2;
                }
                else if (m.Groups["cdiv"].Success)
                {
                    // C.D. Cal.: "EDCV" Eastern Division = 5, "SACV" Southern Division = 8.
                    office = m.Groups["cdiv"].Value == "ED" ? 5 : 8;
                }
                else if (!m.Groups["lno"].Success && office is null && (m.Groups["seq"].Length < 3 || pre.Length > 2))
                {
                    // A bare "C 09-03378": only with a full sequence; "CIV 12-34" without a label or division is not a number.
                    return false;
                }

                break;
            default:
                type = "cv";
                break;
        }

        var yy = int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
        var year = yy >= 70 ? 1900 + yy : 2000 + yy;
        var sequence = int.Parse(m.Groups["seq"].Value, CultureInfo.InvariantCulture);
        if (sequence == 0)
        {
            return false;
        }

        var end = m.Groups["seq"].Index + m.Groups["seq"].Length;
        var (initials, suffix, defendant, tailEnd) = ReadTail(text, end);
        var raw = text[m.Index..tailEnd];
        length = raw.Length;
        value = new CaseNumberValue(raw, office, year, type, sequence, initials, suffix, defendant);
        return true;
    }

    /// <summary>
    /// Reads judge initials, a case-kind suffix and a defendant number after the sequence. Joined style
    /// (<c>-DJC-SCR</c>, <c>LKK/CMK</c>, <c>-ODW(DTBx)</c>) takes one to four letters of either case; spaced style
    /// (<c> JAM DB</c>) takes two or three capitals that are not a common word; after joined initials a space
    /// ends the number except before a suffix or parenthesized initials.
    /// </summary>
    internal static (string[] Initials, string? Suffix, int? Defendant, int End) ReadTail(string text, int position)
    {
        var initials = new List<string>(MaxJudges);
        string? suffix = null;
        int? defendant = null;
        var end = position;
        bool? joinedStyle = null;
        while (true)
        {
            var i = end;
            var dash = false;
            var slash = false;
            var space = false;
            while (i < text.Length)
            {
                var c = text[i];
                if (c is ' ' or '\t' or '\n' or '\r' or '\u00A0')
                {
                    space = true;
                }
                else if (s_dashes.Contains(c) && !dash && !slash)
                {
                    dash = true;
                }
                else if (c == '/' && !dash && !slash)
                {
                    slash = true;
                }
                else
                {
                    break;
                }

                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var paren = text[i] == '(';
            if (paren && MotionUnder2255().Match(text, i) is { Success: true } motion && motion.Index == i)
            {
                // "(2255)", "(§ 2255)": a motion to vacate under 28 U.S.C. § 2255, filed in the criminal case.
                suffix = "2255";
                end = i + motion.Length;
                break;
            }

            if (paren)
            {
                if (!TryReadParenthesized(text, i, out var inner, out var afterParen))
                {
                    break;
                }

                if (s_suffixes.Contains(inner))
                {
                    suffix = inner;
                    end = afterParen;
                    break;
                }

                if (initials.Count >= MaxJudges || s_notInitials.Contains(inner))
                {
                    break;
                }

                initials.Add(inner);
                joinedStyle ??= !space || dash;
                end = afterParen;
                continue;
            }

            // A defendant number after initials: "-TKW-MAL-1".
            if (dash && !space && char.IsAsciiDigit(text[i]) && initials.Count > 0)
            {
                var d = i;
                while (d < text.Length && char.IsAsciiDigit(text[d]))
                {
                    d++;
                }

                if (d - i <= 2 && (d == text.Length || !char.IsLetterOrDigit(text[d])))
                {
                    defendant = int.Parse(text.AsSpan(i, d - i), CultureInfo.InvariantCulture);
                    end = d;
                    while (d < text.Length && text[d] is ' ' or '\t')
                    {
                        d++;
                    }

                    if (d < text.Length && text[d] == '(' && MotionUnder2255().Match(text, d) is { Success: true } marker && marker.Index == d)
                    {
                        suffix = "2255";
                        end = d + marker.Length;
                    }
                }

                break;
            }

            var w = i;
            while (w < text.Length && char.IsAsciiLetter(text[w]))
            {
                w++;
            }

            if (w == i || (w < text.Length && (char.IsAsciiDigit(text[w]) || text[w] is '\'' or '’' or '.' && w + 1 < text.Length && char.IsAsciiLetter(text[w + 1]))))
            {
                break;
            }

            var token = text[i..w];
            var upper = token.ToUpperInvariant();
            var joined = dash || slash;
            if (i == end)
            {
                break;
            }

            if (s_suffixes.Contains(token))
            {
                // "P", "PS" or "-PC" after the initials (never inside a word).
                suffix = token;
                end = w;
                break;
            }

            if (joined)
            {
                var sameCase = token == upper || token == token.ToLowerInvariant();
                if (token.Length > MaxJoinedInitials || !sameCase || initials.Count >= MaxJudges || joinedStyle is false && space)
                {
                    break;
                }

                joinedStyle ??= true;
            }
            else
            {
                // Spaced style: after joined initials a space ends the number ("…-KJM-KJN ANNE S. HALE").
                if (joinedStyle is true || token != upper || s_notInitials.Contains(token) || initials.Count >= MaxJudges
                    || (token.Length > MaxSpacedInitials && token is not ("NONE" or "NODJ")) || token.Length < 2)
                {
                    break;
                }

                joinedStyle = false;
            }

            initials.Add(upper);
            end = w;
        }

        return (initials.ToArray(), suffix, defendant, end);
    }

    /// <summary>"(DTBx)" → DTB, "(Ex)" → E, "(JMA)" → JMA, "(PC)" → PC: one to four capitals, C.D. Cal.'s trailing "x" dropped.</summary>
    private static bool TryReadParenthesized(string text, int open, [NotNullWhen(true)] out string? inner, out int after)
    {
        inner = null;
        after = open;
        var i = open + 1;
        while (i < text.Length && char.IsAsciiLetterUpper(text[i]))
        {
            i++;
        }

        var letters = i - open - 1;
        if (i < text.Length && text[i] == 'x' && letters >= 1)
        {
            i++;
        }

        if (letters < 1 || letters > MaxJoinedInitials || i >= text.Length || text[i] != ')')
        {
            return false;
        }

        inner = text.Substring(open + 1, letters);
        after = i + 1;
        return true;
    }

    /// <summary>A § 2255 marker after the number.</summary>
    [GeneratedRegex(@"\G\((?:§\s*)?2255\)", RegexOptions.CultureInvariant)]
    private static partial Regex MotionUnder2255();

    /// <summary>CM/ECF: optional label, office, two-digit year, type code, sequence; separators are a dash (spaces
    /// around it allowed) or nothing at all ("16cv1289"), never a bare space.</summary>
    [GeneratedRegex(
        @"(?:(?i:Case\s+Nos?|Civ(?:il)?\.?\s+(?:Action\s+)?No|Crim(?:inal)?\.?\s+No|Nos?)\s*\.?\s*:?\s*)?(?<![\w:])(?:(?<office>\d)\s*:\s*)?(?<yy>\d{2})(?:\s*[-–—]\s*)?(?<type>(?i:mdl|cv|cr|mj|sw|mc|po|bk|ap|gj|md|ml))(?:\s*[-–—]\s*)?(?<seq>\d{1,5})(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ModernPattern();

    /// <summary>Lettered numbers: <c>CIV S-05-1234</c>, <c>CV F 05-0123</c>, <c>C 09-03378</c>, <c>CIV. NO. 2:17-1201</c>,
    /// <c>CR S-05-0123</c>, <c>EDCV 13-01758</c>, <c>SACV 19-00123</c> (no type code: the letters say civil or criminal;
    /// E.D. Cal. S = Sacramento, F = Fresno; C.D. Cal. ED = Eastern Division, SA = Southern Division).</summary>
    [GeneratedRegex(
        @"(?:(?i:Case\s+Nos?|Nos?)\s*\.?\s*:?\s*)?(?<![A-Za-z.])(?:(?<cdiv>ED|SA)[ \t]?(?=C[VR]))?(?<pre>CIVIL|Civil|CIV|Civ|CRIM|Crim|CV|Cv|CR|Cr|C)\.?\s*(?<lno>(?i:ACTION\s+)?(?:NO|No)\.?\s*:?\s*)?[-–—]?\s*(?:(?<div>[SF])\s*[-–—]?\s*)?(?:(?<office>\d)\s*:\s*|(?<![\d:]))(?<yy>\d{2})\s*[-–—]\s*(?<seq>\d{1,5})(?![\d:])",
        RegexOptions.CultureInvariant)]
    private static partial Regex LetteredPattern();

    /// <summary>A labelled number with an office but no type code: <c>Case No. 2:17-1201</c> (a civil case).</summary>
    [GeneratedRegex(
        @"(?i:Case\s+Nos?|Nos?)\s*\.?\s*:?\s*(?<office>\d)\s*:\s*(?<yy>\d{2})\s*[-–—]\s*(?<seq>\d{1,5})(?![\d:])",
        RegexOptions.CultureInvariant)]
    private static partial Regex TypelessPattern();
}
