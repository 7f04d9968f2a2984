using System.Text.RegularExpressions;
using CaseStay.Extract.Pipeline;
using CaseStay.Extract.Regions;
using NodaTime;
using NodaTime.Text;

namespace CaseStay.Extract.Readers.Dated;

/// <summary>
/// Reads the date the order was signed. In order: the dated line of the signature block ("Dated: June 3, 2022",
/// "DATED: 6/3/22", "Signed this 3rd day of June, 2022", "IT IS SO ORDERED, this 21st day of August, 2017", a date
/// printed alone in the block); else a date header printed above the caption or the body ("November 23, 2010",
/// "03-14-2013", "…, E.D. California. April 13, 2015"); else, for OCR text, a dated line with a misread month.
/// Never site or docket metadata ("Filed Date:", "Modified Date:", "Docket Number:"), a hearing line ("Date: May 1,
/// 2025 Time: 10:00 a.m. Courtroom: 4"), a CM/ECF stamp or a date inside a sentence.
/// </summary>
internal static partial class DatedReader
{
    public static void Extract(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        var block = bucket.SignatureBlock;
        if (block is not null && FromBlock(bucket, flow, block))
        {
            return;
        }

        if (Header(flow, bucket.Head, Anchors(bucket)) is { } header)
        {
            Set(bucket, header.Date, header.Start, header.End);
            return;
        }

        if (bucket.IsOcr)
        {
            Ocr(bucket, flow);
        }
    }

    /// <summary>The block's dated line, its "this … day of" clause, or a date printed alone in it; true when decided (a date or a blank line).</summary>
    private static bool FromBlock(StayOrderBucket bucket, string flow, SignatureBlock block)
    {
        for (var m = KeywordLine().Match(flow, block.Start, block.End - block.Start); m.Success; m = m.NextMatch())
        {
            var keyword = m.Groups["kw"].Value;
            var plainDate = keyword is "Date" or "DATE";
            if (!SignatureBlock.IsDatedLine(flow, m.Index, m.Groups["kw"].Length))
            {
                continue;
            }

            var after = m.Index + m.Length;
            if (BlankLine().Match(flow, after) is { Success: true } blank && blank.Index == after)
            {
                if (FilledIn(flow, m.Index, after + blank.Length) is { } filled)
                {
                    // The date written into the blank (a stamp or typed over the rule) prints just above or below it.
                    Set(bucket, filled.Date, filled.Start, filled.End);
                    return true;
                }

                bucket.Warnings.Add(new ExtractionWarning(WarningCodes.DatedLineBlank,
                    "The dated line is blank (left for a hand signature).", bucket.Document.Span(m.Index, after + blank.Length)));
                return true;
            }

            if (!CourtDate.TryReadAt(flow, after, out var date, out var end) || (plainDate && IsHearingLine(flow, end)))
            {
                continue;
            }

            Set(bucket, date, m.Index, end);
            return true;
        }

        foreach (var (date, start, end) in CourtDate.All(flow, block.Start, block.End - block.Start))
        {
            if (IsOrdinal(flow, start, end) || StandsAlone(flow, start, end))
            {
                Set(bucket, date, start, end);
                return true;
            }
        }

        return false;
    }

    /// <summary>A date printed alone right next to a blank dated line (only white space and a margin number between).</summary>
    private static (LocalDate Date, int Start, int End)? FilledIn(string flow, int keyword, int blankEnd)
    {
        const int Near = 40;
        var from = Math.Max(0, keyword - Near);
        foreach (var (date, start, end) in CourtDate.All(flow, from, keyword - from))
        {
            if (OnlyGap(flow, end, keyword) && !IsOrdinal(flow, start, end) && HasFullYear(flow, start, end))
            {
                return (date, start, end);
            }
        }

        var to = Math.Min(flow.Length, blankEnd + Near);
        foreach (var (date, start, end) in CourtDate.All(flow, blankEnd, to - blankEnd))
        {
            if (OnlyGap(flow, blankEnd, start) && !IsOrdinal(flow, start, end) && HasFullYear(flow, start, end))
            {
                return (date, start, end);
            }
        }

        return null;
    }

    private static bool OnlyGap(string flow, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(flow[i]) && !char.IsAsciiDigit(flow[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the court header and the caption's case numbers end: a date header is printed right after one of them.</summary>
    private static List<int> Anchors(StayOrderBucket bucket)
    {
        var anchors = bucket.CaseNumberSpans.Select(s => s.Index + s.Length).ToList();
        if (bucket.CaptionStart > 0)
        {
            anchors.Add(bucket.CaptionStart);
        }

        return anchors;
    }

    /// <summary>
    /// The first date printed alone before the prose starts (a date header above or inside the caption). Where the
    /// text keeps no line breaks ("2:20-cv-01234-ABC 03-14-2013 ORDER …", "… EASTERN DISTRICT OF CALIFORNIA December
    /// 7, 2010 JOHN ROE, PLAINTIFF"), a date right after the court header or the case number (only the number's
    /// residue between: initials, "(PC).", "P.") stands alone when no lower-case word follows it.
    /// </summary>
    private static (LocalDate Date, int Start, int End)? Header(string flow, Regions.DocumentHead region, List<int> anchors)
    {
        var head = region.ProseStart >= 0 ? region.ProseStart : region.End;

        foreach (var (date, start, end) in CourtDate.All(flow, 0, head))
        {
            // Numeric headers are printed with dashes ("03-14-2013"); a slashed date up there is a stamp or a browser's print header.
            if (!IsOrdinal(flow, start, end) && HasFullYear(flow, start, end) && flow.IndexOf('/', start, end - start) < 0
                && StandsAlone(flow, start, end, anchored: anchors.Any(a => OnlyResidue(flow, a, start))))
            {
                return (date, start, end);
            }
        }

        return null;
    }

    private static bool IsOrdinal(string flow, int start, int end) =>
        flow.AsSpan(start, end - start).Contains("day", StringComparison.OrdinalIgnoreCase);

    private static bool HasFullYear(string flow, int start, int end) =>
        end - start >= 4 && char.IsAsciiDigit(flow[end - 1]) && char.IsAsciiDigit(flow[end - 4]) && char.IsAsciiDigit(flow[end - 3]);

    /// <summary>
    /// A date that is not part of a sentence or a labelled field: the word before it is no preposition or lower-case
    /// word and no label ("Filed:", "Hearing:"; "Date:" only without a metadata qualifier), and no lower-case word
    /// continues after it.
    /// </summary>
    /// <summary>Between <paramref name="from"/> and <paramref name="to"/>: white space and at most three tokens without a lower-case letter ("JLT", "(PC).", "P.", ".").</summary>
    private static bool OnlyResidue(string flow, int from, int to)
    {
        const int MaxResidue = 24;
        if (from > to || to - from > MaxResidue)
        {
            return false;
        }

        var tokens = flow[from..to].Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length <= 3 && tokens.All(t => !t.Any(char.IsLower) && !t.Contains(':', StringComparison.Ordinal));
    }

    internal static bool StandsAlone(string flow, int start, int end, bool anchored = false)
    {
        var (prevStart, prevEnd) = PreviousToken(flow, start);
        if (prevEnd > prevStart && CaptionRole().IsMatch(flow.AsSpan(prevStart, prevEnd - prevStart)))
        {
            // A caption's role word interleaved from the other column ("… PENDING CONCLUSION OF ⏎ Defendants. MAY 5,
            // 2022 SETTLEMENT CONFERENCE") does not part the date from the title words it continues.
            (prevStart, prevEnd) = PreviousToken(flow, prevStart);
        }

        var labelled = false;
        if (prevEnd > prevStart)
        {
            var prev = flow.AsSpan(prevStart, prevEnd - prevStart).TrimStart("([\"“*").TrimEnd(")]\"”*");
            if (prev.Length > 0 && char.IsLower(prev[0]) && prev[^1] != '.')
            {
                return false;
            }

            var word = prev.TrimEnd(':');
            if (DateLabel().IsMatch(word))
            {
                if (!SignatureBlock.IsDatedLine(flow, prevStart, word.Length))
                {
                    return false;
                }

                labelled = true;
            }
            else if (LinkingWord().IsMatch(word) || MetadataWord().IsMatch(word) || (prev.Length > 0 && prev[^1] == ':'))
            {
                return false;
            }
        }

        if (IsHearingLine(flow, end) || ClosesParenthetical(flow, end))
        {
            return false;
        }

        // Nothing but a margin number may follow on the date's own line; no lower-case clause after it on the next.
        var i = end;
        var newline = false;
        while (i < flow.Length && flow[i] is ',' or '.' or ' ' or '\t' or '\n' or '\r')
        {
            newline |= flow[i] == '\n';
            i++;
        }

        if (i >= flow.Length || labelled)
        {
            return true;
        }

        return newline || anchored ? !char.IsLower(flow[i]) : !char.IsLetter(flow[i]);
    }

    /// <summary>A date closed by ")" or "]" ends a parenthetical, the date of a cited decision ("(E.D. Cal. May 7, 2009)").</summary>
    private static bool ClosesParenthetical(string flow, int end)
    {
        var i = end;
        while (i < flow.Length && flow[i] is ' ' or '\t')
        {
            i++;
        }

        return i < flow.Length && flow[i] is ')' or ']';
    }

    private static (int Start, int End) PreviousToken(string flow, int index)
    {
        var e = index;
        while (e > 0 && char.IsWhiteSpace(flow[e - 1]))
        {
            e--;
        }

        var s = e;
        while (s > 0 && !char.IsWhiteSpace(flow[s - 1]))
        {
            s--;
        }

        return (s, e);
    }

    private static bool IsHearingLine(string flow, int dateEnd)
    {
        var tail = flow.AsSpan(dateEnd, Math.Min(60, flow.Length - dateEnd));
        return HearingField().IsMatch(tail);
    }

    private static void Ocr(StayOrderBucket bucket, string flow)
    {
        if (OcrDatedLine().Matches(flow).LastOrDefault() is not { } noisy || Text.OcrRepair.Month(noisy.Groups["month"].Value) is not { } month)
        {
            return;
        }

        var digits = (string d) => new string(d.Select(c => c switch { 'O' => '0', 'I' or 'l' => '1', 'S' => '5', _ => c }).ToArray());
        var parsed = LocalDatePattern.CreateWithInvariantCulture("MMMM d uuuu").Parse($"{month} {digits(noisy.Groups["day"].Value)} {digits(noisy.Groups["year"].Value)}");
        if (parsed.Success)
        {
            Set(bucket, parsed.Value, noisy.Index, noisy.Index + noisy.Length);
            bucket.Warnings.Add(new ExtractionWarning(WarningCodes.OcrRepaired, $"Dated line read as '{noisy.Value}' was repaired to {LocalDatePattern.Iso.Format(parsed.Value)}.", bucket.Document.Span(noisy.Index, noisy.Index + noisy.Length)));
        }
    }

    private static void Set(StayOrderBucket bucket, LocalDate date, int start, int end)
    {
        bucket.Set(FieldKeys.Dated, date, start, end);
    }

    /// <summary>A dated-line keyword and what may stand between it and the date ("at Fresno, California,", "this", ":").</summary>
    [GeneratedRegex(@"\b(?<kw>DATED|Dated|DATE|Date|SIGNED|Signed|ENTERED|Entered|ORDERED|Ordered)\b(?:\s+(?i:and\s+(?:signed|entered|filed)))?(?:\s+(?i:at)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?,\s*\p{Lu}[\p{L}.]*\s*,?)?\s*(?:(?i:on|this)\b\s*)?[:.,;]?\s*(?:(?i:this)\b)?[ \t]*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex KeywordLine();

    /// <summary>A dated line left for the hand: "______", "July __, 2019", "this ___ day of September, 2021".</summary>
    [GeneratedRegex(@"\G[ \t]*(?:(?i:this)\s+)?(?:(?i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s*)?_{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^(?i:on|by|as|of|from|since|through|thru|until|till|before|after|between|and|or|to|in|at|dated|filed|entered|issued|signed|decided|effective|commencing|beginning|ending|until|than|about|around|circa|approximately|during|due|pending|expiring|expires|expired|extended|continued|continuing|set|reset|scheduled|held|vacated|vacating|at|within|past|beyond|for|than)$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkingWord();

    /// <summary>A caption's role word ("Plaintiff,", "Defendants.", "Respondent."): the left column of a two-column caption.</summary>
    [GeneratedRegex(@"^(?i:plaintiffs?|defendants?|petitioners?|respondents?)[,.;]?$", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionRole();

    [GeneratedRegex(@"^(?i:date|dated|decided|signed|entered|order\s+date)$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?i:filed|modified|docketed|created|updated|hearing|trial|time|courtroom|dept|department|ctrm|page|document|doc|ecf)$", RegexOptions.CultureInvariant)]
    private static partial Regex MetadataWord();

    [GeneratedRegex(@"(?<![a-z])(?:Time|TIME|Courtroom|COURTROOM|Dept|DEPT|Ctrm|CTRM|Department|DEPARTMENT)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HearingField();

    /// <summary>A dated line as OCR garbles it (letters for digits, a stray comma); repaired before it is read.</summary>
    [GeneratedRegex(@"\b(?:DATED|Dated|DATE|Date)\b\s*[:.;,]?\s*(?<month>[A-Za-z][A-Za-z ]{2,11}?)\.?\s+(?<day>[0-9OIl]{1,2})\s*[,.]?\s*(?<year>[0-9OIlS]{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex OcrDatedLine();
}
