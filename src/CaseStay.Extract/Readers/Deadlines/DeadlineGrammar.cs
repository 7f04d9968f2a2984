using System.Globalization;
using System.Text.RegularExpressions;
using CaseStay.Extract.Deadlines;
using NodaTime;

namespace CaseStay.Extract.Readers.Deadlines;

/// <summary>
/// The grammar of deadline phrases, read from one sentence: a period (number in words and/or digits, a unit, a
/// direction, an anchor) or a fixed date. The parts are tables of alternatives below; see README-deadlines.md for
/// every phrasing understood.
/// </summary>
internal static partial class DeadlineGrammar
{
    private const string Units = "one|two|three|four|five|six|seven|eight|nine";
    private const string Teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private const string Tens = "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety";
    private const string NumberWord =
        "(?:(?:" + Units + @")\s+hundred(?:\s+(?:and\s+)?(?:(?:" + Tens + @")(?:[-\s](?:" + Units + "))?|" + Teens + "|" + Units + "))?"
        + "|(?:" + Tens + @")(?:[-\s](?:" + Units + "))?|" + Teens + "|" + Units + @"|an?)\b";

    private const string Number =
        @"(?:(?<w>" + NumberWord + @")\s*\(\s*(?<d>\d{1,4})\s*\)|\(\s*(?<d>\d{1,4})\s*\)|(?<d>\d{1,4})(?![\d/:.,]\d)|(?<w>" + NumberWord + "))";

    private const string Cue =
        @"(?<cue>within|no\s+later\s+than|not\s+later\s+than|no\s+(?:fewer|less|more)\s+than|not\s+(?:fewer|less|more)\s+than|at\s+least|every|each|in|after)";

    private const string Direction =
        @"(?<dir>after|of|from|following|before|prior\s+to|in\s+advance\s+of|preceding|subsequent\s+to|since)";

    private const string Month = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

    private const string Date =
        Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})|(?<nm>\d{1,2})/(?<nd>\d{1,2})/(?<ny>\d{4}|\d{2})(?!\d)";

    private const string Time = @"\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)|noon";

    private static readonly Dictionary<string, int> s_words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>All deadline phrases of a sentence, in order, without overlaps.</summary>
    public static IReadOnlyList<PhraseMatch> Parse(string sentence)
    {
        var found = new List<PhraseMatch>();
        // The period regex runs only in a window around each unit word ("days", "weeks", …): most of a sentence
        // cannot hold a period, and scanning all of it costs more than the rest of the deadline reader.
        var seen = new HashSet<int>();
        foreach (var (start, end) in UnitWindows(sentence))
        {
            for (var m = PeriodPhrase().Match(sentence, start, end - start); m.Success; m = m.NextMatch())
            {
                if (seen.Add(m.Index) && ReadPeriod(sentence, m) is { } p && !found.Any(f => Overlaps(f, p)))
                {
                    found.Add(p);
                }
            }
        }

        if (sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            foreach (Match m in FixedDatePhrase().Matches(sentence))
            {
                var p = ReadFixed(m);
                if (p is not null && !found.Any(f => Overlaps(f, p)))
                {
                    found.Add(p);
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static readonly string[] s_unitWords = ["day", "week", "month", "year", "hour"];

    /// <summary>Windows of the sentence (starting at a word boundary) that end just after a unit word.</summary>
    private static List<(int Start, int End)> UnitWindows(string s)
    {
        var windows = new List<(int, int)>();
        foreach (var unit in s_unitWords)
        {
            for (var at = s.IndexOf(unit, StringComparison.OrdinalIgnoreCase); at >= 0; at = s.IndexOf(unit, at + unit.Length, StringComparison.OrdinalIgnoreCase))
            {
                var start = Math.Max(0, at - 70);
                while (start > 0 && !char.IsWhiteSpace(s[start - 1]))
                {
                    start--;
                }

                // The unit, "thereafter", a comma and the direction word ("in advance of") follow within 40 characters.
                var end = Math.Min(s.Length, at + unit.Length + 40);
                while (end < s.Length && char.IsLetter(s[end]))
                {
                    end++;
                }

                windows.Add((start, end));
            }
        }

        windows.Sort();
        return windows;
    }

    /// <summary>Spans of the sentence that look like a period ("within a reasonable number of days") but that no phrase covers.</summary>
    public static IEnumerable<(int Start, int End)> NotUnderstood(string sentence, IReadOnlyList<PhraseMatch> parsed)
    {
        foreach (Match m in LooksLikePeriod().Matches(sentence))
        {
            if (!parsed.Any(p => m.Index < p.End && p.Start < m.Index + m.Length))
            {
                yield return (m.Index, m.Index + m.Length);
            }
        }
    }

    /// <summary>The value of a number in words ("forty-five", "one hundred twenty"), or null.</summary>
    internal static int? Words(string words)
    {
        var parts = words.ToLowerInvariant().Split(['-', ' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries).Where(p => p != "and").ToArray();
        var total = 0;
        foreach (var part in parts)
        {
            if (part == "hundred")
            {
                total = Math.Max(total, 1) * 100;
            }
            else if (s_words.TryGetValue(part, out var v))
            {
                total += v;
            }
            else
            {
                return null;
            }
        }

        return parts.Length == 0 ? null : total;
    }

    /// <summary>A date printed as "February 14, 2025", "Feb. 14, 2025" or "2/14/2025", or null.</summary>
    internal static LocalDate? ReadDate(Match m)
    {
        int year, month, day;
        if (m.Groups["month"].Success)
        {
            month = MonthNumber(m.Groups["month"].Value);
            day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (m.Groups["nm"].Success)
        {
            month = int.Parse(m.Groups["nm"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(m.Groups["nd"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(m.Groups["ny"].Value, CultureInfo.InvariantCulture);
            year += year < 100 ? 2000 : 0;
        }
        else
        {
            return null;
        }

        return month is >= 1 and <= 12 && year is >= 1900 and <= 2200 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
    }

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static bool Overlaps(PhraseMatch a, PhraseMatch b) => a.Start < b.End && b.Start < a.End;

    private static PhraseMatch? ReadPeriod(string sentence, Match m)
    {
        var cue = m.Groups["cue"].Success ? Squash(m.Groups["cue"].Value).ToLowerInvariant() : null;
        var dir = m.Groups["dir"].Success ? Squash(m.Groups["dir"].Value).ToLowerInvariant() : null;
        var there = m.Groups["there"].Success ? Squash(m.Groups["there"].Value).ToLowerInvariant() : null;
        if (cue is null && there is null && dir is null or "of" or "since")
        {
            // "GRANTED 60 days leave", "a period of 30 days of": a number of days, not a deadline.
            return null;
        }

        if (cue is "after" && dir is not null)
        {
            // "after 30 days of …" reads as "30 days after …".
            cue = null;
        }

        string? problem = null;
        int? count = null;
        if (m.Groups["d"].Success)
        {
            count = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        }

        if (m.Groups["w"].Success && Words(m.Groups["w"].Value) is { } w)
        {
            if (count is { } digits && digits != w)
            {
                problem = $"the number is printed as '{Squash(m.Groups["w"].Value)}' ({w}) but the digits say {digits}";
            }

            count ??= w;
        }

        if (count is null or <= 0 or > 3650)
        {
            return null;
        }

        var qual = m.Groups["qual"].Success ? m.Groups["qual"].Value.ToLowerInvariant() : null;
        var unitWord = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        var (unit, unitName) = unitWord switch
        {
            "day" when qual is "court" or "judicial" => (PeriodUnit.CourtDays, "court-days"),
            "day" when qual is "business" or "working" => (PeriodUnit.BusinessDays, "business-days"),
            "day" => (PeriodUnit.Days, "days"),
            "week" => (PeriodUnit.Weeks, "weeks"),
            "month" => (PeriodUnit.Months, "months"),
            "year" => (PeriodUnit.Years, "years"),
            _ => (PeriodUnit.Hours, "hours"),
        };
        var recurring = cue is "every" or "each";
        var backward = dir is "before" or "prior to" or "in advance of" or "preceding";
        var result = new PhraseMatch(m.Index, m.Index + m.Length)
        {
            Count = count,
            Unit = unit,
            UnitName = unitName,
            Direction = backward ? CountDirection.Backward : CountDirection.Forward,
            Recurring = recurring,
            Problem = problem,
        };

        if (there is "thereafter" or "hereafter" && dir is null)
        {
            result = result with { Thereafter = there == "thereafter", Anchor = there == "thereafter" ? DeadlineAnchors.Event : DeadlineAnchors.OrderDate, AnchorText = there == "thereafter" ? "thereafter" : null };
        }
        else if (dir is not null)
        {
            var anchorStart = m.Index + m.Length;
            var anchorEnd = AnchorEnd(sentence, anchorStart);
            var anchor = sentence[anchorStart..anchorEnd].Trim().TrimEnd(',', ' ');
            if (anchor.Length == 0)
            {
                return result with { Problem = problem ?? $"'{dir}' is followed by no event" };
            }

            result = Classify(result with { End = anchorEnd }, anchor);
        }
        else if (there is "hereof" or "from now" or "from today")
        {
            result = result with { Anchor = DeadlineAnchors.OrderDate };
        }

        if (recurring)
        {
            var tail = sentence[result.End..];
            var until = RecurUntil().Match(tail);
            if (until.Success && until.Index < 40)
            {
                result = result with { Until = until.Value.Trim().TrimEnd(',', ' ') };
            }
        }

        return result;
    }

    private static PhraseMatch Classify(PhraseMatch p, string anchor)
    {
        var collapsed = Squash(anchor);
        if (collapsed.Count(char.IsLetter) < 3)
        {
            // "within ten (10) days of t" (a cut-off text), "before 13" (a stray line number): no event can be read.
            return p with
            {
                Anchor = DeadlineAnchors.Event,
                AnchorText = collapsed,
                Problem = p.Problem ?? $"the event it runs from ('{collapsed}') is cut off or unreadable",
            };
        }

        if (Alternatives().IsMatch(collapsed))
        {
            return p with
            {
                Anchor = DeadlineAnchors.Event,
                AnchorText = collapsed,
                Problem = p.Problem ?? "the period runs from the earlier or later of several events, which is not computed",
            };
        }

        if (EntryAnchor().IsMatch(collapsed))
        {
            return p with { Anchor = DeadlineAnchors.Entry, AnchorText = collapsed };
        }

        if (ServiceAnchor().IsMatch(collapsed))
        {
            return p with { Anchor = DeadlineAnchors.Service, AnchorText = collapsed };
        }

        if (OrderAnchor().IsMatch(collapsed))
        {
            return p with { Anchor = DeadlineAnchors.OrderDate, AnchorText = null };
        }

        var date = DateInText().Match(collapsed);
        if (date.Success && ReadDate(date) is { } d)
        {
            return p with { Anchor = DeadlineAnchors.EventDate, AnchorText = collapsed, AnchorDate = d };
        }

        return p with { Anchor = DeadlineAnchors.Event, AnchorText = collapsed };
    }

    private static PhraseMatch? ReadFixed(Match m)
    {
        var date = ReadDate(m);
        if (date is null)
        {
            return null;
        }

        var cue = Squash(m.Groups["cue"].Value).ToLowerInvariant();
        var timeText = m.Groups["time"].Success ? m.Groups["time"].Value : m.Groups["time2"].Success ? m.Groups["time2"].Value : null;
        return new PhraseMatch(m.Index, m.Index + m.Length)
        {
            Anchor = DeadlineAnchors.FixedDate,
            FixedDate = date,
            Time = timeText is null ? null : ReadTime(timeText),
            StrictlyBefore = cue is "before" or "prior to",
        };
    }

    /// <summary>
    /// The date an event named without one ("the Status Conference") is set for elsewhere in the order ("a Status
    /// Conference is scheduled for hearing on October 17, 2011"), when exactly one such date is printed.
    /// </summary>
    internal static (LocalDate Date, string Evidence)? FindEventDate(string text, string anchor)
    {
        var core = EventCore().Match(anchor);
        if (!core.Success || anchor.Split(' ').Length > 6)
        {
            return null;
        }

        var wanted = core.Groups["core"].Value.ToLowerInvariant();
        LocalDate? found = null;
        string? evidence = null;
        var noun = wanted[(wanted.LastIndexOf(' ') + 1)..];
        foreach (var m in SetForNear(text, noun))
        {
            var named = Squash(m.Groups["ev"].Value).ToLowerInvariant();
            if (!named.EndsWith(wanted, StringComparison.Ordinal) || (named.Length > wanted.Length && named[^(wanted.Length + 1)] != ' ') || ReadDate(m) is not { } d)
            {
                continue;
            }

            if (found is { } f && f != d)
            {
                return null;
            }

            found = d;
            evidence ??= Squash(m.Value);
        }

        return found is { } date ? (date, evidence!) : null;
    }

    /// <summary>"… conference is set for March 3, 2026" matches, looked for only around each place the noun is printed.</summary>
    private static IEnumerable<Match> SetForNear(string text, string noun)
    {
        var last = -1;
        for (var at = text.IndexOf(noun, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(noun, at + noun.Length, StringComparison.OrdinalIgnoreCase))
        {
            var start = Math.Max(Math.Max(0, last), at - 60);
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var end = Math.Min(text.Length, at + noun.Length + 120);
            for (var m = SetFor().Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                if (m.Index > last)
                {
                    last = m.Index;
                    yield return m;
                }
            }
        }
    }

    internal static LocalTime? ReadTime(string text)
    {
        var t = text.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        if (t == "noon")
        {
            return new LocalTime(12, 0);
        }

        var pm = t.EndsWith("pm", StringComparison.Ordinal);
        t = t[..^2];
        var parts = t.Split(':');
        if (!int.TryParse(parts[0], CultureInfo.InvariantCulture, out var h) || h is < 1 or > 12)
        {
            return null;
        }

        var min = 0;
        if (parts.Length > 1 && (!int.TryParse(parts[1], CultureInfo.InvariantCulture, out min) || min is < 0 or > 59))
        {
            return null;
        }

        h %= 12;
        return new LocalTime(pm ? h + 12 : h, min);
    }

    /// <summary>Where an anchor ("completion of the VDRP session") ends: at the end of its clause.</summary>
    internal static int AnchorEnd(string s, int from)
    {
        var limit = Math.Min(s.Length, from + 160);
        var stop = ClauseStop().Match(s, from, limit - from);
        var end = stop.Success ? stop.Index : limit;
        for (var i = from; i < end; i++)
        {
            var c = s[i];
            if (c is ';' or ':')
            {
                return i;
            }

            if (c == '(' && !(i + 1 < s.Length && char.IsDigit(s[i + 1])))
            {
                return i;
            }

            if (c == ')' && s.AsSpan(from, i - from).IndexOf('(') < 0)
            {
                // "(63 calendar days after February 26, 2019)": the closing bracket is not the anchor's.
                return i;
            }

            if (c == ',' && !CommaContinues(s, i))
            {
                return i;
            }

            if (c == '.' && Boundaries.IsSentenceEnd(s, i))
            {
                return i;
            }
        }

        return end;
    }

    private static bool CommaContinues(string s, int i)
    {
        var rest = s.AsSpan(i + 1).TrimStart();
        // "February 14, 2025", "…, whichever is later", "2026, at 9:00 a.m."
        return (rest.Length >= 4 && char.IsDigit(rest[0]) && char.IsDigit(rest[1]) && char.IsDigit(rest[2]) && char.IsDigit(rest[3]))
            || rest.StartsWith("whichever", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("at ", StringComparison.OrdinalIgnoreCase) && rest.Length > 3 && char.IsDigit(rest[3]);
    }

    private static string Squash(string s) => Shared.Text.Collapse(s).Trim();

    [GeneratedRegex(@"\b(?:" + Cue + @"\s+(?:the\s+(?:next\s+|following\s+)?)?)?" + Number + @"\s*(?:(?<qual>calendar|court|business|judicial|working)\s+)?(?<unit>days?|weeks?|months?|years?|hours?)\b['’]?(?:\s+(?<there>thereafter|hereafter|hereof|from\s+now|from\s+today))?(?:\s*,?\s*" + Direction + @"\b)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex PeriodPhrase();

    [GeneratedRegex(@"\b(?<cue>on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|by|before|prior\s+to)\s+(?:(?<time>" + Time + @")\s*(?:\(?(?:PST|PDT|PT|Pacific(?:\s+(?:Standard\s+|Daylight\s+)?Time)?)\)?\s*)?,?\s*(?:on\s+)?)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:" + Date + @")(?:,?\s+at\s+(?<time2>" + Time + "))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex FixedDatePhrase();

    [GeneratedRegex(@"(?<ev>\b(?:[\w’'-]+\s+){0,3}?(?:hearing|conference|trial|session|argument|deposition|mediation|meeting))\b[^.;]{0,40}?\b(?:set|scheduled|calendared|continued|reset|will\s+be\s+held|shall\s+be\s+held)\s+(?:for\s+)?(?:hearing\s+)?(?:on\s+|for\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday),?\s+)?(?:" + Date + ")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex SetFor();

    [GeneratedRegex(@"^(?:the\s+|a\s+|any\s+)?(?<core>(?:[\w’'-]+\s+){0,3}?(?:hearing|conference|trial|session|argument|deposition|mediation|meeting))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex EventCore();

    [GeneratedRegex(@"\b(?:" + Date + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex DateInText();

    [GeneratedRegex(@"\b(?:within|no\s+later\s+than|not\s+later\s+than|at\s+least|every|each|before|after|prior\s+to|following|in\s+advance\s+of)\s+(?:[\w’'()-]+\s+){0,4}?(?:days?|weeks?|months?|years?|hours?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex LooksLikePeriod();

    [GeneratedRegex(@"\b(?:whichever|(?:the\s+)?(?:later|earlier|sooner|latter|former)\s+of)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Alternatives();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:date|day)\s+(?:of\s+)?)?(?:(?:the\s+)?(?:entry|filing|docketing)\s+(?:of\s+)?)(?:this|the\s+(?:present|instant|court['’]?s|within))\s+order\b|^(?:the\s+)?(?:date|day)\s+(?:on\s+which\s+|that\s+)?(?:this|the\s+(?:present|instant|court['’]?s))\s+order\s+(?:is|was|has\s+been)\s+(?:entered|filed|docketed)\b|^(?:the\s+)?(?:filed|entry)\s+date\s+of\s+this\s+order\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EntryAnchor();

    [GeneratedRegex(@"\bserv(?:ice|ed|ing)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ServiceAnchor();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:date|day)\s+(?:of\s+)?)?(?:(?:the\s+)?(?:issuance|signing|signature|date)\s+of\s+)?(?:this|the\s+(?:present|instant|court['’]?s|within))\s+order\b(?!\s+(?:on|in)\s)|^(?:the\s+)?(?:date|day)\s+(?:hereof|this\s+order\s+is\s+signed)\b|^(?:hereof|today)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrderAnchor();

    [GeneratedRegex(@"\s+(?:and|or)\s+(?:shall|must|will|may|to|file|serve|submit|lodge|every|each|thereafter|within|at\s+least|no\s+later|not\s+later|no\s+less|no\s+fewer|until)\b|\s+(?:until|unless|provided\s+that)\b|\s+(?:to|shall|must|will|may)\s+(?:file|serve|submit|lodge|notify|inform|advise|provide|meet|contact|complete|show|respond|pay|appear|report)\b|\s+(?:the\s+parties|plaintiffs?|defendants?|petitioners?|respondents?|counsel|each\s+party|any\s+party|the\s+clerk)\s+(?:shall|must|may|will|are|is)\b|\s+(?:shall|must)\s",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseStop();

    [GeneratedRegex(@"^\s*,?\s*(?:thereafter\s+)?(?:until|while|so\s+long\s+as|for\s+as\s+long\s+as|during)\b[^.;,]{3,100}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RecurUntil();
}
