using System.Text.RegularExpressions;

namespace CaseStay.Extract.Readers.Stay;

/// <summary>
/// What the document is, from its title (and, without a title, the first lines of its body): findings and
/// recommendations (not an order unless the title adopts them), an order, a stipulation with the court's order,
/// minutes, or a filing that is not an order — motion, complaint, transcript, judgment, verdict, notice,
/// response/brief, other. Case-insensitive. Stay decisions and deadlines come only from orders.
/// </summary>
internal static partial class DocumentTypeReader
{
    /// <summary>The document type (one of <see cref="DocumentTypes"/>).</summary>
    /// <param name="title">The title as read from the caption, or null.</param>
    /// <param name="head">The text before the body (caption and title) and the first lines of the body.</param>
    /// <param name="text">The whole text (for the court's closing under a stipulation).</param>
    /// <returns>The type.</returns>
    public static string Read(string? title, string head, string text) => Read(title, head, () => text);

    /// <summary>The document type; the whole text is asked for only when the court's closing decides.</summary>
    /// <param name="title">The title as read from the caption, or null.</param>
    /// <param name="head">The text before the body (caption and title) and the first lines of the body.</param>
    /// <param name="text">Gives the whole text (for the court's closing under a stipulation).</param>
    /// <returns>The type.</returns>
    public static string Read(string? title, string head, Func<string> text)
    {
        var t = StayText.Clean(title ?? string.Empty);
        var h = StayText.Clean(head);
        if (FindingsAndRecommendations().IsMatch(t) && !Adopting().IsMatch(t)
            || string.IsNullOrEmpty(t) && FindingsTitle().IsMatch(h) && !Adopting().IsMatch(h))
        {
            return DocumentTypes.FindingsAndRecommendations;
        }

        if (CivilMinutes().IsMatch(h) || CivilMinutes().IsMatch(t) || Minutes().IsMatch(t))
        {
            return DocumentTypes.Minutes;
        }

        bool? signed = null;
        bool SignedOrder() => signed ??= CourtClosing().IsMatch(text());
        if (OrderWord().IsMatch(t))
        {
            return Stipulation().IsMatch(t) ? DocumentTypes.StipulationAndOrder : DocumentTypes.Order;
        }

        if (!TypeWord().IsMatch(t) && StayReader.PrintedTitle(head, string.Empty) is { } printed)
        {
            // The title read from the caption names no document type: read the printed title runs instead.
            t = StayText.Clean(printed);
            if (OrderWord().IsMatch(t))
            {
                return Stipulation().IsMatch(t) ? DocumentTypes.StipulationAndOrder : DocumentTypes.Order;
            }
        }

        if (!TypeWord().IsMatch(t) && !UpperOrder().IsMatch(h) && HeadType().Match(h) is { Success: true } printedType)
        {
            // No order title, but the head prints what the document is ("REPORTER'S TRANSCRIPT OF PROCEEDINGS",
            // "COMPLAINT FOR:", "DEFENDANT'S RESPONSE TO …", "VERDICT FORM", "JUDGMENT").
            return printedType.Groups["transcript"].Success ? DocumentTypes.Transcript
                : printedType.Groups["verdict"].Success ? DocumentTypes.Verdict
                : printedType.Groups["complaint"].Success ? DocumentTypes.Complaint
                : printedType.Groups["brief"].Success ? DocumentTypes.ResponseOrBrief
                : printedType.Groups["notice"].Success ? DocumentTypes.Notice
                : DocumentTypes.Judgment;
        }

        if (t.Length == 0)
        {
            // No title was read: a party's motion still shows itself at the top of the body.
            return MotionOpening().IsMatch(h) && !SignedOrder() && !UpperOrder().IsMatch(h) ? DocumentTypes.Motion : DocumentTypes.Order;
        }

        if (Stipulation().IsMatch(t))
        {
            return SignedOrder() ? DocumentTypes.StipulationAndOrder : DocumentTypes.Motion;
        }

        return t switch
        {
            _ when Verdict().IsMatch(t) => DocumentTypes.Verdict,
            _ when Judgment().IsMatch(t) => DocumentTypes.Judgment,
            _ when Transcript().IsMatch(t) => DocumentTypes.Transcript,
            _ when Motion().IsMatch(t) || MotionOpening().IsMatch(h) && !UpperOrder().IsMatch(h) => DocumentTypes.Motion,
            _ when Notice().IsMatch(t) => DocumentTypes.Notice,
            _ when Complaint().IsMatch(t) => DocumentTypes.Complaint,
            _ when Brief().IsMatch(t) => DocumentTypes.ResponseOrBrief,
            _ when CourtRuling().IsMatch(t) => DocumentTypes.Order,
            _ when OtherFiling().IsMatch(t) => DocumentTypes.Other,
            _ => DocumentTypes.Order,
        };
    }

    [GeneratedRegex(@"\bFINDINGS\s*(?:AND|&|,)\s*RECOMMENDATIONS?\b|\bREPORT\s+AND\s+RECOMMENDATIONS?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FindingsAndRecommendations();

    [GeneratedRegex(@"\b(?:ADOPTING|ADOPT|ADOPTS|REJECTING|DECLINING\s+TO\s+ADOPT|ACCEPTING|ON)\s+(?:IN\s+(?:FULL|PART)\s+)?(?:THE\s+)?(?:\w+\s+){0,3}(?:FINDINGS|REPORT)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Adopting();

    [GeneratedRegex(@"CIVIL\s+MINUTES|CRIMINAL\s+MINUTES", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CivilMinutes();

    [GeneratedRegex(@"^\W*MINUTES?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Minutes();

    [GeneratedRegex(@"\bORDERS?\b|\bMEMORANDUM\s+(?:DECISION|OPINION)\b|\bOPINION\s+AND\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrderWord();

    // In the head without a title, only the printed (upper-case) title counts: "having accepted the findings and
    // recommendation of the Magistrate Judge" in a judgment's text does not make it findings and recommendations.
    [GeneratedRegex(@"\bFINDINGS\s*(?:AND|&|,)\s*RECOMMENDATIONS?\b|\bREPORT\s+AND\s+RECOMMENDATIONS?\b", RegexOptions.CultureInvariant)]
    private static partial Regex FindingsTitle();

    [GeneratedRegex(@"\bORDER\b", RegexOptions.CultureInvariant)]
    private static partial Regex UpperOrder();

    [GeneratedRegex(@"(?<transcript>\b(?:REPORTER'S\s+)?TRANSCRIPT\s+OF\s+(?:\w+\s+)?PROCEEDINGS\b)|(?<verdict>\bVERDICT\s+FORM\b|\bSPECIAL\s+VERDICT\b)|(?<complaint>\b(?:(?:FIRST|SECOND|THIRD|FOURTH)\s+AMENDED\s+|VERIFIED\s+|CIVIL\s+)?COMPLAINT\s+(?:FOR|AND)\b)|(?<brief>\b(?:DEFENDANTS?|PLAINTIFFS?|PETITIONERS?|RESPONDENTS?|GOVERNMENT|UNITED\s+STATES)(?:'S?|S'|’S?)?\s+(?:[A-Z]+\s+){0,3}(?:RESPONSE|OPPOSITION|REPLY|BRIEF|OBJECTIONS?|SENTENCING\s+MEMORANDUM)\b)|(?<notice>\bNOTICE\s+OF\s+(?:APPEAL|REMOVAL|RELATED\s+CASES?|APPEARANCE|LODGING|FILING)\b)|(?<judgment>\bJUDGMENT\s*(?:IN\s+A\s+(?:CIVIL|CRIMINAL)\s+CASE\b|AND\s+(?:PROBATION\s*/\s*)?COMMITMENT\b|$|(?=\s+[A-Z][a-z])|(?=\s+[A-Z.\s]+,\s)))", RegexOptions.CultureInvariant)]
    private static partial Regex HeadType();

    [GeneratedRegex(@"\b(?:ORDERS?|STIPULAT\w*|FINDINGS|MOTION|APPLICATION|REQUEST|PETITION|NOTICE|COMPLAINT|TRANSCRIPT|JUDGMENT|VERDICT|OPPOSITION|RESPONSE|REPLY|BRIEF|MEMORANDUM|DECLARATION|MINUTES|OPINION|DECISION)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TypeWord();

    [GeneratedRegex(@"\bSTIPULAT\w*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Stipulation();

    [GeneratedRegex(@"\bIT\s+IS\s+SO\s+ORDERED\b|\b(?:UNITED\s+STATES|U\.\s?S\.)\s+(?:DISTRICT|MAGISTRATE)\s+JUDGE\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CourtClosing();

    [GeneratedRegex(@"(?:^|\s)(?:(?:\w+'?S?\s+){0,3})(?:NOTICE\s+OF\s+(?:\w+\s+){0,3}MOTION|MOTION\s+(?:TO|FOR)\b|PLEASE\s+TAKE\s+NOTICE)", RegexOptions.CultureInvariant)]
    private static partial Regex MotionOpening();

    [GeneratedRegex(@"\bVERDICT\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Verdict();

    [GeneratedRegex(@"^\W*(?:(?:FINAL|AMENDED|DEFAULT|CONSENT|PARTIAL|CLERK'S)\s+)*JUDGMENT\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Judgment();

    [GeneratedRegex(@"\bTRANSCRIPT\b|\bREPORTER'S\s+(?:TRANSCRIPT|RECORD)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Transcript();

    [GeneratedRegex(@"\bMOTION\b|\bAPPLICATION\b|\bREQUEST\s+(?:TO|FOR)\b|\bPETITION\s+(?:TO|FOR)\s+(?!WRIT)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Motion();

    [GeneratedRegex(@"^\W*(?:\w+\s+){0,3}NOTICE\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Notice();

    [GeneratedRegex(@"\bCOMPLAINT\b|\bPETITION\s+FOR\s+(?:A\s+)?WRIT\b|\bHABEAS\s+PETITION\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Complaint();

    [GeneratedRegex(@"\bOPPOSITION\b|\bRESPONSE\b|\bREPLY\b|\bBRIEF\b|\bMEMORANDUM\s+OF\s+POINTS\b|\bPOINTS\s+AND\s+AUTHORITIES\b|\bTRAVERSE\b|\bANSWER\b|\bOBJECTIONS?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Brief();

    [GeneratedRegex(@"\bMEMORANDUM\b|\bOPINION\b|\bDECISION\b|\bRULING\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CourtRuling();

    [GeneratedRegex(@"\bDECLARATION\b|\bEXHIBIT\b|\bLETTER\b|\bPROOF\s+OF\s+SERVICE\b|\bCERTIFICATE\b|\bAFFIDAVIT\b|\bSUMMONS\b|\bSUBPOENA\b|\bDOCKET\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherFiling();
}
