using System.Text.RegularExpressions;

namespace CaseStay.Extract.Courts;

/// <summary>
/// The E.D. Cal. stay-kind table (docs/domain.md), in order:
/// <list type="number">
/// <item>Template and doctrine words decide first: VDRP / L.R. 271 → <c>vdrp-settlement</c>; <c>Kelly v. Small</c> →
/// <c>habeas-kelly</c>; <c>Rhines</c>, exhaustion of state remedies → <c>habeas-rhines</c>; discovery as what is
/// stayed → <c>discovery</c> (clause and title only); another case named in the clause's complement (<c>pending the
/// decision in A v. B</c>) → <c>related-case</c>.</item>
/// <item>Otherwise the earliest of: bankruptcy / § 362 / automatic stay → <c>bankruptcy</c>; arbitration, appraisal →
/// <c>arbitration</c>; appeal, Ninth Circuit, Court of Appeals, mandate → <c>appeal</c>; certiorari / Supreme Court →
/// <c>appeal</c> when it is this case's petition, else <c>related-case</c> (another case's question); related case,
/// criminal case, state-court action, MDL, Younger/Heck, parallel or other proceedings → <c>related-case</c>;
/// settlement, mediation, negotiations, resolution of the action → <c>settlement</c>.</item>
/// </list>
/// </summary>
internal static partial class EasternDistrictStayKinds
{
    /// <summary>The table.</summary>
    public static IReadOnlyList<StayKindRule> Table { get; } =
    [
        new(StayKinds.VdrpSettlement, Vdrp(), StayKindScope.Everywhere) { Hints = ["VDRP", "Voluntary", "271", "promptly"] },
        new(StayKinds.HabeasKelly, Kelly(), StayKindScope.Everywhere) { Hints = ["Kelly"] },
        new(StayKinds.HabeasRhines, Rhines(), StayKindScope.Everywhere) { Hints = ["Rhines", "exhaust"] },
        new(StayKinds.Discovery, Discovery(), StayKindScope.ClauseAndTitle) { Hints = ["discovery"] },
        new(StayKinds.RelatedCase, CaseName(), StayKindScope.ClauseComplement),
        new(StayKinds.Bankruptcy, Bankruptcy(), StayKindScope.Everywhere) { Earliest = true },
        new(StayKinds.Arbitration, Arbitration(), StayKindScope.Everywhere) { Earliest = true },
        new(StayKinds.Appeal, Appeal(), StayKindScope.Everywhere) { Earliest = true },
        new(StayKinds.Appeal, Certiorari(), StayKindScope.Everywhere) { Earliest = true, Context = ThisCase() },
        new(StayKinds.RelatedCase, Certiorari(), StayKindScope.Everywhere) { Earliest = true },
        new(StayKinds.RelatedCase, RelatedCase(), StayKindScope.Everywhere) { Earliest = true },
        new(StayKinds.Settlement, Settlement(), StayKindScope.Everywhere) { Earliest = true },
    ];

    /// <summary>The Voluntary Dispute Resolution Program (L.R. 271), or the template's order to meet and confer about settlement.</summary>
    [GeneratedRegex(@"\bVDRP\b|\bVoluntary\s+Dispute\s+Resolution\b|\b(?:L\.\s?R\.|Local\s+Rule)\s+271\b|\bpromptly\s+meet\s+and\s+confer\s+to\s+discuss\s+settlement\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Vdrp();

    /// <summary>A Kelly v. Small stay.</summary>
    [GeneratedRegex(@"\bKelly\s+v\.?\s+Small\b|\bKelly\s+(?:stay|procedure)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Kelly();

    /// <summary>A Rhines stay: exhaustion of state remedies.</summary>
    [GeneratedRegex(@"\bRhines\b|\bexhaust(?:ion|ed|ing)?\s+(?:of\s+)?(?:his\s+|her\s+|their\s+|available\s+|the\s+)*(?:state|claims?|remedies)\b|\bunexhausted\b|\bstate\s+(?:court\s+)?exhaustion\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Rhines();

    /// <summary>Discovery as what is stayed.</summary>
    [GeneratedRegex(@"\bsta(?:y|ys|yed|ying)\s+(?:of\s+|all\s+)*(?:\w+\s+)?discovery\b|\bdiscovery\s+(?:\w+\s+){0,3}(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?stayed\b|\bdiscovery\s+stay\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Discovery();

    /// <summary>This case named as the one on review (its own petition for certiorari).</summary>
    [GeneratedRegex(@"\b(?:in|of)\s+(?:this|the\s+instant|the\s+present)\s+(?:case|action|matter)\b|\b(?:plaintiff|defendant|petitioner|respondent)s?'s?\s+(?:\w+\s+)?petition\s+for\s+(?:a\s+)?(?:writ\s+of\s+)?certiorari", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ThisCase();

    /// <summary>A case name (A v. B).</summary>
    [GeneratedRegex(@"\b[A-Z][\w.'&-]*\s+(?:[vV]|vs|VS)\.\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex CaseName();

    /// <summary>A bankruptcy: the word, § 362, the automatic stay, a Chapter 7, 11 or 13 case.</summary>
    [GeneratedRegex(@"\bbankrupt\w*|§\s*362\b|\bautomatic\s+stay\b|\bChapter\s+(?:7|11|13)\s+(?:petition|case|proceeding)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Bankruptcy();

    /// <summary>Arbitration or an appraisal.</summary>
    [GeneratedRegex(@"\barbitra\w*|\bappraisal\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Arbitration();

    /// <summary>An appeal (not a board of appeals), the Ninth Circuit, the Court of Appeals, a mandate, an interlocutory review.</summary>
    [GeneratedRegex(@"\bappeal\w*(?<!\bBoard\s+of\s+(?:\w+\s+){0,3}appeal\w*)|\bNinth\s+Circuit\b|\bCourt\s+of\s+Appeals\b|\bappellate\b|\bmandate\b|\binterlocutory\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Appeal();

    /// <summary>Certiorari or the (U.S.) Supreme Court.</summary>
    [GeneratedRegex(@"\bcertiorari\b|\bSupreme\s+Court\b(?!\s+of\s+(?:California|the\s+State))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Certiorari();

    /// <summary>Another proceeding: a related, criminal, state-court, MDL, parallel or underlying case; Younger, Heck.</summary>
    [GeneratedRegex(@"\brelated\s+(?:case|action|matter|proceeding|litigation)s?\b|\bcriminal\b|\bstate[\s-]+court\b|\bstate\s+(?:action|case|proceedings?|prosecution|charges)\b|\bMDL\b|\bmulti-?district\b|\bJudicial\s+Panel\b|\bYounger\b|\bHeck\b|\bparallel\b|\b(?:other|another|companion|underlying|separate|pending)\s+(?:case|action|lawsuit|litigation|proceedings?)\b|\ben\s+banc\b|\bprosecution\b|\bindictment\b|\bclass\s+action\b|\bremand(?:ed)?\s+proceedings\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelatedCase();

    /// <summary>Settlement, mediation, negotiations, the resolution of the action, an early evaluation.</summary>
    [GeneratedRegex(@"\bsettle\w*|\bmediat\w*|\bnegotiat\w*|\bresolution\s+of\s+(?:the|this)\s+(?:action|case|matter|dispute|claims)\b|\bearly\s+(?:neutral\s+)?evaluation\b|\bsettlement\s+conference\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Settlement();
}
