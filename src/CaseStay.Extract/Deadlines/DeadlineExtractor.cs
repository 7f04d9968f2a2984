using System.Globalization;
using System.Text.RegularExpressions;
using CaseStay.Extract.Fields;
using NodaTime;
using NodaTime.Text;

namespace CaseStay.Extract.Deadlines;

/// <summary>
/// Finds the deadlines the directives set ("within forty-five (45) days", "No later than fourteen (14) days after
/// completion of the VDRP session", "on or before March 3, 2025", "every ninety (90) days") and computes their due
/// dates under Fed. R. Civ. P. 6(a).
/// </summary>
internal static partial class DeadlineExtractor
{
    private static readonly Dictionary<string, int> s_units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> s_tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly LocalDatePattern s_long = LocalDatePattern.CreateWithInvariantCulture("MMMM d uuuu");

    public static void Extract(StayOrderBucket bucket)
    {
        var calculator = new Rule6Calculator(bucket.Options.HolidayCalendar);
        var warned = false;
        foreach (var directive in bucket.Directives)
        {
            var text = directive.Text;
            foreach (Match m in FixedDate().Matches(text))
            {
                var parsed = s_long.Parse($"{m.Groups["month"].Value} {m.Groups["day"].Value} {m.Groups["year"].Value}");
                if (!parsed.Success)
                {
                    continue;
                }

                bucket.Deadlines.Add(new Deadline(directive.Index, Sentence(text, m.Index), null, DeadlineTriggers.FixedDate, null,
                    parsed.Value, parsed.Value, false, $"The order sets the date itself: {LocalDatePattern.Iso.Format(parsed.Value)}."));
            }

            foreach (Match m in PeriodPhrase().Matches(text))
            {
                var n = Number(m);
                if (n is null or <= 0 or > 3650)
                {
                    continue;
                }

                var unit = m.Groups["unit"].Value.ToLowerInvariant();
                var period = unit.StartsWith("week", StringComparison.Ordinal) ? Period.FromWeeks(n.Value)
                    : unit.StartsWith("month", StringComparison.Ordinal) ? Period.FromMonths(n.Value)
                    : Period.FromDays(n.Value);
                var recurring = m.Groups["cue"].Value.StartsWith("every", StringComparison.OrdinalIgnoreCase);
                var anchor = m.Groups["anchor"].Success ? Shared.Text.Collapse(m.Groups["anchor"].Value).TrimEnd('.', ',', ';') : null;
                var description = Sentence(text, m.Index);
                var previous = bucket.Deadlines.FindIndex(d => d.DirectiveIndex == directive.Index && d.Period == period && !d.Recurring);
                if (recurring && previous >= 0)
                {
                    // "within ninety (90) days … and every ninety (90) days thereafter": one recurring duty.
                    var first = bucket.Deadlines[previous];
                    bucket.Deadlines[previous] = first with
                    {
                        Recurring = true,
                        Explanation = first.Explanation + " Recurring: the same duty falls due every " + Rule6Calculator.Describe(period) + " after that.",
                    };
                    continue;
                }

                if (anchor is not null && !IsOrderAnchor(anchor))
                {
                    bucket.Deadlines.Add(new Deadline(directive.Index, description, period, DeadlineTriggers.Event, anchor, null, null, recurring,
                        $"{Rule6Calculator.Describe(period)} after {anchor}: the event's date is not in the order, so no due date is computed."));
                    continue;
                }

                if (bucket.Dated is not { } dated)
                {
                    if (!warned)
                    {
                        bucket.Warnings.Add(new ExtractionWarning(WarningCodes.DeadlineWithoutDate,
                            "A deadline runs from the order's date, but the order has no dated line; its due date is null.", directive.Span));
                        warned = true;
                    }

                    bucket.Deadlines.Add(new Deadline(directive.Index, description, period, DeadlineTriggers.OrderDate, null, null, null, recurring,
                        $"{Rule6Calculator.Describe(period)} after the order's date, which is not printed: no due date."));
                    continue;
                }

                var result = calculator.Compute(dated, period);
                var explanation = result.Explanation + (recurring ? "; recurring: the first report is shown, then every period after it." : string.Empty)
                    + (anchor is null ? "; measured from the order's dated line." : string.Empty);
                bucket.Deadlines.Add(new Deadline(directive.Index, description, period, DeadlineTriggers.OrderDate, null, result.Due, result.Unadjusted, recurring, explanation));
            }
        }
    }

    private static bool IsOrderAnchor(string anchor) =>
        OrderAnchor().IsMatch(anchor) && !anchor.Contains("service", StringComparison.OrdinalIgnoreCase);

    private static int? Number(Match m)
    {
        if (m.Groups["digits"].Success)
        {
            return int.Parse(m.Groups["digits"].Value, CultureInfo.InvariantCulture);
        }

        if (m.Groups["digits2"].Success)
        {
            return int.Parse(m.Groups["digits2"].Value, CultureInfo.InvariantCulture);
        }

        return Words(m.Groups["words"].Value);
    }

    internal static int? Words(string words)
    {
        var parts = words.ToLowerInvariant().Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        var total = 0;
        foreach (var part in parts)
        {
            if (s_units.TryGetValue(part, out var u))
            {
                total += u;
            }
            else if (s_tens.TryGetValue(part, out var t))
            {
                total += t;
            }
            else if (part == "hundred")
            {
                total = Math.Max(total, 1) * 100;
            }
            else
            {
                return null;
            }
        }

        return parts.Length == 0 ? null : total;
    }

    private static string Sentence(string text, int at)
    {
        var start = 0;
        for (var i = Math.Min(at, text.Length) - 1; i > 0; i--)
        {
            if (IsSentenceEnd(text, i))
            {
                start = i + 2;
                break;
            }
        }

        var end = text.Length;
        for (var i = at; i < text.Length - 1; i++)
        {
            if (IsSentenceEnd(text, i))
            {
                end = i + 1;
                break;
            }
        }

        var s = text[start..end].Trim();
        return s.Length > 300 ? s[..300] + "…" : s;
    }

    /// <summary>A period that ends a sentence: followed by a space, and not closing an abbreviation ("E.D.", "Cal.", "No.").</summary>
    private static bool IsSentenceEnd(string text, int i)
    {
        if (text[i] != '.' || i + 1 >= text.Length || text[i + 1] != ' ')
        {
            return false;
        }

        var w = i;
        while (w > 0 && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        var word = text[w..i];
        return word.Length > 3 || (word.Length > 0 && word.All(char.IsLower) && word.Length > 2) || (i > 0 && text[i - 1] is ')' or '"' or '”');
    }

    [GeneratedRegex(@"(?<cue>\b(?i:within|no\s+later\s+than|not\s+later\s+than|every|in))\s+(?:(?<words>[a-z]+(?:[- ][a-z]+)?)\s*\((?<digits>\d{1,4})\)|(?<digits2>\d{1,4})|(?<words>(?:[a-z]+-)?[a-z]+))\s+(?:calendar\s+|court\s+)?(?<unit>days?|weeks?|months?)\b(?:\s+(?:thereafter|hereof))?(?:\s*,?\s*(?:after|of|from|following)\s+(?<anchor>[^.;:]{3,120}?)(?=[.;:]|,\s|\s+(?:the\s+parties|and\s+(?:shall|must|file|every|thereafter))|$))?", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPhrase();

    [GeneratedRegex(@"\b(?:on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|by)\s+(?<month>" + Internal.Patterns.FullMonths + @")\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FixedDate();

    [GeneratedRegex(@"^(?:the\s+)?(?:date\s+of\s+|entry\s+of\s+|filing\s+of\s+)?(?:this|the\s+court'?s|the\s+present)\s+order\b|^(?:the\s+)?date\s+(?:hereof|of\s+this\s+order)|^this\s+order", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrderAnchor();
}
