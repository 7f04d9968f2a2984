using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseStay.Extract.Readers.Signer;

/// <summary>
/// The grammar of a signer: a judge's title in any letter case ("United States Magistrate Judge", "U.S. DISTRICT
/// JUDGE", "Senior District Judge", "Magistrate Judge"), the printed name just before it (read backwards word by
/// word: capitalized words and initials in any case, "Jr.", "II", "III", an "/s/ X" then "X" collapsed to one), and
/// the normalization of both. A "name" that is a title phrase, "United States" or a clause ("before a", "the
/// jurisdiction of a") is no name.
/// </summary>
internal static partial class JudgeName
{
    /// <summary>More words than this before a title are prose or a heading, not a name (unless the roster finds the name at their end).</summary>
    private const int MaxWords = 5;

    /// <summary>A printed name found before a title.</summary>
    /// <param name="Words">The name's words as printed (suffix excluded).</param>
    /// <param name="Suffix">"Jr.", "II", … as printed, or null.</param>
    /// <param name="Start">Flow offset of the first word.</param>
    internal sealed record Printed(IReadOnlyList<string> Words, string? Suffix, int Start);

    /// <summary>Every judge's title in a region of the flow.</summary>
    /// <param name="flow">The flow text.</param>
    /// <param name="start">Region start.</param>
    /// <param name="end">Region end.</param>
    /// <returns>The title matches.</returns>
    public static IEnumerable<Match> Titles(string flow, int start, int end)
    {
        var m = Title().Match(flow, start, end - start);
        while (m.Success)
        {
            yield return m;
            m = m.NextMatch();
        }
    }

    /// <summary>
    /// Reads the name printed just before <paramref name="titleStart"/>, not before <paramref name="floor"/>: margin
    /// numbers, "||", signature underscores and a comma may stand between; a line break ends the name once the line
    /// holds two words of it (a heading line above the name is not part of it).
    /// </summary>
    public static Printed? Before(string flow, int titleStart, int floor, JudgeRoster roster)
    {
        var words = new List<(string Word, int Start)>();
        string? suffix = null;
        var onLine = 0;
        var pos = titleStart;
        while (true)
        {
            var newline = false;
            while (pos > floor && char.IsWhiteSpace(flow[pos - 1]))
            {
                newline |= flow[pos - 1] == '\n';
                pos--;
            }

            if (pos <= floor)
            {
                break;
            }

            var s = pos;
            while (s > floor && !char.IsWhiteSpace(flow[s - 1]))
            {
                s--;
            }

            var token = flow[s..pos];
            var core = token.TrimEnd(Shared.TrimChars.CommaSemicolon);
            if (words.Count == 0 && suffix is null && Suffix().IsMatch(core))
            {
                suffix = core;
                pos = s;
                continue;
            }

            if (words.Count == 0 && Residue().IsMatch(token))
            {
                pos = s;
                continue;
            }

            if (newline && onLine >= 2)
            {
                break;
            }

            if (newline)
            {
                onLine = 0;
            }

            // A comma ends the name going backwards ("Plaintiff, JOHN DOE") unless it only sets off the suffix or the title.
            if (words.Count > 0 && core.Length != token.Length)
            {
                break;
            }

            if (!IsNameWord(core) && !(words.Count > 0 && Particle().IsMatch(core)))
            {
                break;
            }

            words.Insert(0, (core, s));
            onLine++;
            pos = s;
            if (words.Count > 2 * MaxWords)
            {
                break;
            }
        }

        var collapsed = CollapseRepeat(words);
        if (collapsed.Count < 2 || collapsed.All(w => w.Word.Length <= 2 && w.Word.EndsWith('.')))
        {
            return null;
        }

        // Keep the longest tail the roster knows; otherwise a name of at most five words.
        for (var skip = 0; skip <= collapsed.Count - 2; skip++)
        {
            var tail = collapsed.Skip(skip).ToList();
            if (roster.TryGetByName(string.Join(' ', tail.Select(t => t.Word)), out _))
            {
                return new Printed(tail.Select(t => t.Word).ToArray(), suffix, tail[0].Start);
            }
        }

        return collapsed.Count > MaxWords ? null : new Printed(collapsed.Select(t => t.Word).ToArray(), suffix, collapsed[0].Start);
    }

    /// <summary>
    /// Reads a name printed after <paramref name="start"/> (minutes' "Present: The Honorable NAME" without a title):
    /// up to five name words on the line, a suffix after them.
    /// </summary>
    public static Printed? After(string flow, int start, int limit)
    {
        var words = new List<(string Word, int Start)>();
        string? suffix = null;
        var pos = start;
        while (pos < limit)
        {
            var newline = false;
            while (pos < limit && char.IsWhiteSpace(flow[pos]))
            {
                newline |= flow[pos] == '\n';
                pos++;
            }

            if (pos >= limit || (newline && words.Count >= 2))
            {
                break;
            }

            var e = pos;
            while (e < limit && !char.IsWhiteSpace(flow[e]))
            {
                e++;
            }

            var token = flow[pos..e];
            var core = token.TrimEnd(Shared.TrimChars.CommaSemicolon);
            if (words.Count >= 2 && Suffix().IsMatch(core))
            {
                suffix = core;
                break;
            }

            if (!IsNameWord(core) && !(words.Count > 0 && Particle().IsMatch(core)))
            {
                break;
            }

            // A name printed in capitals ends where mixed-case words start ("SNYDER Catherine Jeang" is the clerk).
            if (words.Count >= 2 && IsCapitals(words[0].Word) != IsCapitals(core))
            {
                break;
            }

            words.Add((core, pos));
            pos = e;
            if (core.Length != token.Length || words.Count > MaxWords)
            {
                break;
            }
        }

        return words.Count is >= 2 and <= MaxWords && !words.All(w => w.Word.Length <= 2 && w.Word.EndsWith('.'))
            ? new Printed(words.Select(w => w.Word).ToArray(), suffix, words[0].Start)
            : null;
    }

    /// <summary>True when the word before <paramref name="titleStart"/> lets a title stand alone as the signer's (not "before a", "of the", "assigned").</summary>
    public static bool TitleStandsAlone(string flow, int titleStart, int floor)
    {
        var e = titleStart;
        while (e > floor && char.IsWhiteSpace(flow[e - 1]))
        {
            e--;
        }

        var s = e;
        while (s > floor && !char.IsWhiteSpace(flow[s - 1]))
        {
            s--;
        }

        if (e <= s)
        {
            return true;
        }

        var prev = flow.AsSpan(s, e - s);
        return !char.IsLower(prev[0]) && !FunctionWord().IsMatch(prev);
    }

    /// <summary>True for an article, preposition or determiner in any letter case ("A", "TO", "of", "BEFORE").</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWord().IsMatch(word);

    /// <summary>The name as the record reports it: the roster's spelling for a roster judge, else the printed name in title case.</summary>
    public static string Normalize(Printed printed, JudgeRoster roster)
    {
        var joined = string.Join(' ', printed.Words);
        if (roster.TryGetByName(joined, out var judge))
        {
            return judge!.Name;
        }

        var name = joined.Any(char.IsLower) ? joined : string.Join(' ', printed.Words.Select(TitleWord));
        if (printed.Suffix is { } suffix)
        {
            var s = suffix.ToUpperInvariant() switch
            {
                "JR" or "JR." => "Jr.",
                "SR" or "SR." => "Sr.",
                var roman => roman.TrimEnd('.'),
            };
            name += ", " + s;
        }

        return name;
    }

    /// <summary>A printed name (e.g. from "/s/ X") in the record's spelling.</summary>
    public static string Normalize(string printed, JudgeRoster roster)
    {
        if (roster.TryGetByName(printed, out var judge))
        {
            return judge!.Name;
        }

        return printed.Any(char.IsLower) ? printed : string.Join(' ', printed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TitleWord));
    }

    /// <summary>The title in the record's spelling: "[Chief |Senior ]United States District|Magistrate|Bankruptcy Judge".</summary>
    public static string NormalizeTitle(string printed)
    {
        var t = string.Join(' ', printed.ToUpperInvariant().Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        var prefix = t.Contains("CHIEF", StringComparison.Ordinal) ? "Chief " : t.Contains("SENIOR", StringComparison.Ordinal) ? "Senior " : string.Empty;
        var magistrate = t.Contains("MAGISTRATE", StringComparison.Ordinal) || t.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal) == "USMJ";
        var kind = magistrate ? "Magistrate" : t.Contains("BANKRUPTCY", StringComparison.Ordinal) ? "Bankruptcy" : "District";
        return $"{prefix}United States {kind} Judge";
    }

    private static List<(string Word, int Start)> CollapseRepeat(List<(string Word, int Start)> words)
    {
        if (words.Count >= 4 && words.Count % 2 == 0)
        {
            var half = words.Count / 2;
            var same = true;
            for (var i = 0; i < half && same; i++)
            {
                same = string.Equals(words[i].Word, words[half + i].Word, StringComparison.OrdinalIgnoreCase);
            }

            if (same)
            {
                return words.Skip(half).ToList();
            }
        }

        return words;
    }

    private static bool IsCapitals(string w) => !w.Any(char.IsLower);

    private static bool IsNameWord(string w) =>
        (w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.') || (NameWord().IsMatch(w) && !NotAName().IsMatch(w.TrimEnd('.')));

    private static string TitleWord(string w)
    {
        if (w is "II" or "III" or "IV")
        {
            return w;
        }

        var lower = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant());
        lower = AfterApostropheOrHyphen().Replace(lower, m => m.Value.ToUpperInvariant());
        return lower.StartsWith("Mc", StringComparison.Ordinal) && lower.Length > 2
            ? "Mc" + char.ToUpperInvariant(lower[2]) + lower[3..]
            : lower;
    }

    /// <summary>A judge's title, any letter case.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:(?i:chief|senior|presiding)\s+)?(?:(?i:united\s+states|u\.\s?s\.)\s+)?(?:(?i:chief|senior)\s+)?(?i:district|magistrate|bankruptcy)\s+(?:(?i:court)\s+)?(?i:judge)|(?i:chief|senior)\s+(?i:judge)|(?i:judge\s+of\s+the\s+united\s+states\s+(?:district|bankruptcy)\s+court)|U\.\s?S\.\s?[DM]\.\s?J\.|USDJ|USMJ)(?![\p{L}'’])", RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"^\p{Lu}(?:[\p{L}'’\-]*\p{L})?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^(?:de|del|della|der|den|la|le|van|von|da|di|du|dos|st\.?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Particle();

    [GeneratedRegex(@"^(?:JR|SR|II|III|IV)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Suffix();

    /// <summary>What may stand between a name and its title: margin numbers, "||", signature rules, a lone comma.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}|\|+|_+|[-—–_]{2,}|,)$", RegexOptions.CultureInvariant)]
    private static partial Regex Residue();

    [GeneratedRegex(@"^(?i:the|honorable|hon|judge|judges|united|states|u\.s|us|district|magistrate|bankruptcy|chief|senior|presiding|court|courts|order|orders|ordered|it|is|so|dated|date|signed|entered|and|of|a|an|to|by|before|for|in|on|at|with|from|present|plaintiff|plaintiffs|defendant|defendants|petitioner|petitioners|respondent|respondents|clerk|deputy|jurisdiction|consent|consented|consents|assigned|referred|motion|stay|stayed|granted|denied|case|action|no|nos|ecf|doc|dkt|eastern|northern|southern|central|western|california|division|proceedings|minutes|civil|criminal|page|title|findings|recommendations|the\s+honorable)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^(?i:a|an|the|of|to|by|before|for|in|on|at|with|from|and|or|any|each|assigned|referred|undersigned|other|another|our|this|that|such|as|upon|whom|which)[,.:;]?$", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionWord();

    [GeneratedRegex(@"(?<=['’\-])\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex AfterApostropheOrHyphen();
}
