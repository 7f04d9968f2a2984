using System.Globalization;
using System.Text.RegularExpressions;
using CaseStay.Extract.Internal;

namespace CaseStay.Extract.Fields;

/// <summary>Finds the signing judge: "/s/ Name", a printed name with its title, or a casetext "NAME, J." line.</summary>
internal static partial class JudgeExtractor
{
    private static readonly HashSet<string> s_notName = new(StringComparer.Ordinal)
    {
        "THE", "HONORABLE", "HON.", "IT", "IS", "SO", "ORDERED", "ORDERED.", "DATED", "DATED:", "JUDGE", "AND", "ORDER", "DEFENDANTS", "DEFENDANTS.", "PLAINTIFF", "PRESENT", "PRESENT:",
    };

    public static void Extract(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        string? name = null;
        string? title = null;
        string? signature = null;
        var spanStart = -1;
        var spanEnd = -1;

        // The printed name sits just before a judge's title: look only there (the title regex is cheap, the name one is not).
        Match? printed = null;
        foreach (Match titleMatch in Patterns.TitleOnly().Matches(flow))
        {
            var from = Math.Max(0, titleMatch.Index - 160);
            var window = flow[from..(titleMatch.Index + titleMatch.Length)];
            var m = Patterns.NameAndTitle().Matches(window).LastOrDefault(x => x.Index + x.Length == window.Length && CleanName(x.Groups["name"].Value) is { Length: > 0 });
            if (m is not null)
            {
                printed = Patterns.NameAndTitle().Match(flow, from + m.Index, m.Length);
            }
        }

        if (printed is not null)
        {
            name = NormalizeName(CleanName(printed.Groups["name"].Value));
            title = NormalizeTitle(printed.Groups["title"].Value);
            spanStart = printed.Groups["name"].Index;
            spanEnd = printed.Index + printed.Length;
        }

        // "/s/ Name" is the judge's only when a judge's title follows it or the roster knows the name
        // (attorneys and court reporters sign with "/s/" too).
        var slash = Patterns.SlashS().Matches(flow).LastOrDefault(m =>
            Patterns.TitleOnly().IsMatch(flow.AsSpan(m.Index, Math.Min(300, flow.Length - m.Index)).ToString())
            || JudgeRoster.Default.TryGetByName(Shared.Text.Collapse(m.Groups["name"].Value), out _));
        if (slash is not null)
        {
            signature = "/s/ " + Shared.Text.Collapse(slash.Groups["name"].Value);
            if (name is null)
            {
                name = NormalizeName(Shared.Text.Collapse(slash.Groups["name"].Value));
                spanStart = slash.Groups["name"].Index;
                spanEnd = slash.Index + slash.Length;
            }
        }

        if (name is null && InitialsSignature().Match(flow) is { Success: true } sig
            && JudgeRoster.Default.TryGetByInitials(sig.Groups["initials"].Value, out var byInitials) && byInitials!.Court == Court.EasternDistrictCode)
        {
            // Printed only as initials ("/s/ DJC"): expanded from the roster.
            name = byInitials.Name;
            title ??= byInitials.Title;
            signature = "/s/ " + sig.Groups["initials"].Value;
            spanStart = sig.Index;
            spanEnd = sig.Index + sig.Length;
        }

        if (name is null && Patterns.CasetextJudgeLine().Match(flow) is { Success: true } ct)
        {
            name = NormalizeName(ct.Groups["name"].Value);
            spanStart = ct.Index;
            spanEnd = ct.Index + ct.Length;
        }

        if (title is null)
        {
            var only = Patterns.TitleOnly().Matches(flow).LastOrDefault();
            if (only is not null)
            {
                title = NormalizeTitle(only.Value);
                if (spanStart < 0)
                {
                    spanStart = only.Index;
                    spanEnd = only.Index + only.Length;
                }
            }
            else if (name is not null && Patterns.UndersignedJudge().Match(flow) is { Success: true } u)
            {
                title = u.Groups["kind"].Value.Equals("magistrate", StringComparison.OrdinalIgnoreCase)
                    ? "United States Magistrate Judge"
                    : "United States District Judge";
            }
        }

        var inferred = false;
        if (name is null && bucket.Options.InferJudgeFromInitials && bucket.CaseNumber is { JudgeInitials.Count: > 0 } cn)
        {
            // Opt-in only: the signer is assumed to be the judge whose title matches; marked as inferred.
            var kind = title is null ? null : title.Contains("Magistrate", StringComparison.Ordinal) ? "Magistrate" : "District";
            foreach (var initials in cn.JudgeInitials)
            {
                if (JudgeRoster.Default.TryGetByInitials(initials, out var j) && (kind is null || j!.Title.Contains(kind, StringComparison.Ordinal)))
                {
                    name = j!.Name;
                    title ??= j.Title;
                    inferred = true;
                    break;
                }
            }
        }

        if (name is null && title is null)
        {
            return;
        }

        bucket.Judge = new Judge(name, title, signature, inferred);
        if (spanStart >= 0)
        {
            bucket.Locate("judge", spanStart, spanEnd);
        }

        CheckInitials(bucket, name);
    }

    private static void CheckInitials(StayOrderBucket bucket, string? name)
    {
        if (name is null || bucket.CaseNumber is not { JudgeInitials.Count: > 0 } cn
            || !JudgeRoster.Default.TryGetByName(name, out var judge))
        {
            return;
        }

        var known = cn.JudgeInitials.Where(i => JudgeRoster.Default.TryGetByInitials(i, out _)).ToList();
        if (known.Count == cn.JudgeInitials.Count && !cn.JudgeInitials.Contains(judge!.Initials, StringComparer.Ordinal))
        {
            bucket.Warnings.Add(new ExtractionWarning(WarningCodes.JudgeInitialsMismatch,
                $"The order is signed by {judge.Name} ({judge.Initials}), whose initials are not in case number {cn.Normalized}.",
                bucket.Provenance.GetValueOrDefault("judge")));
        }
    }

    private static string CleanName(string raw)
    {
        var words = Shared.Text.Collapse(raw).Split(' ').ToList();
        while (words.Count > 0 && s_notName.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return words.Count >= 2 ? string.Join(' ', words) : string.Empty;
    }

    internal static string NormalizeName(string printed)
    {
        if (JudgeRoster.Default.TryGetByName(printed, out var judge))
        {
            return judge!.Name;
        }

        if (printed.Any(char.IsLower))
        {
            return printed;
        }

        var words = printed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TitleWord);
        return string.Join(' ', words);
    }

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

    internal static string NormalizeTitle(string printed)
    {
        var t = Shared.Text.Collapse(printed).ToUpperInvariant().Replace("U. S.", "UNITED STATES", StringComparison.Ordinal)
            .Replace("U.S.", "UNITED STATES", StringComparison.Ordinal);
        var prefix = t.StartsWith("CHIEF", StringComparison.Ordinal) ? "Chief " : t.StartsWith("SENIOR", StringComparison.Ordinal) ? "Senior " : string.Empty;
        var kind = t.Contains("MAGISTRATE", StringComparison.Ordinal) ? "Magistrate" : t.Contains("BANKRUPTCY", StringComparison.Ordinal) ? "Bankruptcy" : "District";
        return $"{prefix}United States {kind} Judge";
    }

    [GeneratedRegex(@"(?<=['’\-])\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex AfterApostropheOrHyphen();

    [GeneratedRegex(@"(?<![A-Za-z])/s/[ \t]*(?<initials>[A-Z]{2,4})\b(?![ \t]*[A-Z][a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsSignature();
}
