using System.Text.RegularExpressions;

namespace CaseStay.Extract.Readers.Caption;

/// <summary>
/// What sits in or around a caption but is no party: header residue (court names printed again or sideways,
/// divisions, date lines, rules like <c>----oo0oo----</c>), case-number residue (labels, numbers of any district,
/// judge initials and suffixes such as <c>PS</c> or <c>(DTBx)</c>) and docket references.
/// </summary>
internal static partial class CaptionResidue
{
    /// <summary>Header residue: ends a party block (nothing before it belongs to the party after it). Includes the
    /// CM/ECF filing stamp when a source ran it into the caption (collapsed lines).</summary>
    [GeneratedRegex(
        @"(?:\bIN\s+THE\s+|\bIn\s+the\s+)?\bUNITED\s+STATES\s+DISTRICT\s+COURT\b|\bUnited\s+States\s+District\s+Court\b(?:\s*,)?"
        + @"|(?:\b(?:FOR\s+THE|For\s+the|for\s+the)\s+)?\b(?:EASTERN|NORTHERN|SOUTHERN|CENTRAL|WESTERN|MIDDLE|Eastern|Northern|Southern|Central|Western|Middle)\s+(?:DISTRICT|District)\s+(?:OF|of)\s+\p{Lu}\p{L}+"
        + @"|\b[ENCSWM]\.\s?D\.\s+(?:Cal|CAL)\p{L}*\.?"
        + @"|\b(?:\p{Lu}[\p{L}.'’-]+\s+){1,2}(?:DIVISION|Division)\b(?!\s+(?:of|OF)\b)"
        + @"|\bNOT\s+FOR\s+(?:PUBLICATION|CITATION)\b"
        + @"|(?<=\s|^)\*\d{1,3}(?=\s|$)"
        + @"|\b(?:The\s+|THE\s+)?(?:Hon\.|Honorable|HONORABLE|HON\.)(?:\s+(?!(?:Defendants?|Plaintiffs?|Respondents?|Petitioners?|DEFENDANTS?|PLAINTIFFS?|RESPONDENTS?|PETITIONERS?)\b)\p{Lu}[\p{L}'’-]*\.?,?){1,4}"
        + @"|(?<!(?:[Dd]ated|DATED|THAN|UNTIL|ON|BEFORE|BY|THROUGH|AFTER|OF|FROM|TO|Than|Until|On|Before|By|Through|After|Of|From|To)\s+)\b(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2},?\s+\d{4}\b"
        + @"|(?<![\w/-])\d{1,2}[-/]\d{1,2}[-/]\d{4}(?![\w/-])"
        + @"|\b(?:Date|DATE|Time|TIME|Courtroom|COURTROOM|Judge|JUDGE|Dept|DEPT|Ctrm|CTRM)\s*:"
        + @"|\b(?:Case|CASE)\s+(?:\S+\s+)?(?:Document|DOCUMENT)\s+\d[\d-]*\s+(?:Filed|FILED)\s+\d{1,2}/\d{1,2}/\d{2,4}\s+(?:Page|PAGE)\s+\d+\s+(?:of|OF)\s+\d+",
        RegexOptions.CultureInvariant)]
    public static partial Regex HeaderResidue();

    /// <summary>Rules and slashes that close a caption column (<c>----oo0oo----</c>, <c>_____/</c>, <c>/</c>): a hard end of a party block.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])[-_=*~]{2,}\s*[oO0]+\s*[-_=*~]{2,}|(?<![\p{L}\d])_{3,}\s*/?|(?<=\s|^)/(?=\s|$)", RegexOptions.CultureInvariant)]
    public static partial Regex Rule();

    /// <summary>
    /// Case-number residue: removed from the caption without ending a party block (numbers sit in the right-hand
    /// cell, which converters interleave with the names).
    /// </summary>
    [GeneratedRegex(
        @"(?:(?:\bCase|\bCASE|\bCivil|\bCIVIL)\s+)?(?:\b(?:Nos?|NOS?|Number|NUMBER)\b\.?\s*:?\s*)"
        + @"(?=(?:CIV|Civ|CV|Cv|CR|Cr|C|S|F)?\.?\s*(?:NO\.?\s*)?(?:[SF]\s*-?\s*)?\d)"
        + @"|(?:\b(?:CIV|Civ|CV|Cv|CR|Cr)\.?\s+(?:(?:NO|No)\.?\s*)?(?:[SF](?:\s+|\s*-\s*))?|\bC\s+)?"
        + @"(?:\d\s?:\s?\d{2}\s?[-–]\s?[A-Za-z]{2,4}\s?[-–]\s?\d{1,6}|\d{2}[-–][A-Za-z]{2,4}[-–]\d{1,6}|\d{2}(?:cv|CV|cr|CR|mc|MC|mj|MJ)\d{1,6}|\d\s?:\s?\d{2}[-–]\d{2,6}|(?<=\bC\s)\d{2}[-–]\d{4,5}|(?<=(?:CIV|Civ|CV|Cv)\.?\s+(?:[SF](?:\s+|\s*-\s*))?)\d{2}[-–]\d{3,5})"
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
        + @"|\b(?:ECF|DOC)\s+NOS?\.?\s*\d+(?:\s*,\s*\d+)*",
        RegexOptions.CultureInvariant)]
    public static partial Regex DocketReference();

    /// <summary>"et al." at the end of a party block.</summary>
    [GeneratedRegex(@"[,\s]*\b(?:et|ET|Et)\.?\s*(?:al|AL|Al)\b\.?[,;\s]*$", RegexOptions.CultureInvariant)]
    public static partial Regex EtAlSuffix();
}
