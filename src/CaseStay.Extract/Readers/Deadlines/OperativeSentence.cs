using System.Text.RegularExpressions;
using CaseStay.Extract.Pipeline;

namespace CaseStay.Extract.Readers.Deadlines;

/// <summary>
/// The gate a deadline passes: it must come from an operative sentence of an order — a duty the court imposes —
/// not from the background, the court's reasoning, a quoted rule, a party's request, or a document that is not an
/// order (complaint, motion, transcript, response). Findings and recommendations impose one duty only: the
/// objection period.
/// </summary>
internal static partial class OperativeSentence
{
    /// <summary>What the document lets deadlines come from.</summary>
    internal enum Scope
    {
        /// <summary>Not an order: no deadlines.</summary>
        None,

        /// <summary>An order: operative sentences.</summary>
        Order,

        /// <summary>Findings and recommendations: the objection period only.</summary>
        Objections,
    }

    /// <summary>Decides from what is visible (title, the ordering words, the document type) what the document is.</summary>
    public static Scope DocumentScope(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        var title = bucket.Title ?? string.Empty;
        var head = flow[..Math.Min(flow.Length, Math.Max(bucket.BodyStart, 0) + 400)];
        if (bucket.DocumentType == DocumentTypes.FindingsAndRecommendations || FindingsTitle().IsMatch(title + "\n" + head))
        {
            return Scope.Objections;
        }

        if (bucket.DocumentType == DocumentTypes.Motion)
        {
            return Scope.None;
        }

        if (OrderWord().IsMatch(title))
        {
            return Scope.Order;
        }

        // A title that names a party's paper (complaint, motion, stipulation, transcript…) and no order: not an order,
        // whatever ordering words it quotes. Without a title, the ordering words decide, then the head of the text.
        if (title.Length > 0 && NonOrderTitle().IsMatch(title.ToUpperInvariant()))
        {
            return Scope.None;
        }

        if (bucket.Document.OrderingTrigger().Success)
        {
            return Scope.Order;
        }

        return !NonOrderTitle().IsMatch(head) && OrderWord().IsMatch(head + "\n" + title) ? Scope.Order : Scope.None;
    }

    /// <summary>
    /// True when the sentence imposes a duty. Inside the ordering part (after "IT IS HEREBY ORDERED") a sentence is
    /// operative unless it quotes, recites or reports what someone else said; elsewhere it must also command
    /// ("shall", "must", "is ORDERED to", …).
    /// </summary>
    public static bool IsOperative(string sentence, int phraseStart, bool inOrderingPart)
    {
        if (InsideQuotation(sentence, phraseStart) || Recital().IsMatch(sentence))
        {
            return false;
        }

        if (inOrderingPart)
        {
            return true;
        }

        return Command().IsMatch(sentence) && !Background().IsMatch(sentence);
    }

    /// <summary>True for the objection sentence of findings and recommendations ("any party may file written objections").</summary>
    public static bool IsObjectionPeriod(string sentence) => Objections().IsMatch(sentence) && !InsideQuotation(sentence, sentence.Length - 1);

    /// <summary>Who must act, as printed ("the parties", "Plaintiff", "counsel for Defendant"), or null.</summary>
    public static string? Obligor(string sentence)
    {
        var m = PartySubject().Match(sentence);
        if (m.Success)
        {
            return Shared.Text.Collapse(m.Groups["who"].Value).Trim();
        }

        foreach (Match n in NamedSubject().Matches(sentence))
        {
            var who = n.Groups["who"].Value;
            if (!NotASubject().IsMatch(who))
            {
                return Shared.Text.Collapse(who).Trim();
            }
        }

        return null;
    }

    /// <summary>True when position <paramref name="at"/> of the sentence lies inside quotation marks.</summary>
    public static bool InsideQuotation(string sentence, int at)
    {
        var open = 0;
        var straight = 0;
        for (var i = 0; i < Math.Min(at, sentence.Length); i++)
        {
            switch (sentence[i])
            {
                case '“':
                    open++;
                    break;
                case '”':
                    open = Math.Max(0, open - 1);
                    break;
                case '"':
                    straight++;
                    break;
            }
        }

        return open > 0 || straight % 2 == 1;
    }

    [GeneratedRegex(@"FINDINGS\s+AND\s+RECOMMENDATIONS?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FindingsTitle();

    [GeneratedRegex(@"\bORDERS?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrderWord();

    [GeneratedRegex(@"\b(?:COMPLAINT|TRANSCRIPT|RESPONSE|OPPOSITION|REPLY|DECLARATION|AFFIDAVIT|NOTICE\s+OF|BRIEF|MEMORANDUM\s+OF\s+POINTS|VERDICT|OPINION|PETITION\s+FOR|ANSWER\s+TO|EXHIBIT|MOTION\s+(?:TO|FOR|IN)|STIPULATION|REQUEST\s+(?:FOR|TO)|APPLICATION\s+(?:FOR|TO)|STATUS\s+REPORT)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NonOrderTitle();

    [GeneratedRegex(@"\b(?:shall|must|is\s+(?:hereby\s+)?(?:ORDERED|DIRECTED|REQUIRED)|are\s+(?:hereby\s+)?(?:ORDERED|DIRECTED|REQUIRED)|(?:is|are)\s+to\s+(?:file|serve|submit|lodge|notify|pay|appear)|(?:is|are)\s+due)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Command();

    // Words that report what a rule, a court or a party said, rather than order it.
    [GeneratedRegex(@"\b(?:provides?\s+(?:that|in\s+pertinent\s+part)|provided\s+that|states?\s+that|stated\s+that|held\s+that|holding\s+that|argues?\b|argued\b|contends?\b|contended\b|asserts?\b|asserted\b|alleges?\b|alleged\b|requests?\s+that|requested\s+that|asks?\s+(?:that|the\s+court)|asked\b|moves?\s+(?:for|to)\b|moved\s+(?:for|to)\b|seeks?\s+(?:an?\s+|to\s+)|sought\b|propose[sd]?\s+(?:that|to)\b|(?:have|has|had)\s+agreed|told\b|unless\s+they)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Recital();

    [GeneratedRegex(@"\b(?:previously|had\s+been|was\s+ordered|were\s+ordered|(?:would|should|could|might)\s+have|^See\b|\bsee\s+(?:also|e\.g\.)|\bv\.\s|\bRule\s+[\d.]+(?:\([a-z0-9]+\))*\s+(?:provides|requires|states)|\bunder\s+(?:the\s+)?(?:Federal\s+)?Rules?\b|\b(?:statute|regulation|rule)\s+(?:requires|provides))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Background();

    [GeneratedRegex(@"\bobjections?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Objections();

    [GeneratedRegex(@"(?<who>\b(?:(?:the|each|any|all)\s+)?(?:parties|party|plaintiffs?|defendants?|petitioners?|respondents?|movants?|counsel(?:\s+for\s+(?:the\s+)?(?:all\s+)?(?:(?:parties|plaintiffs?|defendants?|petitioners?|respondents?)(?-i:(?:\s+[A-Z][\w.'’&-]*){0,3})|(?-i:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})))?|the\s+Clerk(?:\s+of\s+(?:the\s+)?Court)?|the\s+United\s+States|the\s+government)(?:\s+and\s+(?:the\s+)?(?:plaintiffs?|defendants?|petitioners?|respondents?|counsel))?)\s*(?:\([^)]{0,40}\)\s*)?,?\s+(?:shall|must|may|will|(?:is|are)\s+(?:hereby\s+)?(?:ORDERED|DIRECTED|REQUIRED)|(?:is|are)\s+to)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartySubject();

    [GeneratedRegex(@"(?<who>\b[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s+(?:shall|must|(?:is|are)\s+(?:hereby\s+)?(?:ORDERED|DIRECTED))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedSubject();

    [GeneratedRegex(@"^(?:The\s+Court|Court|This|It|Such|Each|All|A|An|Any|No|Nothing|That|These|Those|IT|THE\s+COURT|Judgment|Deadlines?|The\s+(?:stay|action|case|matter|motion|request|report|hearing|deadline))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotASubject();
}
