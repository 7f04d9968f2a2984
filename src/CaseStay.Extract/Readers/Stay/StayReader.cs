using System.Text.RegularExpressions;
using CaseStay.Extract.Courts;
using CaseStay.Extract.Pipeline;
using CaseStay.Extract.Regions;

namespace CaseStay.Extract.Readers.Stay;

/// <summary>
/// Decides whether the document stays the action (or part of it), what kind of stay it is, and if not, why not.
/// Reads, in order: the document type (only orders decide stays); the clauses of the operative part; the title;
/// and, only when the text ends before any operative part, the court's own conclusions in the reasoning. The kind
/// comes from what is granted, through <see cref="StayKindTable"/>.
/// </summary>
internal static partial class StayReader
{
    /// <summary>The pipeline's reader: sets the document type, the decision, the stay or the reason.</summary>
    /// <param name="bucket">The fields so far (title and body start are read).</param>
    public static void Read(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        var bodyStart = Math.Clamp(bucket.BodyStart, 0, flow.Length);
        var decision = Decide(bucket.Title, flow[..bodyStart], flow[bodyStart..], bucket.Options.Court.StayKinds);
        bucket.DocumentType = decision.DocumentType;
        bucket.IsStayOrder = decision.IsStayOrder;
        bucket.Stay = decision.Stay;
        bucket.NotStayReason = decision.Reason;
    }

    /// <summary>Decides from a title, the text before the body (caption) and the body.</summary>
    /// <param name="title">The title, or null.</param>
    /// <param name="caption">The text before the body.</param>
    /// <param name="bodyText">The body.</param>
    /// <param name="stayKinds">The court's stay-kind table; null: E.D. Cal.'s.</param>
    /// <returns>The decision.</returns>
    public static StayDecision Decide(string? title, string caption, string bodyText, IReadOnlyList<StayKindRule>? stayKinds = null)
    {
        stayKinds ??= CourtProfiles.EasternDistrictOfCalifornia.StayKinds;
        var body = StayText.Clean(bodyText);
        var headEnd = Math.Min(body.Length, 600);
        // The whole text (caption and body) is needed only to tell a signed stipulation from a party's paper: built on demand.
        var type = DocumentTypeReader.Read(title, caption + "\n" + body[..headEnd], () => caption + "\n" + body);
        var mentions = StayGrammar.MentionsStay(bodyText) || StayGrammar.MentionsStay(title ?? string.Empty);
        if (type == DocumentTypes.FindingsAndRecommendations)
        {
            return Not(type, mentions ? NotStayReasons.RecommendsStay : NotStayReasons.NoStayLanguage,
                mentions ? "Findings and recommendations: they recommend a ruling on the stay; they do not order one."
                         : "Findings and recommendations, not an order.");
        }

        if (!DocumentTypes.IsOrder(type))
        {
            return type is DocumentTypes.Motion or DocumentTypes.Complaint or DocumentTypes.Notice or DocumentTypes.ResponseOrBrief
                ? Not(type, NotStayReasons.MotionNotOrder, $"A party's filing ({type}), not an order of the court.")
                : Not(type, NotStayReasons.NotAnOrder, $"A {type}, not an order: stay decisions come only from orders.");
        }

        var op = OperativePart.Find(body, 0);
        var opReadings = new List<ClauseReading>();
        if (op.Found)
        {
            foreach (var clause in ClauseSplitter.Split(body, op.Start, op.End))
            {
                foreach (var r in StayGrammar.Read(clause))
                {
                    opReadings.Add(op.Recommends && r.Verdict != StayVerdict.Mention ? r with { Verdict = StayVerdict.Recommend } : r);
                }
            }
        }

        var opVerdict = Combine(opReadings);
        var titleVerdict = StayTitle.Read(title);
        var cleanTitle = StayText.Clean(title ?? string.Empty);
        if (titleVerdict == StayVerdict.None)
        {
            // The caption reader may have kept only part of a title that is interleaved with the caption: read the
            // upper-case title runs of the caption and the head of the body too (decision words in any case).
            var printed = PrintedTitle(caption, bodyText);
            if (printed is not null && StayTitle.Read(printed) is var v && v != StayVerdict.None)
            {
                titleVerdict = v;
                cleanTitle = StayText.Clean(printed);
            }
        }

        var opText = op.Found ? body[op.Start..op.End] : string.Empty;
        if (IsDecisive(opVerdict))
        {
            return Decided(type, opVerdict, All(opReadings, opVerdict), cleanTitle, opText, body, stayKinds);
        }

        if (IsDecisive(titleVerdict))
        {
            return Decided(type, titleVerdict, [], cleanTitle, opText, body, stayKinds);
        }

        // The operative part is silent (or not visible): the court's own acts in the reasoning ("the court declines to
        // stay", "the Court will grant the motion to stay"), and, when the text is cut short, its conclusions.
        var bodyReadings = new List<ClauseReading>();
        {
            foreach (var clause in ClauseSplitter.Split(body))
            {
                bodyReadings.AddRange(StayGrammar.Read(clause, conclusions: !op.Found));
            }

            // With an operative part that is silent about a stay, the reasoning can only say why not (the court
            // declines to stay): a stay is imposed by the operative words, not by a sentence of the reasoning.
            var bodyVerdict = Combine(op.Found ? bodyReadings.FindAll(r => r.Verdict != StayVerdict.Stay) : bodyReadings);
            if (IsDecisive(bodyVerdict))
            {
                return Decided(type, bodyVerdict, All(bodyReadings, bodyVerdict), cleanTitle, opText, body, stayKinds);
            }
        }

        var all = opReadings.Concat(bodyReadings).ToList();
        if (all.Exists(r => r.Verdict == StayVerdict.Recommend))
        {
            return Not(type, NotStayReasons.RecommendsStay, "The order only recommends a ruling on a stay; it does not order one.");
        }

        if (op.Truncated)
        {
            return Not(type, NotStayReasons.DecisionNotVisible, "The text ends before the operative part: the decision is not visible.");
        }

        if (opVerdict == StayVerdict.DenyLift || titleVerdict == StayVerdict.DenyLift)
        {
            return Not(type, NotStayReasons.MentionsStay, "The order denies a request to lift the stay but does not extend or continue it.");
        }

        return mentions
            ? Not(type, NotStayReasons.MentionsStay, "The order mentions a stay but does not stay the action.")
            : Not(type, NotStayReasons.NoStayLanguage, "The order does not speak of a stay.");
    }

    /// <summary>
    /// The title as printed in the caption: the upper-case runs from the first one that opens with ORDER or
    /// STIPULATION, joined, so that a title split by caption columns ("… MOTION 13 v. ) TO STAY DISCOVERY") reads whole.
    /// </summary>
    internal static string? PrintedTitle(string caption, string bodyText)
    {
        var head = caption + "\n" + bodyText[..Math.Min(bodyText.Length, 400)];
        var first = TitleRun().Match(head);
        if (!first.Success)
        {
            return null;
        }

        var end = Math.Min(head.Length, Math.Max(caption.Length, first.Index + first.Length) + 1);
        end = Math.Min(end, first.Index + 600);
        var parts = new List<string>();
        for (var m = UpperRun().Match(head, first.Index); m.Success && m.Index < end; m = m.NextMatch())
        {
            parts.Add(m.Value.Trim());
        }

        return string.Join(' ', parts);
    }

    private static StayDecision Decided(string type, StayVerdict verdict, List<ClauseReading> granting, string title, string opText, string body, IReadOnlyList<StayKindRule> stayKinds)
    {
        if (verdict == StayVerdict.Lift)
        {
            return Not(type, NotStayReasons.LiftsStay, "The order lifts a stay; it does not stay the action.");
        }

        if (verdict == StayVerdict.Deny)
        {
            return Not(type, NotStayReasons.DeniesStay, "The order denies a stay.");
        }

        var clauses = granting.Select(ClauseFrom).ToList();
        var kind = clauses.Select(c => StayKindTable.Match(c, KindSource.Clause, stayKinds)).FirstOrDefault(k => k is not null)
            ?? StayKindTable.Match(title, KindSource.Title, stayKinds)
            ?? (opText.Length > 0 ? StayKindTable.Match(opText, KindSource.Operative, stayKinds) : null)
            ?? StayKindTable.Match(body, KindSource.Body, stayKinds)
            ?? StayKinds.Other;
        var scope = body.Contains("except as set forth herein", StringComparison.OrdinalIgnoreCase) ? "except as set forth herein"
            : kind == StayKinds.Discovery ? "discovery"
            : null;
        string? until = null;
        foreach (var clause in clauses)
        {
            if (Until().Match(clause) is { Success: true } u)
            {
                until = u.Groups["until"].Value.TrimEnd(Shared.TrimChars.PeriodCommaSemicolonColonSpace);
                break;
            }
        }

        return new StayDecision(type, true, new StayInfo(kind, scope, until, Vacated().IsMatch(body)), null);
    }

    // The granting clause from its subject on: a little before the matched words, never across another decision.
    private static string ClauseFrom(ClauseReading reading)
    {
        var text = reading.Clause.Text;
        var from = Math.Max(0, reading.Index - 80);
        var prefix = text[from..reading.Index];
        var cut = PreviousDecision().Match(prefix);
        return cut.Success ? text[(from + cut.Index + cut.Length)..] : text[from..];
    }

    private static bool IsDecisive(StayVerdict v) => v is StayVerdict.Stay or StayVerdict.Lift or StayVerdict.Deny;

    private static StayVerdict Combine(List<ClauseReading> readings)
    {
        // The strongest verdict among the readings, in the order Stay, Lift, Deny, DenyLift, Recommend, Mention.
        var best = StayVerdict.None;
        var bestRank = int.MaxValue;
        foreach (var r in readings)
        {
            var rank = r.Verdict switch
            {
                StayVerdict.Stay => 0,
                StayVerdict.Lift => 1,
                StayVerdict.Deny => 2,
                StayVerdict.DenyLift => 3,
                StayVerdict.Recommend => 4,
                StayVerdict.Mention => 5,
                _ => int.MaxValue,
            };
            if (rank < bestRank)
            {
                (best, bestRank) = (r.Verdict, rank);
            }
        }

        return best;
    }

    private static List<ClauseReading> All(List<ClauseReading> readings, StayVerdict v) => readings.FindAll(r => r.Verdict == v);

    private static StayDecision Not(string type, string code, string message) => new(type, false, null, new NotStayReason(code, message));

    [GeneratedRegex(@"(?<![A-Za-z])(?:\[PROPOSED\]\s+)?(?:ORDER|(?:JOINT\s+)?STIPULAT(?:ION|ED))\b(?:[\s,;:&'’\-\(\)\[\]\.§0-9]|\b[A-Z][A-Z'’.]*\b|\b(?i:stay(?:s|ed|ing)?|abeyance|granted|denied|lift(?:ed)?|vacated)\b)*", RegexOptions.CultureInvariant)]
    private static partial Regex TitleRun();

    [GeneratedRegex(@"(?:\b[A-Z][A-Z'’.]*\b|\b(?i:stay(?:s|ed|ing)?|abeyance|granted|denied|lift(?:ed)?|vacated)\b)(?:[\s,;:&'’\-\(\)\[\]\.§0-9]|\b[A-Z][A-Z'’.]*\b|\b(?i:stay(?:s|ed|ing)?|abeyance|granted|denied|lift(?:ed)?|vacated)\b)*", RegexOptions.CultureInvariant)]
    private static partial Regex UpperRun();

    [GeneratedRegex(@"(?s:.*)\b(?:granted|denied|GRANTS|DENIES)\b\W*(?:and\s+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PreviousDecision();

    [GeneratedRegex(@"\b(?<until>(?:pending|until)\b.{3,160}?)(?:[.;]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Until();

    [GeneratedRegex(@"\b(?:deadlines|dates|hearings)\b[^.]{0,60}?\b(?:are|is|be)\s+(?:hereby\s+)?VACATED\b|\bvacates\s+all\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Vacated();
}
