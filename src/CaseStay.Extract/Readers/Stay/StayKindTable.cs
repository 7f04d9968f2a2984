using System.Text.RegularExpressions;

namespace CaseStay.Extract.Readers.Stay;

/// <summary>
/// The ordered table of stay kinds (docs/domain.md): what the case waits for. Read from the granting clause first,
/// then the title, the operative part and the reasoning; the first source that names a kind decides.
/// <list type="number">
/// <item>Template and doctrine words decide first, in order: VDRP / L.R. 271 → <c>vdrp-settlement</c>;
/// <c>Kelly v. Small</c> → <c>habeas-kelly</c>; <c>Rhines</c>, exhaustion of state remedies → <c>habeas-rhines</c>;
/// discovery as what is stayed → <c>discovery</c> (clause and title only); another case named in the clause
/// (<c>pending the decision in A v. B</c>) → <c>related-case</c>.</item>
/// <item>Otherwise the earliest of: bankruptcy / § 362 / automatic stay → <c>bankruptcy</c>; arbitration, appraisal →
/// <c>arbitration</c>; appeal, Ninth Circuit, Court of Appeals, mandate → <c>appeal</c>; certiorari / Supreme Court →
/// <c>related-case</c> (another case's question) unless it is this case's petition → <c>appeal</c>; related case,
/// criminal case, state-court action, MDL, Younger/Heck, parallel or other proceedings → <c>related-case</c>; settlement,
/// mediation, negotiations, resolution of the action → <c>settlement</c>.</item>
/// <item>A granting clause whose <c>pending …</c> complement names anything else (a ruling on a motion, an agency's
/// decision) → <c>other</c>; a generic complement (further order, a date, a number of days) decides nothing.</item>
/// </list>
/// </summary>
internal static partial class StayKindTable
{
    /// <summary>The kind named in <paramref name="text"/>, or null when this source names none.</summary>
    /// <param name="text">Cleaned text of the source.</param>
    /// <param name="source">Which source it is.</param>
    /// <returns>One of <see cref="StayKinds"/>, or null.</returns>
    public static string? Match(string text, KindSource source)
    {
        // Cheap looks for each doctrine's word before its pattern: the reasoning can be long.
        if ((Has(text, "VDRP") || Has(text, "Voluntary") || Has(text, "271") || Has(text, "promptly")) && Vdrp().IsMatch(text))
        {
            return StayKinds.VdrpSettlement;
        }

        if (Has(text, "Kelly") && Kelly().IsMatch(text))
        {
            return StayKinds.HabeasKelly;
        }

        if ((Has(text, "Rhines") || Has(text, "exhaust")) && Rhines().IsMatch(text))
        {
            return StayKinds.HabeasRhines;
        }

        var narrow = source is KindSource.Clause or KindSource.Title;
        if (narrow && Has(text, "discovery") && Discovery().IsMatch(text))
        {
            return StayKinds.Discovery;
        }

        if (source == KindSource.Clause && Complement().Match(text) is { Success: true } c && CaseName().IsMatch(c.Groups["c"].Value))
        {
            return StayKinds.RelatedCase;
        }

        // The earliest kind word names what the case waits for ("pending appeal of the order compelling arbitration").
        var m = Earliest().Match(text);
        if (m.Success)
        {
            return m.Groups["bankruptcy"].Success ? StayKinds.Bankruptcy
                : m.Groups["arbitration"].Success ? StayKinds.Arbitration
                : m.Groups["appeal"].Success ? StayKinds.Appeal
                : m.Groups["certiorari"].Success ? (ThisCase().IsMatch(text) ? StayKinds.Appeal : StayKinds.RelatedCase)
                : m.Groups["related"].Success ? StayKinds.RelatedCase
                : StayKinds.Settlement;
        }

        if (source == KindSource.Clause && Complement().Match(text) is { Success: true } complement && !IsGeneric(complement.Groups["c"].Value))
        {
            return StayKinds.Other;
        }

        return null;
    }

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsGeneric(string complement)
    {
        var words = 0;
        foreach (Match w in Word().Matches(complement))
        {
            if (++words > 8)
            {
                break;
            }

            if (!GenericWord().IsMatch(w.Value))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\bVDRP\b|\bVoluntary\s+Dispute\s+Resolution\b|\b(?:L\.\s?R\.|Local\s+Rule)\s+271\b|\bpromptly\s+meet\s+and\s+confer\s+to\s+discuss\s+settlement\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Vdrp();

    [GeneratedRegex(@"\bKelly\s+v\.?\s+Small\b|\bKelly\s+(?:stay|procedure)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Kelly();

    [GeneratedRegex(@"\bRhines\b|\bexhaust(?:ion|ed|ing)?\s+(?:of\s+)?(?:his\s+|her\s+|their\s+|available\s+|the\s+)*(?:state|claims?|remedies)\b|\bunexhausted\b|\bstate\s+(?:court\s+)?exhaustion\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Rhines();

    [GeneratedRegex(@"\bsta(?:y|ys|yed|ying)\s+(?:of\s+|all\s+)*(?:\w+\s+)?discovery\b|\bdiscovery\s+(?:\w+\s+){0,3}(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?stayed\b|\bdiscovery\s+stay\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Discovery();

                    [GeneratedRegex(@"(?<bankruptcy>\bbankrupt\w*|§\s*362\b|\bautomatic\s+stay\b|\bChapter\s+(?:7|11|13)\s+(?:petition|case|proceeding))|(?<arbitration>\barbitra\w*|\bappraisal\b)|(?<appeal>\bappeal\w*(?<!\bBoard\s+of\s+(?:\w+\s+){0,3}appeal\w*)|\bNinth\s+Circuit\b|\bCourt\s+of\s+Appeals\b|\bappellate\b|\bmandate\b|\binterlocutory\b)|(?<certiorari>\bcertiorari\b|\bSupreme\s+Court\b(?!\s+of\s+(?:California|the\s+State)))|(?<related>\brelated\s+(?:case|action|matter|proceeding|litigation)s?\b|\bcriminal\b|\bstate[\s-]+court\b|\bstate\s+(?:action|case|proceedings?|prosecution|charges)\b|\bMDL\b|\bmulti-?district\b|\bJudicial\s+Panel\b|\bYounger\b|\bHeck\b|\bparallel\b|\b(?:other|another|companion|underlying|separate|pending)\s+(?:case|action|lawsuit|litigation|proceedings?)\b|\ben\s+banc\b|\bprosecution\b|\bindictment\b|\bclass\s+action\b|\bremand(?:ed)?\s+proceedings\b)|(?<settlement>\bsettle\w*|\bmediat\w*|\bnegotiat\w*|\bresolution\s+of\s+(?:the|this)\s+(?:action|case|matter|dispute|claims)\b|\bearly\s+(?:neutral\s+)?evaluation\b|\bsettlement\s+conference\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Earliest();

    [GeneratedRegex(@"\b(?:in|of)\s+(?:this|the\s+instant|the\s+present)\s+(?:case|action|matter)\b|\b(?:plaintiff|defendant|petitioner|respondent)s?'s?\s+(?:\w+\s+)?petition\s+for\s+(?:a\s+)?(?:writ\s+of\s+)?certiorari", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ThisCase();

            [GeneratedRegex(@"\b(?:pending|until|during|while|awaiting|so\s+long\s+as|for\s+the\s+duration\s+of|in\s+light\s+of|to\s+allow|to\s+permit)\b(?<c>.*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Complement();

    [GeneratedRegex(@"\b[A-Z][\w.'&-]*\s+(?:[vV]|vs|VS)\.\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex CaseName();

    [GeneratedRegex(@"[\w']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:the|a|an|any|further|order|orders|notice|of|this|that|court|court's|date|day|days|weeks?|months?|years?|\d+\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|and|or|its|entry|another|additional|period|time|at|which|by|on|or|before|after|from|is|lifted|expiration|hereof|stay|in|place|effect|remains|shall|remain)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GenericWord();
}
