using System.Globalization;
using System.Text.RegularExpressions;
using CaseStay.Extract.Courts;
using CaseStay.Extract.Pipeline;
using NodaTime.Text;
using CaseNumberValue = CaseStay.Extract.CaseNumber;

namespace CaseStay.Extract.Readers.CaseNumbers;

/// <summary>
/// The case number: the caption's number first (the first one in the caption region after the court header, or
/// above the header when a source prints it on top), then the CM/ECF filing stamp, never a number cited in the
/// body. Other printed mentions of the same case (the stamp, a footer) complete its judge initials and office
/// digit; failing those, the office comes from the caption's division line or the court's office data (marked
/// <see cref="CaseNumberValue.OfficeInferred"/>).
/// </summary>
internal static partial class CaseNumberReader
{
    /// <summary>The caption's number stands within this many characters after the court header.</summary>
    private const int CaptionReach = 2000;

    /// <summary>How far before a number a citation's "Name v. Name," is looked for.</summary>
    private const int CitationLookBehind = 80;

    /// <summary>How far after a number a citation's reporter or court parenthetical is looked for.</summary>
    private const int CitationLookAhead = 40;

    /// <summary>Lower-case words that lead a sentence into a number of another case.</summary>
    private static readonly HashSet<string> s_sentenceLeadIns = new(StringComparer.Ordinal)
    {
        "in", "see", "to", "with", "of", "under", "from", "the", "and", "or", "cf", "also", "by", "as", "than",
    };

    private static readonly LocalDatePattern s_stampDate = LocalDatePattern.CreateWithInvariantCulture("MM/dd/yy");
    private static readonly LocalDatePattern s_stampDate4 = LocalDatePattern.CreateWithInvariantCulture("MM/dd/uuuu");

    /// <summary>Reads the filing stamp and the case number.</summary>
    public static void Read(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        var stamps = ReadStamps(bucket, flow, out var stampNumber, out var stampSpan);

        var all = CaseNumberValue.FindAll(flow).ToList();
        bucket.CaseNumberSpans.AddRange(all.Select(c => (c.Index, CellLength(flow, c.Index, c.Length))));
        var candidates = all
            .Where(c => !stamps.Any(s => c.Index >= s.Start && c.Index < s.End))
            .Where(c => !IsCitation(flow, c.Index, c.Length) && !IsInSentence(flow, c.Index))
            .ToList();
        if (bucket.IsOcr)
        {
            RepairOcr(bucket, flow, candidates);
        }

        var chosen = Caption(candidates, bucket.CaptionStart);
        if (chosen is not { } caption)
        {
            if (stampNumber is not null)
            {
                bucket.Set(FieldKeys.CaseNumber, CompleteOffice(bucket, stampNumber, all), stampSpan.Start, stampSpan.End);
            }

            return;
        }

        var value = caption.Value;
        if (stampNumber is not null && value.IsSameCase(stampNumber) && stampNumber.JudgeInitials.Count > value.JudgeInitials.Count)
        {
            value = value.WithJudgeInitials(stampNumber.JudgeInitials);
        }

        if (value.Office is null && stampNumber is { Office: { } stampOffice } && value.IsSameCase(stampNumber))
        {
            value = value.WithInferredOffice(stampOffice);
        }

        bucket.Set(FieldKeys.CaseNumber, CompleteOffice(bucket, value, all), caption.Index, caption.Index + caption.Length);
    }

    /// <summary>
    /// The number's caption cell: the number and a ")" column separator printed right after it on its line
    /// ("CIV. NO. 2:17-1201 WBS DB )"), so that blanking the number leaves no stray separator between the role
    /// words of the party column.
    /// </summary>
    private static int CellLength(string flow, int index, int length)
    {
        var end = index + length;
        var i = end;
        while (i < flow.Length && flow[i] is ' ' or '\t')
        {
            i++;
        }

        return i < flow.Length && flow[i] == ')' && flow.AsSpan(index, length).Count('(') == flow.AsSpan(index, length).Count(')')
            ? i + 1 - index
            : length;
    }

    /// <summary>The caption's number: the first in the caption region after the header, else the first above it.</summary>
    private static (CaseNumberValue Value, int Index, int Length)? Caption(List<(CaseNumberValue Value, int Index, int Length)> candidates, int captionStart)
    {
        foreach (var c in candidates)
        {
            if (c.Index >= captionStart && c.Index < captionStart + CaptionReach)
            {
                return c;
            }
        }

        foreach (var c in candidates)
        {
            if (c.Index < captionStart)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// The office digit when the number does not print one: from another printed mention of the same case, from
    /// the caption's division line, from a district with one office, or from the office data of the district judge
    /// (all marked inferred).
    /// </summary>
    internal static CaseNumberValue CompleteOffice(StayOrderBucket bucket, CaseNumberValue value, IEnumerable<(CaseNumberValue Value, int Index, int Length)> mentions)
    {
        if (value.Office is not null)
        {
            return value;
        }

        foreach (var (other, _, _) in mentions)
        {
            if (other.Office is { } office && other.Year == value.Year && other.Type == value.Type && other.Sequence == value.Sequence)
            {
                return value.WithInferredOffice(office);
            }
        }

        if (bucket.Court is not { Inferred: false } court)
        {
            return value;
        }

        var profile = bucket.Options.Court;
        var digit = OfficeDigits.ForDivision(profile, court.Code, court.Division)
            ?? OfficeDigits.ForSingleOfficeCourt(court.Code)
            ?? OfficeDigits.ForJudge(court.Code, value.JudgeInitials)
            ?? RosterDivisionOffice(profile, court.Code, value.JudgeInitials);
        return digit is { } d ? value.WithInferredOffice(d) : value;
    }

    /// <summary>The office of the roster judge's division (E.D. Cal.: a Fresno judge's case is office 1).</summary>
    private static int? RosterDivisionOffice(CourtProfile profile, string? court, IReadOnlyList<string> initials)
    {
        int? found = null;
        foreach (var i in initials)
        {
            if (profile.Roster.TryGetByInitials(i, out var judge) && judge is not null && judge.Court == court
                && OfficeDigits.ForDivision(profile, court, judge.Division) is { } digit)
            {
                if (found is not null && found != digit)
                {
                    return null;
                }

                found = digit;
            }
        }

        return found;
    }

    private static List<(int Start, int End)> ReadStamps(StayOrderBucket bucket, string flow, out CaseNumberValue? stampNumber, out (int Start, int End) stampSpan)
    {
        var spans = new List<(int Start, int End)>();
        stampNumber = null;
        stampSpan = default;
        var stamp = Regions.CmEcfStamp.FilingStamp().Match(flow);
        if (stamp.Success)
        {
            var filed = stamp.Groups["filed"].Value;
            var parsed = (filed.Length == 8 ? s_stampDate : s_stampDate4).Parse(filed);
            bucket.Set(FieldKeys.FilingStamp, new FilingStamp(stamp.Groups["number"].Value, stamp.Groups["doc"].Value,
                parsed.Success ? parsed.Value : null, int.Parse(stamp.Groups["pages"].Value, CultureInfo.InvariantCulture)), stamp.Index, stamp.Index + stamp.Length);
        }

        // The stamp's number, also where the stamp's line was broken up ("Case\n2:15-cv-00208-TLN-KJN\nDocument\n209").
        foreach (Match m in StampNumber().Matches(flow))
        {
            spans.Add((m.Index, m.Index + m.Length));
            if (stampNumber is null && CaseNumberValue.TryParse(m.Groups["number"].Value, out var parsedNumber))
            {
                stampNumber = parsedNumber;
                stampSpan = (m.Groups["number"].Index, m.Groups["number"].Index + m.Groups["number"].Length);
            }
        }

        return spans;
    }

    /// <summary>
    /// A number inside a case citation: "Name v. Name, No. 2:10-cv-1105 LKK, 2010 WL 3220141, at *7 (E.D. Cal. …)".
    /// Compared with white space collapsed, so a line break anywhere changes nothing.
    /// </summary>
    internal static bool IsCitation(string flow, int index, int length)
    {
        var before = CollapseWhiteSpace(flow[Math.Max(0, index - CitationLookBehind)..index]);
        if (CitedName().IsMatch(before) && !RoleWord().IsMatch(before))
        {
            return true;
        }

        var end = Math.Min(flow.Length, index + length);
        var after = CollapseWhiteSpace(flow[end..Math.Min(flow.Length, end + CitationLookAhead)]);
        return CitationTail().IsMatch(after);
    }

    /// <summary>
    /// A number a sentence leads into ("… is related to Case No. 2:19-cv-00900", "… consolidated with No. …"): the
    /// word before it is a lower-case preposition, article or conjunction, which a caption never prints there.
    /// </summary>
    internal static bool IsInSentence(string flow, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(flow[i]))
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && char.IsAsciiLetterLower(flow[i]))
        {
            i--;
        }

        return (i < 0 || char.IsWhiteSpace(flow[i])) && end > i + 1 && s_sentenceLeadIns.Contains(flow[(i + 1)..end]);
    }

    private static string CollapseWhiteSpace(string s) => WhiteSpace().Replace(s, " ");

    private static void RepairOcr(StayOrderBucket bucket, string flow, List<(CaseNumberValue Value, int Index, int Length)> candidates)
    {
        // OCR: numbers that only parse after repairing confusions inside the token, reported as repaired.
        var roster = RepairRoster(bucket);
        foreach (var (repairedValue, index, length, printed) in Text.OcrRepair.FindCaseNumbers(flow, roster))
        {
            if (candidates.Any(c => c.Index <= index && index < c.Index + c.Length))
            {
                continue;
            }

            var clean = CaseNumberValue.FindAll(printed).FirstOrDefault();
            if (clean.Value is not null && clean.Value.Normalized == repairedValue.Normalized)
            {
                continue;
            }

            candidates.Add((repairedValue, index, length));
            bucket.Warnings.Add(new ExtractionWarning(WarningCodes.OcrRepaired, $"Case number read as '{printed}' was repaired to '{repairedValue.Normalized}'.", bucket.Document.Span(index, index + length)));
        }

        candidates.Sort((a, b) => a.Index.CompareTo(b.Index));
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var repaired = c.Value.JudgeInitials.Select(i => Text.OcrRepair.RepairInitials(i, roster)).ToArray();
            if (!repaired.SequenceEqual(c.Value.JudgeInitials))
            {
                candidates[i] = (c.Value.WithJudgeInitials(repaired), c.Index, c.Length);
                bucket.Warnings.Add(new ExtractionWarning(WarningCodes.OcrRepaired,
                    $"Judge initials {string.Join('-', c.Value.JudgeInitials)} were repaired to {string.Join('-', repaired)} by the judge roster.", bucket.Document.Span(c.Index, c.Index + c.Length)));
            }
        }
    }

    /// <summary>
    /// The judges whose initials may repair an OCR-garbled number: those of the court the header names (a number of
    /// another district keeps its printed initials — "MMC" of an N.D. Cal. order is not the E.D. Cal. "DMC"); with no
    /// court read, the whole roster.
    /// </summary>
    private static JudgeRoster RepairRoster(StayOrderBucket bucket)
    {
        var roster = bucket.Options.Court.Roster;
        return bucket.Court is { Inferred: false, Code: { } code } && roster.Judges.Any(j => !string.Equals(j.Court, code, StringComparison.Ordinal))
            ? new JudgeRoster(roster.Judges.Where(j => string.Equals(j.Court, code, StringComparison.Ordinal)))
            : roster;
    }

    /// <summary>The CM/ECF stamp's "Case &lt;number&gt; Document &lt;n&gt;", across any white space.</summary>
    [GeneratedRegex(@"\bCase\s+(?<number>\d:\d{2}-[a-z]{2,3}-\d{3,5}(?:-[A-Za-z]{1,4}){0,3}(?:-\d{1,3})?)\s+(?:Document|Doc\.)(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex StampNumber();

    /// <summary>The end of "Name v. Name," (or "In re Name,") right before a cited number.</summary>
    [GeneratedRegex(@"(?:\bv\.?|\bvs\.?|\bIn\s+re)\s[^;()]{1,70},\s*(?:(?i:Case\s+)?(?i:No|Nos)\.?\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CitedName();

    /// <summary>What follows a cited number: a reporter (", 2010 WL 3220141", ", 2019 U.S. Dist. LEXIS"), a court
    /// parenthetical ("(E.D. Cal. Aug. 13, 2010)", "(D. Ariz. 2019)"), "slip op.", a pin cite ("at *7").</summary>
    [GeneratedRegex(@"^\s*(?:,\s*\d{4}\s+(?:WL|U\.\s?S\.\s?Dist\.)|,?\s*\((?:[ENCSWM]\.\s?D\.|D\.)\s?[A-Z][a-z]*\.?|,\s*slip\s+op\.|,\s*at\s+\*)", RegexOptions.CultureInvariant)]
    private static partial Regex CitationTail();

    /// <summary>A caption's role word: a number after it is the caption's, not a citation's.</summary>
    [GeneratedRegex(@"\b(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
