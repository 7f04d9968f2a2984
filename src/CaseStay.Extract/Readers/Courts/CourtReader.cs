using System.Globalization;
using System.Text.RegularExpressions;
using CaseStay.Extract.Pipeline;
using CaseStay.Extract.Regions;
using CourtValue = CaseStay.Extract.Court;

namespace CaseStay.Extract.Readers.Courts;

/// <summary>
/// The issuing court. Only the court header sets it (<see cref="CourtHeader"/>: position at the top of the first
/// page and the <c>UNITED STATES DISTRICT COURT</c> prefix); a court named in the body ("the Bankruptcy Court for
/// the Southern District of Texas", "courts in the Central District have held") never does. Without a header the
/// court is inferred, and marked so: from the case number's judge initials (<see cref="Infer"/>), or, once the
/// judge reader has run, from the signer (<see cref="InferFromSigner"/>).
/// </summary>
internal static partial class CourtReader
{
    /// <summary>Civil minutes name their court in the form's own header within this many characters.</summary>
    private const int MinutesHeaderReach = 600;

    /// <summary>A signer's name is looked for in this many characters before a judge's title.</summary>
    private const int SignerReach = 60;

    /// <summary>A printed name has at most this many words (first, middle, last, suffix).</summary>
    private const int MaxNameWords = 4;

    /// <summary>Reads the court header; sets the court, its provenance and where the caption starts.</summary>
    public static void Read(StayOrderBucket bucket)
    {
        if (CourtHeader.Find(bucket.Document) is not { } header)
        {
            return;
        }

        bucket.Set(FieldKeys.Court, FromHeader(header), header.Start, header.End);
        bucket.CaptionStart = header.RegionEnd;
    }

    /// <summary>The court a header names.</summary>
    internal static CourtValue FromHeader(CourtHeader header)
    {
        var state = State(header.State);
        var division = header.Division is { } d ? TitleCase(d) : null;
        return new CourtValue(Name(header.Direction, state), Code(header.Direction, state), division, Inferred: false);
    }

    /// <summary>
    /// Runs after the case number: when no header named the court, infers it from the judge initials of the case
    /// number (every initial the roster knows belongs to one of its courts' judges, and the office fits), or from a
    /// civil-minutes form whose own header names the district.
    /// </summary>
    public static void Infer(StayOrderBucket bucket)
    {
        if (bucket.Court is not null)
        {
            return;
        }

        var flow = bucket.Document.Flow;
        var head = flow[..Math.Min(flow.Length, MinutesHeaderReach)];
        if (MinutesForm().Match(head) is { Success: true } minutes)
        {
            var dir = minutes.Groups["dir"].Success ? minutes.Groups["dir"].Value.ToUpperInvariant() : "CENTRAL";
            bucket.Court = new CourtValue(Name(dir, "California"), Code(dir, "California"), null, Inferred: true);
            return;
        }

        if (bucket.CaseNumber is not { } number)
        {
            return;
        }

        var profile = bucket.Options.Court;
        var roster = profile.Roster;
        var courts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var initials in number.JudgeInitials)
        {
            if (initials is not ("NONE" or "NODJ") && roster.TryGetByInitials(initials, out var judge) && judge is not null)
            {
                courts.Add(judge.Court);
            }
        }

        if (courts.Count == 1 && courts.Single() == profile.Code && profile.HasOffice(number.Office))
        {
            bucket.Court = new CourtValue(profile.Name, profile.Code, null, Inferred: true);
            bucket.LocateAs(FieldKeys.Court, FieldKeys.CaseNumber);
        }
    }

    /// <summary>
    /// Runs late, after the judge reader: when neither a header nor the case number told the court, a signer the
    /// roster knows as one of its court's judges infers it — a roster name printed right before a judge's title
    /// ("JENNIFER L. THURSTON UNITED STATES MAGISTRATE JUDGE"), or else the judge the judge reader found.
    /// </summary>
    public static void InferFromSigner(StayOrderBucket bucket)
    {
        var profile = bucket.Options.Court;
        if (bucket.Court is not null || !profile.HasOffice(bucket.CaseNumber?.Office))
        {
            return;
        }

        var signer = PrintedRosterSigner(bucket.Document.Flow, profile.Roster);
        if (signer is null && bucket.Judge is { Name: { } name, Inferred: false } && profile.Roster.TryGetByName(name, out var judge))
        {
            signer = judge;
        }

        if (signer?.Court == profile.Code)
        {
            bucket.Court = new CourtValue(profile.Name, profile.Code, null, Inferred: true);
        }
    }

    /// <summary>The roster judge whose name stands right before a judge's title, the last one in the text.</summary>
    internal static RosterJudge? PrintedRosterSigner(string flow, JudgeRoster roster)
    {
        RosterJudge? found = null;
        foreach (Match title in JudgeTitle().Matches(flow))
        {
            var before = flow[Math.Max(0, title.Index - SignerReach)..title.Index];
            var words = before.Split((char[]?)[' ', '\t', '\n', '\r', '\f', ','], StringSplitOptions.RemoveEmptyEntries);
            for (var n = Math.Min(MaxNameWords, words.Length); n >= 2; n--)
            {
                var candidate = string.Join(' ', words[^n..]);
                if (roster.TryGetByName(candidate, out var judge) && judge is not null)
                {
                    found = judge;
                    break;
                }
            }
        }

        return found;
    }

    private static string State(string printed) =>
        printed.TrimEnd('.') is var s && (s.Equals("Cal", StringComparison.OrdinalIgnoreCase) || s.Equals("Calif", StringComparison.OrdinalIgnoreCase))
            ? "California"
            : TitleCase(string.Join(' ', printed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    internal static string Name(string? direction, string state) =>
        direction is null
            ? $"United States District Court for the District of {TitleCase(state)}"
            : $"United States District Court for the {TitleCase(direction)} District of {TitleCase(state)}";

    internal static string Code(string? direction, string state)
    {
        if (!state.Equals("California", StringComparison.OrdinalIgnoreCase) || direction is null)
        {
            return "other";
        }

        return direction.ToUpperInvariant() switch
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

    /// <summary>A minutes form's header: "CIVIL MINUTES" with the district named next to it, or the Central
    /// District's own minutes form (CV-90: "CIVIL MINUTES – GENERAL", "CRIMINAL MINUTES – GENERAL").</summary>
    [GeneratedRegex(@"(?i:(?:CIVIL|CRIMINAL)\s+MINUTES\s*[-–—]\s*GENERAL\b|(?<dir>CENTRAL|EASTERN|NORTHERN|SOUTHERN)\s+DISTRICT\s+OF\s+CALIFORNIA\b[\s\S]{0,200}?CIVIL\s+MINUTES|CIVIL\s+MINUTES[\s\S]{0,200}?(?<dir>CENTRAL|EASTERN|NORTHERN|SOUTHERN)\s+DISTRICT\s+OF\s+CALIFORNIA\b)", RegexOptions.CultureInvariant)]
    private static partial Regex MinutesForm();

    /// <summary>A judge's title after a signer's name, in any letter case.</summary>
    [GeneratedRegex(@"(?i:(?:UNITED\s+STATES|U\.\s?S\.)\s+(?:DISTRICT|MAGISTRATE)\s+JUDGE)", RegexOptions.CultureInvariant)]
    private static partial Regex JudgeTitle();
}
