using System.Globalization;
using System.Text.RegularExpressions;
using CaseStay.Extract.Internal;

namespace CaseStay.Extract.Fields;

/// <summary>Finds the issuing court from the caption header ("UNITED STATES DISTRICT COURT / EASTERN DISTRICT OF CALIFORNIA").</summary>
internal static class CourtExtractor
{
    public static void Extract(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        var headerArea = Math.Min(flow.Length, Math.Max(3000, flow.Length / 3));
        var m = FirstMatch(Patterns.CourtHeader(), flow, headerArea)
            ?? FirstMatch(Patterns.CourtHeaderNoDirection(), flow, headerArea);
        if (m is not null)
        {
            var dir = m.Groups["dir"].Success ? m.Groups["dir"].Value : null;
            var state = m.Groups["state"].Value;
            var end = m.Index + m.Length;
            string? division = null;
            var div = Patterns.Division().Match(flow[end..Math.Min(flow.Length, end + 60)]);
            if (div.Success)
            {
                division = TitleCase(div.Groups["div"].Value);
                end += div.Index + div.Length;
            }

            bucket.Court = new Court(Name(dir, state), Code(dir, state), division, Inferred: false);
            bucket.CaptionStart = end;
            bucket.Locate("court", m.Index, m.Index + m.Length);
            return;
        }

        var abbreviated = Patterns.CourtAbbreviated().Match(flow);
        if (abbreviated.Success)
        {
            var dir = abbreviated.Groups["dir"].Value switch
            {
                "E" => "Eastern",
                "N" => "Northern",
                "C" => "Central",
                "S" => "Southern",
                "W" => "Western",
                _ => "Middle",
            };
            var state = abbreviated.Groups["state"].Value;
            state = state.StartsWith("Cal", StringComparison.Ordinal) ? "California" : state;
            bucket.Court = new Court(Name(dir, state), Code(dir, state), null, Inferred: false);
            bucket.Locate("court", abbreviated.Index, abbreviated.Index + abbreviated.Length);
        }
    }

    /// <summary>Runs after the case number: infers the court when it was not printed.</summary>
    public static void Infer(StayOrderBucket bucket)
    {
        if (bucket.Court is not null)
        {
            return;
        }

        var flow = bucket.Document.Flow;
        if (Patterns.CivilMinutes().IsMatch(flow) && Patterns.CentralDistrictMention().IsMatch(flow))
        {
            bucket.Court = new Court(Name("Central", "California"), "cacd", null, Inferred: true);
            return;
        }

        var initials = bucket.CaseNumber?.JudgeInitials.Where(i => i is not ("NONE" or "NODJ")).ToArray();
        if (initials is { Length: > 0 } && bucket.CaseNumber!.Office is null or 1 or 2
            && initials.All(i => JudgeRoster.Default.TryGetByInitials(i, out var j) && j!.Court == Court.EasternDistrictCode))
        {
            bucket.Court = new Court(Name("Eastern", "California"), Court.EasternDistrictCode, null, Inferred: true);
            if (bucket.Provenance.TryGetValue("caseNumber", out var span))
            {
                bucket.Provenance["court"] = span;
            }
        }
    }

    private static Match? FirstMatch(Regex regex, string flow, int limit)
    {
        var m = regex.Match(flow, 0, limit);
        return m.Success ? m : null;
    }

    private static string Name(string? dir, string state) =>
        dir is null
            ? $"United States District Court for the District of {TitleCase(state)}"
            : $"United States District Court for the {TitleCase(dir)} District of {TitleCase(state)}";

    private static string Code(string? dir, string state)
    {
        if (!state.Equals("California", StringComparison.OrdinalIgnoreCase) || dir is null)
        {
            return "other";
        }

        return dir.ToUpperInvariant() switch
        {
            "EASTERN" => "caed",
            "NORTHERN" => "cand",
            "CENTRAL" => "cacd",
            "SOUTHERN" => "casd",
            _ => "other",
        };
    }

    internal static string TitleCase(string s) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s.ToLowerInvariant());
}
