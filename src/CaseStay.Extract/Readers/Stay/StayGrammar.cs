using System.Text.RegularExpressions;

namespace CaseStay.Extract.Readers.Stay;

/// <summary>
/// The grammar of a stay decision, clause by clause, case-insensitive:
/// <list type="bullet">
/// <item>a request granted or denied: <c>motion|request|application|stipulation … to|for … stay … (ECF No. n) … is GRANTED</c>;</item>
/// <item>the court acting: <c>the Court (hereby|will) stays|grants … stay|denies … stay|lifts|vacates|extends|continues the stay</c>, <c>declines to stay</c>;</item>
/// <item>a subject stayed: <c>this action|the case|proceedings|claims against X|discovery … is|are|be|remains (hereby) STAYED|held in abeyance|administratively closed</c>;</item>
/// <item>the stay itself: <c>the stay … is lifted|vacated|dissolved</c> (lift) or <c>is extended|continued|modified|remains in effect</c> (stay);</item>
/// <item>a conclusion of the reasoning: <c>the circumstances warrant a stay</c>, <c>a stay is appropriate</c>.</item>
/// </list>
/// Speech-act guards: a recommendation (<c>recommends that … be granted</c>), a party's request (<c>Plaintiff asks that
/// the action be stayed</c>), past-tense background (<c>was stayed on</c>, <c>was granted</c>), a modal (<c>should be
/// stayed</c>), a condition (<c>if … the stay will be lifted</c>) and a citation's parenthetical do not decide.
/// </summary>
internal static partial class StayGrammar
{
    /// <summary>Reads every stay decision in one clause, in order.</summary>
    /// <param name="clause">The clause (cleaned text).</param>
    /// <param name="conclusions">Also read conclusions of the reasoning ("a stay is warranted").</param>
    /// <returns>The readings; empty when the clause says nothing about a stay.</returns>
    public static List<ClauseReading> Read(Clause clause, bool conclusions = false)
    {
        var text = clause.Text;
        var readings = new List<ClauseReading>();
        if (!StayWord().IsMatch(text))
        {
            return readings;
        }

        var taken = new List<(int Start, int End)>();
        // Each form needs its words: a cheap look for them first keeps the grammar fast on long reasoning.
        var decided = Has(text, "granted") || Has(text, "denied") || Has(text, "approved") || Has(text, "adopted");
        foreach (var m in decided ? RequestDecided().Matches(text) : (IEnumerable<Match>)[])
        {
            var head = m.Groups["g1"].Value + " " + m.Groups["stay"].Value;
            var granted = !m.Groups["v"].Value.StartsWith('d') && !m.Groups["v"].Value.StartsWith('D');
            var verdict = Background().IsMatch(m.Groups["g2"].Value) ? StayVerdict.Mention
                : LiftWord().IsMatch(head) ? (granted ? StayVerdict.Lift : StayVerdict.DenyLift)
                : granted ? StayVerdict.Stay : StayVerdict.Deny;
            Add(readings, taken, clause, m, verdict);
        }

        foreach (var m in Has(text, "court") || Has(text, "undersigned") || Has(text, "and will") || Has(text, "and hereby") ? CourtActs().Matches(text) : (IEnumerable<Match>)[])
        {
            if (Overlaps(taken, m))
            {
                continue;
            }

            // "the Court DENIES the motion to dismiss, DENIES sanctions, and GRANTS the stay of discovery": one
            // subject, several coordinated acts, each read with its own object.
            var negative = m.Groups["neg"].Success;
            var verb = m.Groups["v"].Value;
            var obj = m.Groups["obj"].Value;
            var objStart = m.Groups["obj"].Index;
            var partyAsks = PartyRequest().IsMatch(text.AsSpan(0, m.Index));
            var any = false;
            while (true)
            {
                var next = NextVerb().Match(obj);
                var segment = next.Success ? obj[..next.Index] : obj;
                var verdict = CourtAct(verb, segment, negative);
                if (verdict != StayVerdict.None)
                {
                    readings.Add(new ClauseReading(partyAsks ? StayVerdict.Mention : verdict, clause, any ? objStart : m.Index));
                }

                any = true;
                if (!next.Success || !next.Groups["v"].Success)
                {
                    break;
                }

                verb = next.Groups["v"].Value;
                negative = false;
                objStart += next.Index + next.Length;
                obj = obj[(next.Index + next.Length)..];
            }

            taken.Add((m.Index, m.Index + m.Length));
        }

        foreach (var m in Has(text, "stay") ? StayDisposed().Matches(text) : (IEnumerable<Match>)[])
        {
            if (Overlaps(taken, m))
            {
                continue;
            }

            var v = m.Groups["v"].Value.ToLowerInvariant();
            var not = m.Groups["not"].Success;
            var lift = v is "lifted" or "vacated" or "dissolved" or "terminated";
            var verdict = lift ? (not ? StayVerdict.Stay : StayVerdict.Lift)
                : v == "denied" ? StayVerdict.Deny
                : not ? StayVerdict.Deny : StayVerdict.Stay;
            if (lift && Condition().IsMatch(text))
            {
                verdict = StayVerdict.Mention;
            }

            Add(readings, taken, clause, m, verdict);
        }

        foreach (var m in Has(text, "stayed") || Has(text, "abeyance") ? SubjectStayed().Matches(text) : (IEnumerable<Match>)[])
        {
            if (Overlaps(taken, m))
            {
                continue;
            }

            var prefix = text.AsSpan(0, m.Index);
            var modal = Modal().IsMatch(prefix) && !Decided().IsMatch(m.Value);
            var requested = m.Groups["be"].Success && RequestThat().IsMatch(prefix);
            var verdict = modal || requested || PartyRequest().IsMatch(prefix) ? StayVerdict.Mention
                : m.Groups["not"].Success ? StayVerdict.Deny
                : StayVerdict.Stay;
            Add(readings, taken, clause, m, verdict);
        }

        if (conclusions && (Has(text, "warrant") || Has(text, "justif") || Has(text, "appropriate") || Has(text, "proper")))
        {
            foreach (Match m in Conclusion().Matches(text))
            {
                if (!Overlaps(taken, m))
                {
                    var open = Question().IsMatch(text.AsSpan(0, m.Index));
                    Add(readings, taken, clause, m, open ? StayVerdict.Mention : m.Groups["neg"].Success ? StayVerdict.Deny : StayVerdict.Stay);
                }
            }
        }

        if (readings.Count > 0)
        {
            // "The findings and recommendations … are ADOPTED": an order adopting them decides what they recommended.
            var recommends = Recommendation().IsMatch(text) && !Adopted().IsMatch(text);
            var cited = CitationOpening().IsMatch(text);
            for (var i = 0; i < readings.Count; i++)
            {
                if (recommends)
                {
                    readings[i] = readings[i] with { Verdict = StayVerdict.Recommend };
                }
                else if (cited || InsideParentheses(text, readings[i].Index))
                {
                    readings[i] = readings[i] with { Verdict = StayVerdict.Mention };
                }
            }
        }

        readings.Sort((a, b) => a.Index.CompareTo(b.Index));
        return readings;
    }

    /// <summary>True when the text speaks of a stay at all (stay, stayed, staying, abeyance).</summary>
    public static bool MentionsStay(string text) => StayWord().IsMatch(text);

    private static StayVerdict CourtAct(string verb, string obj, bool negative)
    {
        verb = verb.ToLowerInvariant();
        var objStay = StayWord().IsMatch(obj);
        var objLift = LiftWord().IsMatch(obj);
        var soonStay = SoonStay().IsMatch(obj);
        if (verb.StartsWith("stay", StringComparison.Ordinal))
        {
            return negative ? StayVerdict.Deny : StayVerdict.Stay;
        }

        if (verb.StartsWith("grant", StringComparison.Ordinal))
        {
            return !objStay ? StayVerdict.None : negative ? StayVerdict.Deny : objLift ? StayVerdict.Lift : StayVerdict.Stay;
        }

        if (verb.StartsWith("den", StringComparison.Ordinal))
        {
            return !objStay ? StayVerdict.None : objLift ? StayVerdict.DenyLift : StayVerdict.Deny;
        }

        if (verb.StartsWith("hold", StringComparison.Ordinal))
        {
            return obj.Contains("abeyance", StringComparison.OrdinalIgnoreCase) ? (negative ? StayVerdict.Deny : StayVerdict.Stay) : StayVerdict.None;
        }

        if (verb.StartsWith("lift", StringComparison.Ordinal) || verb.StartsWith("vacate", StringComparison.Ordinal)
            || verb.StartsWith("dissolve", StringComparison.Ordinal) || verb.StartsWith("terminate", StringComparison.Ordinal))
        {
            return !soonStay ? StayVerdict.None : negative ? StayVerdict.DenyLift : StayVerdict.Lift;
        }

        // extends / continues / modifies the stay
        return !soonStay ? StayVerdict.None : negative ? StayVerdict.Deny : StayVerdict.Stay;
    }

    private static bool InsideParentheses(string text, int index)
    {
        var depth = 0;
        for (var i = 0; i < index; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => depth > 0 ? -1 : 0, _ => 0 };
        }

        return depth > 0;
    }

    private static void Add(List<ClauseReading> readings, List<(int Start, int End)> taken, Clause clause, Match m, StayVerdict verdict)
    {
        taken.Add((m.Index, m.Index + m.Length));
        if (verdict != StayVerdict.None)
        {
            readings.Add(new ClauseReading(verdict, clause, m.Index));
        }
    }

    private static bool Overlaps(List<(int Start, int End)> taken, Match m)
    {
        foreach (var (start, end) in taken)
        {
            if (m.Index < end && start < m.Index + m.Length)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:sta(?:y|ys|yed|ying)|abeyance)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StayWord();

    [GeneratedRegex(@"\b(?:lift(?:s|ed|ing)?|vacat(?:e|es|ed|ing)|dissolv(?:e|es|ed|ing)|terminat(?:e|es|ed|ing))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LiftWord();

    // motion|request|application|stipulation … (to|for) … stay … (ECF No. n) … is GRANTED|DENIED
    [GeneratedRegex(@"\b(?:motions?|requests?|applications?|stipulations?|petitions?|proposals?)\b(?<g1>(?:(?!\b(?:grant(?:ed|s|ing)?|den(?:ied|y|ies|ying)|is|are|was|were)\b).){0,200}?)\b(?<stay>sta(?:y|yed|ying)|abeyance)\b(?<g2>(?:(?!\b(?:grant(?:ed|s)?|den(?:ied|y|ies)|recommend\w*)\b).){0,200}?)\b(?<v>granted|approved|adopted|denied)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RequestDecided();

    // the Court (hereby|will) stays|grants|denies|lifts|vacates|extends|continues|holds … ; declines to stay
    [GeneratedRegex(@"(?:\b(?:court|undersigned)\s+|\band\s+(?=will\s|hereby\s))(?:(?:hereby|therefore|also|further|now|accordingly|thus|will|shall|must|instead|,)\s*){0,3}(?<neg>(?:will\s+|shall\s+)?not\s+|declines?\s+to\s+|refuses?\s+to\s+|is\s+not\s+inclined\s+to\s+)?(?<v>stays?|grants?|denies|deny|lifts?|vacates?|extends?|continues?|holds?|dissolves?|modif(?:y|ies)|terminates?)\b(?<obj>.{0,200})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CourtActs();

    [GeneratedRegex(@"\b(?<v>stays|grants?|denies|lifts|vacates|extends|continues|holds|dissolves|modifies|terminates)\b|\b(?:granted|denied)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NextVerb();

    [GeneratedRegex(@"^\W*(?:(?:the|its|this|that|said|a|an|current|existing|present|previously|entered|imposed|ordered|prior|earlier|temporary|partial|further|case's|action's)\s+){0,4}stay\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SoonStay();

    // the stay … is lifted|vacated|dissolved|extended|continued|remains in effect
    [GeneratedRegex(@"\bstay\b(?<g>(?:(?!\b(?:motions?|requests?|applications?|granted|denied|was|were)\b).){0,140}?)\b(?:is|are|be|remains?|remain|shall|will)\s+(?:(?:hereby|further|also|and|shall|is|be|otherwise|immediately|now|therefore|accordingly)\s+){0,3}(?<not>not\s+(?:be\s+)?)?(?<v>lifted|vacated|dissolved|terminated|extended|continued|modified|renewed|granted|denied|in\s+(?:full\s+)?(?:force|effect|place))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StayDisposed();

    // X is|are|be|remains (hereby) STAYED | held in abeyance | administratively closed
    [GeneratedRegex(@"\b(?:is|are|(?<be>be)|remains?|remain)\s+(?:(?:hereby|further|also|otherwise|immediately|now|temporarily|therefore|again|and|shall|will|be|is|presently|currently|still|once|accordingly)\s+){0,4}(?<not>not\s+)?(?:stayed|held\s+in\s+abeyance|administratively\s+(?:closed|stayed)|in\s+abeyance)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectStayed();

    [GeneratedRegex(@"\b(?:hereby|is|are)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Decided();

    // "… should be stayed", "whether to be stayed": a modal right before the verb phrase.
    [GeneratedRegex(@"\b(?:should|would|could|may|might|can|whether(?:\s+to)?)\s+(?:not\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Modal();

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    // A conclusion of the reasoning: "the circumstances warrant a stay", "a stay is appropriate".
    [GeneratedRegex(@"(?<neg>\b(?:no|not|n't)\s+(?:\w+\s+){0,2})?\b(?:warrants?|warranted|justif(?:y|ies))\s+(?:a\s+|the\s+(?:requested\s+)?)?stay\b|(?<neg>\bno\s+)?\bstay\s+(?:is|are|would\s+be)\s+(?<neg>not\s+)?(?:therefore\s+|thus\s+|hereby\s+)?(?:warranted|appropriate|justified|proper)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Conclusion();

    [GeneratedRegex(@"\b(?:was|were|had\s+been|has\s+been|have\s+been|previously)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Background();

    // A party asks for the stay: "Plaintiff requests that the action be stayed", "the parties ask the Court to stay".
    [GeneratedRegex(@"\b(?:plaintiffs?|defendants?|petitioners?|respondents?|parties|party|movants?|counsel|government|intervenors?|he|she|they)(?:'s?|s')?\s+(?:\w+\s+){0,3}(?:requests?|requested|asks?|asked|moves?|moved|seeks?|sought|urges?|urged|proposes?|proposed|argues?|argued|contends?|contended|wants?|prays?)\b(?!.*\b(?:granted|ORDERED)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartyRequest();

    // "… request that this matter be stayed": a subjunctive after a request is the request, not the decision.
    [GeneratedRegex(@"\b(?:requests?|requested|asks?|asked|moves?|moved|urges?|urged|proposes?|proposed|seeks?|sought|prays?|prayed|argues?|argued|contends?|contended)\s+(?:\w+\s+){0,3}that\b(?!.*\b(?:granted|ORDERED)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RequestThat();

    [GeneratedRegex(@"\b(?:whether|if|when|unless|courts)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:if|unless|in\s+the\s+event|should\s+the|once|when|whenever|automatically|upon\s+(?:the\s+)?(?:completion|conclusion|resolution|filing|receipt|notice|expiration|issuance))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Condition();

    [GeneratedRegex(@"\b(?:adopted|adopts|adopting)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Adopted();

    [GeneratedRegex(@"\brecommend", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Recommendation();

    // A citation's clause: "See …", "cf. …", "citing …", "quoting …".
    [GeneratedRegex(@"^\W*(?:see|cf\.|accord|citing|quoting|compare)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CitationOpening();
}
