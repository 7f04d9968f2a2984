using System.Text.RegularExpressions;
using CaseStay.Extract.Courts;

namespace CaseStay.Extract.Readers.Stay;

/// <summary>
/// Applies a court's ordered stay-kind table (<see cref="CourtProfile.StayKinds"/>, for E.D. Cal.
/// <see cref="EasternDistrictStayKinds"/>) to one source: the granting clause first, then the title, the operative part
/// and the reasoning; the first source that names a kind decides. When no row decides, a granting clause whose
/// <c>pending …</c> complement names anything else (a ruling on a motion, an agency's decision) →
/// <c>other</c>; a generic complement (further order, a date, a number of days) decides nothing.
/// </summary>
internal static partial class StayKindTable
{
    /// <summary>The kind named in <paramref name="text"/>, or null when this source names none.</summary>
    /// <param name="text">Cleaned text of the source.</param>
    /// <param name="source">Which source it is.</param>
    /// <param name="rules">The court's table, in order.</param>
    /// <returns>One of <see cref="StayKinds"/>, or null.</returns>
    public static string? Match(string text, KindSource source, IReadOnlyList<StayKindRule> rules)
    {
        string? complement = null;
        var complementRead = false;
        for (var i = 0; i < rules.Count; i++)
        {
            if (!rules[i].Earliest)
            {
                if (Target(rules[i], text, source, ref complement, ref complementRead) is { } target && Matches(rules[i], target))
                {
                    return rules[i].Kind;
                }

                continue;
            }

            // A run of competing rows: the earliest match names what the case waits for ("pending appeal of the
            // order compelling arbitration"); on a tie the row listed first.
            string? kind = null;
            var best = int.MaxValue;
            for (; i < rules.Count && rules[i].Earliest; i++)
            {
                var rule = rules[i];
                if (Target(rule, text, source, ref complement, ref complementRead) is not { } target || !HasHint(rule, target))
                {
                    continue;
                }

                var m = rule.Pattern.Match(target);
                if (m.Success && m.Index < best && (rule.Context is null || rule.Context.IsMatch(target)))
                {
                    (best, kind) = (m.Index, rule.Kind);
                }
            }

            if (kind is not null)
            {
                return kind;
            }

            i--;
        }

        if (source == KindSource.Clause && Complement().Match(text) is { Success: true } other && !IsGeneric(other.Groups["c"].Value))
        {
            return StayKinds.Other;
        }

        return null;
    }

    /// <summary>The text a row reads in this source, or null when the row does not read this source.</summary>
    private static string? Target(StayKindRule rule, string text, KindSource source, ref string? complement, ref bool complementRead)
    {
        switch (rule.Scope)
        {
            case StayKindScope.Everywhere:
                return text;
            case StayKindScope.ClauseAndTitle:
                return source is KindSource.Clause or KindSource.Title ? text : null;
            default:
                if (source != KindSource.Clause)
                {
                    return null;
                }

                if (!complementRead)
                {
                    complementRead = true;
                    complement = Complement().Match(text) is { Success: true } c ? c.Groups["c"].Value : null;
                }

                return complement;
        }
    }

    private static bool Matches(StayKindRule rule, string target) =>
        HasHint(rule, target) && rule.Pattern.IsMatch(target) && (rule.Context is null || rule.Context.IsMatch(target));

    /// <summary>A cheap look for one of the row's words before its pattern: the reasoning can be long.</summary>
    private static bool HasHint(StayKindRule rule, string target)
    {
        if (rule.Hints.Count == 0)
        {
            return true;
        }

        foreach (var hint in rule.Hints)
        {
            if (Has(target, hint))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsGeneric(string complement)
    {
        var words = 0;
        foreach (Match w in Word().Matches(complement))
        {
            if (++words > 8)
            {
                break;
            }

            if (!GenericWord().IsMatch(w.Value))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\b(?:pending|until|during|while|awaiting|so\s+long\s+as|for\s+the\s+duration\s+of|in\s+light\s+of|to\s+allow|to\s+permit)\b(?<c>.*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Complement();

    [GeneratedRegex(@"[\w']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:the|a|an|any|further|order|orders|notice|of|this|that|court|court's|date|day|days|weeks?|months?|years?|\d+\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|and|or|its|entry|another|additional|period|time|at|which|by|on|or|before|after|from|is|lifted|expiration|hereof|stay|in|place|effect|remains|shall|remain)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GenericWord();
}
