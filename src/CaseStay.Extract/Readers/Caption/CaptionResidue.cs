using System.Text.RegularExpressions;

namespace CaseStay.Extract.Readers.Caption;

/// <summary>
/// What sits in or around a caption but is no party: header residue (court names printed again or sideways,
/// divisions, date lines, rules like <c>----oo0oo----</c>), case-number residue (labels, numbers of any district,
/// judge initials and suffixes such as <c>PS</c> or <c>(DTBx)</c>) and docket references.
/// </summary>
internal static partial class CaptionResidue
{
    /// <summary>
    /// Header residue: ends a party block (nothing before it belongs to the party after it). A month date is residue
    /// unless the words before it make it part of a name or a title (<see cref="IsDateInName"/>). Includes the CM/ECF
    /// filing stamp when a source ran it into the caption (collapsed lines), also with its document and page numbers
    /// dropped (one token per line: a number alone on its line is taken for a margin number). The hearing cell of a
    /// transcript's caption is residue too, as plain <c>pdftotext</c> prints it between <c>vs.</c> and the name: a time
    /// of day (<c>9:03 A.M.</c>), a weekday alone on its line or before a date, a place line alone (<c>Fresno,
    /// California</c>) when the hearing cell's next line follows (a case number, weekday, date or time; the line of a
    /// name such as <c>DIRECTOR, CALIFORNIA</c> / <c>DEPARTMENT OF …</c> is followed by the name's next words).
    /// </summary>
    [GeneratedRegex(
        @"\b(?:UNITED\s+STATES\s+DISTRICT\s+COURT\b|United\s+States\s+District\s+Court\b(?:\s*,)?"
        + @"|(?:EASTERN|NORTHERN|SOUTHERN|CENTRAL|WESTERN|MIDDLE|Eastern|Northern|Southern|Central|Western|Middle)\s+(?:DISTRICT|District)\s+(?:OF|of)\s+\p{Lu}\p{L}+"
        + @"|[ENCSWM]\.\s?D\.\s+(?:Cal|CAL)\p{L}*\.?"
        + @"|(?<div>DIVISION|Division)\b(?!\s+(?:of|OF)\b)"
        + @"|NOT\s+FOR\s+(?:PUBLICATION|CITATION)\b"
        + @"|(?:Hon\.|Honorable|HONORABLE|HON\.)\s+(?!" + NotJudgeName + @")\p{Lu}[\p{L}'’-]*\.?,?(?:\s+(?!" + NotJudgeName + @")\p{Lu}[\p{L}'’-]*\.?,?){0,3}" + JudgeTitleTail
        + @"|(?<month>January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2},?\s+\d{4}\b"
        + @"|\d{1,2}[-/]\d{1,2}[-/]\d{4}(?![\w/-])"
        + @"|\b\d{1,2}:\d{2}\s?[AaPp]\.?\s?[Mm]\b\.?"
        + @"|(?:(?<=\n)|^)[ \t]*" + Weekday + @"(?=[ \t]*(?:\r?\n|$)|,?\s+" + Month + @"\s+\d)"
        + @"|(?:(?<=\n)|^)[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2},[ \t]*(?:California|CALIFORNIA)(?=[ \t]*(?:$|\r?\n\s*(?:$|No\b|NO\b|Case\b|CASE\b|\d{1,2}:\d{2}|" + Weekday + "|" + Month + @"\s+\d)))"
        + @"|(?:Date|DATE|Time|TIME|Courtroom|COURTROOM|Judge|JUDGE|Dept|DEPT|Ctrm|CTRM)\s*:"
        + @"|(?:Case|CASE)\s+(?:\S+\s+)?(?:Document|DOCUMENT)(?:\s+\d[\d-]*)?\s+(?:Filed|FILED)\s+\d{1,2}/\d{1,2}/\d{2,4}\s+(?:Page|PAGE)(?:\s+\d+)?\s+(?:of|OF)\b(?:\s+\d+)?)",
        RegexOptions.CultureInvariant)]
    public static partial Regex HeaderResidue();

    /// <summary>A weekday (the hearing cell of a transcript's caption prints it alone on its line or before the date).</summary>
    private const string Weekday =
        "(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /// <summary>A month's name.</summary>
    private const string Month =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";

    /// <summary>
    /// Words no judge's name holds (after <c>Honorable</c>): role words, and the words of government parties and judge
    /// titles — a caption that starts right after <c>BEFORE THE HONORABLE NAME</c> begins with <c>UNITED STATES OF
    /// AMERICA</c> or <c>PEOPLE OF THE STATE …</c>, which are the plaintiffs', not the judge's.
    /// </summary>
    private const string NotJudgeName =
        @"(?i:(?:Defendants?|Plaintiffs?|Respondents?|Petitioners?|United|States|State|People|The|Of|America|Judge|District|Magistrate|Senior|Chief|Presiding|Bankruptcy)\b)";

    /// <summary>The judge's title printed after the name on the same line (<c>, JUDGE PRESIDING</c>, <c>United States
    /// District Judge</c>, <c>U.S. Magistrate Judge</c>): residue with the name.</summary>
    private const string JudgeTitleTail =
        @"(?:,?\s*(?i:(?:United\s+States\s+|U\.\s?S\.\s*)?(?:(?:Senior|Chief)\s+)?(?:(?:District|Magistrate|Bankruptcy)\s+)?Judge(?:\s*,?\s*Presiding)?|Presiding)\b\.?)?";

    /// <summary>
    /// Where a residue match really starts: a division takes the one or two capitalized words before it ("SAN JOSE
    /// DIVISION"); a court or district name takes "IN THE" / "FOR THE" before it.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="match">The residue match.</param>
    /// <returns>The start index.</returns>
    public static int ExtendStart(ReadOnlySpan<char> text, Match match)
    {
        var start = match.Index;
        var division = match.Groups["div"].Success;
        for (var words = 0; words < 2; words++)
        {
            var e = start;
            while (e > 0 && text[e - 1] is ' ' or '\t' or '\n')
            {
                e--;
            }

            var b = e;
            while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] is '.' or '\'' or '’' or '-'))
            {
                b--;
            }

            if (b == e)
            {
                break;
            }

            var word = text[b..e];
            var take = division
                ? char.IsUpper(word[0]) && !IsRoleOrVersus(word)
                : word.Equals("THE", StringComparison.OrdinalIgnoreCase) || word.Equals("FOR", StringComparison.OrdinalIgnoreCase) || word.Equals("IN", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("BEFORE", StringComparison.OrdinalIgnoreCase);
            if (!take)
            {
                break;
            }

            start = b;
        }

        return start;
    }

    private static bool IsRoleOrVersus(ReadOnlySpan<char> word) =>
        word.StartsWith("Plaintiff", StringComparison.OrdinalIgnoreCase) || word.StartsWith("Defendant", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("Petitioner", StringComparison.OrdinalIgnoreCase) || word.StartsWith("Respondent", StringComparison.OrdinalIgnoreCase)
        || word.Equals("V.", StringComparison.OrdinalIgnoreCase) || word.Equals("VS.", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a date stands in a name or title ("TRUST DATED JUNE 2, 2014", "NO LATER THAN MAY 1, 2024").</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where the date starts.</param>
    /// <returns>True when the word before it is "dated", "than", "until" …</returns>
    public static bool IsDateInName(ReadOnlySpan<char> text, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (end == index || start == end)
        {
            return false;
        }

        var word = text[start..end];
        foreach (var w in s_dateLeadIns)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_dateLeadIns = ["dated", "than", "until", "on", "before", "by", "through", "after", "of", "from", "to"];

    /// <summary>Rules and slashes that close a caption column (<c>----oo0oo----</c>, <c>_____/</c>, <c>/</c>): a hard end of a party block.</summary>
    [GeneratedRegex(@"[-_=*~]{2,}\s*[oO0]+\s*[-_=*~]{2,}|_{3,}\s*/?|(?<!\S)/(?!\S)|(?<!\S)\*\d{1,3}(?!\S)", RegexOptions.CultureInvariant)]
    public static partial Regex Rule();

    /// <summary>
    /// Case-number residue: removed from the caption without ending a party block (numbers sit in the right-hand
    /// cell, which converters interleave with the names).
    /// </summary>
    [GeneratedRegex(
        @"(?:(?:\bCase|\bCASE|\bCivil|\bCIVIL)\s+)?(?:\b(?:Nos?|NOS?|Number|NUMBER)\b\.?\s*:?\s*)"
        + @"(?=(?:CIV|Civ|CV|Cv|CR|Cr|C|S|F)?\.?\s*(?:NO\.?\s*)?(?:[SF]\s*-?\s*)?\d)"
        + @"|(?:\b(?:CIV|Civ|CV|Cv|CR|Cr)\.?\s+(?:(?:NO|No)\.?\s*)?(?:[SF](?:\s+|\s*-\s*))?|\bC\s+)?"
        + @"(?=\d)(?:\d\s?:\s?\d{2}\s?[-–]\s?[A-Za-z]{2,4}\s?[-–]\s?\d{1,6}|\d{2}[-–][A-Za-z]{2,4}[-–]\d{1,6}|\d{2}(?:cv|CV|cr|CR|mc|MC|mj|MJ)\d{1,6}|\d\s?:\s?\d{2}[-–]\d{2,6}|(?<=\bC\s)\d{2}[-–]\d{4,5}|(?<=(?:CIV|Civ|CV|Cv)\.?\s+(?:[SF](?:\s+|\s*-\s*))?)\d{2}[-–]\d{3,5})"
        + @"(?:\s?[-–]\s?(?:[A-Z]{1,4}|NONE)(?![\p{L}\d]))*(?:\s+(?!(?:THE|AND|FOR|OF|TO)\b)[A-Z]{2,3}(?![\p{L}\d'’.-]))*"
        + @"(?:\s*\(\s*[A-Z]{1,4}x?\s*\))*(?:[-–]\d{1,2}(?!\d))?"
        + @"(?:\s+(?:P|PS|PC|HC|DP|SS)(?![\p{L}\d]))?\.?"
        + @"(?:\s+(?:and|AND|&)(?=\s+\d))?",
        RegexOptions.CultureInvariant)]
    public static partial Regex CaseNumberResidue();

    /// <summary>Docket references printed in the caption: <c>(ECF No. 29)</c>, <c>[Re: ECF No. 18]</c>, <c>[29]</c>, <c>(Doc. Nos. 14, 16)</c>.</summary>
    [GeneratedRegex(
        @"[(\[]\s*(?:Re:?\s*|RE:?\s*)?(?:ECF|Ecf|Doc|DOC|Docs|DOCS|Dkt|DKT|Dckt|Docket|DOCKET)s?\.?\s*(?:Nos?|NOS?)?\.?\s*[\d,\s&and.-]*[)\]]"
        + @"|\[\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*\]"
        + @"|\b(?:ECF|DOC)\s+NOS?\.?\s*\d+(?:\s*,\s*\d+)*"
        + @"|\b(?:Docket|DOCKET)\s+(?:Numbers?|NUMBERS?|Nos?\.?|NOS?\.?)\s*\d+(?:-\d+)?(?:\s*(?:,|and|AND|&)\s*\d+(?:-\d+)?)*",
        RegexOptions.CultureInvariant)]
    public static partial Regex DocketReference();

    /// <summary>"et al." at the end of a party block.</summary>
    [GeneratedRegex(@"[,\s]*\b(?:et|ET|Et)\.?\s*(?:al|AL|Al)\b\.?[,;\s]*$", RegexOptions.CultureInvariant)]
    public static partial Regex EtAlSuffix();
}
