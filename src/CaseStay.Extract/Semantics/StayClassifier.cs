using System.Text.RegularExpressions;
using CaseStay.Extract.Fields;
using CaseStay.Extract.Internal;

namespace CaseStay.Extract.Semantics;

/// <summary>
/// Decides whether the document stays the action (or part of it) and, if so, what kind of stay it is.
/// Orders denying or lifting a stay, findings and recommendations, motions and orders that merely
/// mention a stay are not stay orders, and say why.
/// </summary>
internal static partial class StayClassifier
{
    public static void Classify(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        var head = flow[..Math.Min(flow.Length, Math.Max(bucket.BodyStart, 0) + 200)];
        var title = bucket.Title ?? string.Empty;
        var titleArea = title + "\n" + head;

        bucket.DocumentType = FindingsAndRecommendations().IsMatch(titleArea) ? DocumentTypes.FindingsAndRecommendations
            : !title.Contains("ORDER", StringComparison.Ordinal) && MotionTitle().IsMatch(titleArea) ? DocumentTypes.Motion
            : title.Contains("STIPULAT", StringComparison.Ordinal) && title.Contains("ORDER", StringComparison.Ordinal) ? DocumentTypes.StipulationAndOrder
            : Patterns.CivilMinutes().IsMatch(head) ? DocumentTypes.Minutes
            : DocumentTypes.Order;
        if (bucket.DocumentType == DocumentTypes.FindingsAndRecommendations)
        {
            Not(bucket, StayMention().IsMatch(flow)
                ? "Findings and recommendations: they recommend a ruling on the stay; they do not order one."
                : "Findings and recommendations, not an order.");
            return;
        }

        if (bucket.DocumentType == DocumentTypes.Motion)
        {
            Not(bucket, "A motion or notice filed by a party, not an order of the court.");
            return;
        }

        if (LiftStay().IsMatch(titleArea) || LiftStayBody().IsMatch(flow))
        {
            Not(bucket, "The order lifts a stay; it does not stay the action.");
            return;
        }

        var granted = StayTitle().IsMatch(titleArea) || StayBody().IsMatch(flow);
        if (!granted)
        {
            Not(bucket, DenyStay().IsMatch(titleArea) || DenyStayBody().IsMatch(flow)
                ? "The order denies a stay."
                : StayMention().IsMatch(flow)
                    ? "The order mentions a stay but does not stay the action."
                    : "The order does not stay the action.");
            return;
        }

        bucket.IsStayOrder = true;
        bucket.Stay = new StayInfo(Kind(flow + "\n" + title), Scope(flow, title), Until(flow), Vacated().IsMatch(flow));
    }

    private static void Not(StayOrderBucket bucket, string reason)
    {
        bucket.IsStayOrder = false;
        bucket.NotStayReason = reason;
    }

    internal static string Kind(string text)
    {
        if (Vdrp().IsMatch(text) || VdrpTemplate().IsMatch(text))
        {
            return StayKinds.VdrpSettlement;
        }

        if (text.Contains("Rhines", StringComparison.Ordinal))
        {
            return StayKinds.HabeasRhines;
        }

        if (KellyPattern().IsMatch(text))
        {
            return StayKinds.HabeasKelly;
        }

        if (text.Contains("arbitrat", StringComparison.OrdinalIgnoreCase))
        {
            return StayKinds.Arbitration;
        }

        if (Bankruptcy().IsMatch(text))
        {
            return StayKinds.Bankruptcy;
        }

        if (DiscoveryStay().IsMatch(text))
        {
            return StayKinds.Discovery;
        }

        if (Appeal().IsMatch(text))
        {
            return StayKinds.Appeal;
        }

        if (Related().IsMatch(text))
        {
            return StayKinds.RelatedCase;
        }

        return text.Contains("settle", StringComparison.OrdinalIgnoreCase) || text.Contains("resolution of this case", StringComparison.OrdinalIgnoreCase)
            ? StayKinds.Settlement
            : StayKinds.Other;
    }

    private static string? Scope(string flow, string title)
    {
        if (flow.Contains("except as set forth herein", StringComparison.OrdinalIgnoreCase))
        {
            return "except as set forth herein";
        }

        return DiscoveryStay().IsMatch(title + "\n" + flow) ? "discovery" : null;
    }

    private static string? Until(string flow)
    {
        var m = UntilPattern().Match(flow);
        return m.Success ? Shared.Text.Collapse(m.Groups["until"].Value).TrimEnd('.', ',', ';') : null;
    }

    [GeneratedRegex(@"FINDINGS\s+AND\s+RECOMMENDATIONS?", RegexOptions.CultureInvariant)]
    private static partial Regex FindingsAndRecommendations();

    [GeneratedRegex(@"^\s*(?:[A-Z']+\s+)?(?:NOTICE\s+OF\s+MOTION|MOTION\s+(?:TO|FOR))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex MotionTitle();

    [GeneratedRegex(@"\b(?:MOTION\s+TO\s+LIFT\s+(?:THE\s+)?STAY|LIFTING\s+(?:THE\s+)?STAY|ORDER\s+LIFTING)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LiftStay();

    [GeneratedRegex(@"\bstay\s+(?:is|shall\s+be)\s+(?:hereby\s+)?LIFTED\b|\bCourt\s+will\s+lift\s+the\s+stay\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LiftStayBody();

    [GeneratedRegex(@"\b(?:ORDER\s+STAYING|STAY\s+ORDER|STAYING\s+(?:ALL\s+|CERTAIN\s+)?(?:PROCEEDINGS|THE\s+(?:MATTER|CASE|ACTION)|CASE|ACTION|DISCOVERY)|GRANTING[^;\n]{0,80}?\bSTAY\b|EXTEND(?:ING)?\s+THE\s+STAY|DISCOVERY\s+STAY)", RegexOptions.CultureInvariant)]
    private static partial Regex StayTitle();

    [GeneratedRegex(@"\b(?:(?:is|are)\s+(?:hereby\s+)?STAYED\b|STAYS\s+(?:this|the)\s+(?:action|case|matter)|GRANTS\s+the\s+(?:motion\s+to\s+|request\s+(?:for|to)\s+)?stay|motion\s+to\s+stay\s+(?:is|be)\s+GRANTED|stay\s+(?:of\s+\w+\s+)?is\s+GRANTED|(?:[Cc]ourt|undersigned)\s+will\s+(?:grant\s+\w+\s+motion\s+to\s+)?stay\s+(?:this|the)\s+(?:action|case|matter))", RegexOptions.CultureInvariant)]
    private static partial Regex StayBody();

    [GeneratedRegex(@"DENYING[^;\n]{0,80}?\bSTAY\b", RegexOptions.CultureInvariant)]
    private static partial Regex DenyStay();

    [GeneratedRegex(@"\b(?:motion|request)\s+(?:to|for\s+a)\s+stay\s+(?:is|be)\s+DENIED", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DenyStayBody();

    [GeneratedRegex(@"\bsta(?:y|yed|ying|ys)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StayMention();

    [GeneratedRegex(@"\bVDRP\b|Voluntary\s+Dispute\s+Resolution", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Vdrp();

    // The E.D. Cal. VDRP stay template directs the parties to "promptly meet and confer to discuss settlement"
    // before contacting the VDRP administrator; an excerpt may end before "VDRP" is named.
    [GeneratedRegex(@"\bpromptly\s+meet\s+and\s+confer\s+to\s+discuss\s+settlement\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VdrpTemplate();

    [GeneratedRegex(@"\b(?:deadlines|dates|hearings)\b[^.]{0,60}?\b(?:are|is|be)\s+(?:hereby\s+)?VACATED\b|\bvacates\s+all\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Vacated();

    [GeneratedRegex(@"\bKelly\s+v\.\s+Small\b|\bKelly\s+(?:stay|procedure)\b", RegexOptions.CultureInvariant)]
    private static partial Regex KellyPattern();

    [GeneratedRegex(@"\bbankruptcy\b|§\s*362\b|\bautomatic\s+stay\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Bankruptcy();

    [GeneratedRegex(@"\bstay(?:ing)?\s+(?:of\s+)?discovery\b|\bdiscovery\s+stay\b|\bStay\s+Discovery\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DiscoveryStay();

    [GeneratedRegex(@"\bpending\s+(?:the\s+)?appeal\b|\binterlocutory\s+appeal\b|\bNinth\s+Circuit\b|\bnotice\s+of\s+appeal\b|\bappeal\s+of\s+th", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Appeal();

    [GeneratedRegex(@"\bMDL\b|\brelated\s+(?:case|action)\b|\bcriminal\s+(?:case|proceeding|action|charges)|\bstate\s+(?:court\s+)?proceedings\b|\bYounger\b|\bparallel\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Related();

    [GeneratedRegex(@"\bSTAYED\b[^.]{0,40}?\b(?<until>(?:pending|until)\b[^.;]{3,160})", RegexOptions.CultureInvariant)]
    private static partial Regex UntilPattern();
}
