using System.Globalization;
using CaseStay.Extract.Deadlines;
using CaseStay.Extract.Pipeline;
using CaseStay.Extract.Regions;
using NodaTime.Text;
using NodaTime;

namespace CaseStay.Extract.Readers.Deadlines;

/// <summary>
/// Finds the deadlines an order imposes and computes their due dates under Fed. R. Civ. P. 6(a): the operative
/// sentences (<see cref="OperativeSentence"/>) are read with the phrase grammar (<see cref="DeadlineGrammar"/>),
/// each phrase is anchored (dated line, docket entry, service, an event, a printed date, a fixed date) and
/// counted (<see cref="Rule6Calculator"/>). A phrase that looks like a period but is not understood is reported
/// (warning <c>deadline-not-understood</c>), never turned into a date.
/// </summary>
internal static class DeadlineExtractor
{
    private static readonly Rule6Calculator s_federal = new(HolidayCalendar.Federal);
    private static readonly Rule6Calculator s_california = new(HolidayCalendar.FederalAndCalifornia);

    private sealed record Region(int Start, int End, bool Ordering);

    public static void Extract(StayOrderBucket bucket)
    {
        var scope = OperativeSentence.DocumentScope(bucket);
        if (scope == OperativeSentence.Scope.None)
        {
            return;
        }

        var doc = bucket.Document;
        var flow = doc.Flow;
        var aside = new bool[flow.Length + 1];
        foreach (var (start, end) in bucket.FootnoteLines.Select(i => (doc.Lines[i].FlowStart, doc.Lines[i].FlowEnd))
            .Concat(CmEcfStamp.FilingStamp().Matches(flow).Select(m => (m.Index, m.Index + m.Length))))
        {
            Array.Fill(aside, true, start, Math.Max(0, Math.Min(end, flow.Length) - start));
        }

        var directives = DirectiveRanges(bucket);
        var regions = Regions(bucket, scope, directives);
        var calculator = new Rule6Calculator(bucket.Options.HolidayCalendar);
        var context = new Context(bucket, calculator, directives) { TextSource = () => TextSegment.From(flow, 0, flow.Length, aside).Text };
        foreach (var region in regions)
        {
            var segment = TextSegment.From(flow, region.Start, region.End, aside);
            foreach (var (sStart, sEnd) in Boundaries.Sentences(segment.Text))
            {
                bucket.CancellationToken.ThrowIfCancellationRequested();
                var sentence = segment.Text[sStart..sEnd];
                ReadSentence(context, scope, region.Ordering, segment, sStart, sentence);
            }
        }
    }

    private sealed class Context(StayOrderBucket bucket, Rule6Calculator calculator, List<(int Index, int Start, int End)> directives)
    {
        public StayOrderBucket Bucket { get; } = bucket;
        public Rule6Calculator Calculator { get; } = calculator;
        public List<(int Index, int Start, int End)> Directives { get; } = directives;
        public bool WarnedUndated { get; set; }

        private string? _text;

        /// <summary>Builds <see cref="Text"/> when first needed.</summary>
        public Func<string> TextSource { get; init; } = () => string.Empty;

        /// <summary>The whole text (footnotes and stamps left out, white space collapsed), where an event's date may be printed.</summary>
        public string Text => _text ??= TextSource();
    }

    private static void ReadSentence(Context ctx, OperativeSentence.Scope scope, bool ordering, TextSegment segment, int sStart, string sentence)
    {
        if (!MayHoldAPeriod(sentence))
        {
            // Most sentences name no number, unit or date: the grammar is not run on them.
            return;
        }

        var bucket = ctx.Bucket;
        var objections = scope == OperativeSentence.Scope.Objections;
        if (objections ? !OperativeSentence.IsObjectionPeriod(sentence) : !OperativeSentence.IsOperative(sentence, 0, ordering))
        {
            return;
        }

        var phrases = DeadlineGrammar.Parse(sentence);

        SourceSpan SpanOf(int start, int end) =>
            bucket.Document.Span(segment.FlowIndex(sStart + start), segment.FlowIndex(sStart + Math.Max(start, end - 1)) + 1);

        foreach (var (start, end) in DeadlineGrammar.NotUnderstood(sentence, phrases))
        {
            bucket.Warnings.Add(new ExtractionWarning(WarningCodes.DeadlineNotUnderstood,
                $"'{sentence[start..end]}' looks like a deadline but was not understood; no date was computed.", SpanOf(start, end)));
        }

        if (phrases.Count == 0)
        {
            return;
        }

        var obligor = OperativeSentence.Obligor(sentence);
        var description = sentence.Length > 300 ? sentence[..300] + "…" : sentence;
        var inSentence = new List<Deadline>();
        foreach (var p in phrases)
        {
            if (!objections && OperativeSentence.InsideQuotation(sentence, p.Start))
            {
                continue;
            }

            var span = SpanOf(p.Start, p.End);
            var flowAt = segment.FlowIndex(sStart + p.Start);
            var directiveIndex = ctx.Directives.FirstOrDefault(d => flowAt >= d.Start && flowAt < d.End).Index;
            var baseline = new Deadline(directiveIndex, description, null, DeadlineTriggers.OrderDate, null, null, null, false, string.Empty)
            {
                Kind = objections ? DeadlineKinds.Objections : DeadlineKinds.Directive,
                Obligor = obligor,
                Phrase = sentence[p.Start..p.End],
                PhraseSpan = span,
            };

            if (p.Recurring && inSentence.Count > 0 && (p.Thereafter || p.Anchor == DeadlineAnchors.OrderDate) && inSentence[^1] is { Recurring: false } previous)
            {
                // "within ninety (90) days … and every ninety (90) days thereafter": one recurring duty.
                var interval = ToPeriod(p);
                var merged = previous with
                {
                    Recurring = true,
                    Interval = interval,
                    RecursUntil = p.Until,
                    Explanation = previous.Explanation.TrimEnd('.') + $"; recurring: then every {Describe(p)} after that{(p.Until is null ? string.Empty : " " + p.Until)}.",
                };
                ReplaceLast(bucket, inSentence, merged);
                continue;
            }

            var deadline = Build(ctx, p, baseline, inSentence.Count > 0 ? inSentence[^1] : null);
            if (p.Problem is not null)
            {
                bucket.Warnings.Add(new ExtractionWarning(WarningCodes.DeadlineNotUnderstood,
                    $"'{baseline.Phrase}': {p.Problem}; no date was computed.", span));
            }

            bucket.Deadlines.Add(deadline);
            inSentence.Add(deadline);
        }
    }

    private static bool MayHoldAPeriod(string sentence)
    {
        var span = sentence.AsSpan();
        return span.IndexOfAnyInRange('0', '9') >= 0
            || span.Contains("day", StringComparison.OrdinalIgnoreCase)
            || span.Contains("week", StringComparison.OrdinalIgnoreCase)
            || span.Contains("month", StringComparison.OrdinalIgnoreCase)
            || span.Contains("year", StringComparison.OrdinalIgnoreCase)
            || span.Contains("hour", StringComparison.OrdinalIgnoreCase);
    }

    private static void ReplaceLast(StayOrderBucket bucket, List<Deadline> inSentence, Deadline merged)
    {
        var at = bucket.Deadlines.LastIndexOf(inSentence[^1]);
        bucket.Deadlines[at] = merged;
        inSentence[^1] = merged;
    }

    private static Deadline Build(Context ctx, PhraseMatch p, Deadline d, Deadline? previous)
    {
        var bucket = ctx.Bucket;
        if (p.FixedDate is { } fixedDate)
        {
            var due = p.StrictlyBefore ? fixedDate.PlusDays(-1) : fixedDate;
            var note = ctx.Calculator.IsWeekendOrHoliday(due)
                ? $" It is a {(due.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? due.DayOfWeek.ToString() : "legal holiday")}: Rule 6(a) moves periods, not a date the court set, so it is kept as printed — confirm with chambers."
                : string.Empty;
            return d with
            {
                Trigger = DeadlineTriggers.FixedDate,
                Anchor = DeadlineAnchors.FixedDate,
                Direction = "on",
                Due = due,
                UnadjustedDue = due,
                DueTime = p.Time,
                AnchorDate = fixedDate,
                Explanation = (p.StrictlyBefore
                    ? $"The order sets the date: before {Iso(fixedDate)}, so the last day is {due.DayOfWeek} {Iso(due)}."
                    : $"The order sets the date itself: {due.DayOfWeek} {Iso(due)}{(p.Time is { } t ? " at " + t.ToString("h:mm tt", CultureInfo.InvariantCulture) : string.Empty)}.") + note,
            };
        }

        var period = ToPeriod(p);
        d = d with
        {
            Period = period,
            Unit = p.UnitName,
            Direction = p.Direction == CountDirection.Backward ? "before" : "after",
            Anchor = p.Anchor,
            Recurring = p.Recurring,
            Interval = p.Recurring ? period : null,
            RecursUntil = p.Until,
        };
        var recurring = p.Recurring ? $"; recurring: every {Describe(p)}{(p.Until is null ? string.Empty : " " + p.Until)}, each occurrence adjusted the same way" : string.Empty;

        if (p.Problem is not null)
        {
            return d with
            {
                Trigger = DeadlineTriggers.Event,
                TriggerText = p.AnchorText,
                Explanation = $"Not computed: {p.Problem}.",
            };
        }

        LocalDate anchorDate;
        string from;
        switch (p.Anchor)
        {
            case DeadlineAnchors.OrderDate:
                if (bucket.Dated is not { } dated)
                {
                    WarnUndated(ctx, d.PhraseSpan);
                    return d with { Trigger = DeadlineTriggers.OrderDate, Explanation = $"{Describe(p)} {d.Direction} the order's date, which is not printed: no due date." };
                }

                anchorDate = dated;
                from = "measured from the order's dated line";
                d = d with { Trigger = DeadlineTriggers.OrderDate };
                break;
            case DeadlineAnchors.Entry:
                if (bucket.FilingStamp?.Filed is { } filed)
                {
                    anchorDate = filed;
                    from = $"measured from the order's entry on the docket: the CM/ECF stamp's filed date {Iso(filed)}";
                }
                else if (bucket.Dated is { } entryDated)
                {
                    anchorDate = entryDated;
                    from = $"measured from the order's entry on the docket: no CM/ECF stamp is printed, so the dated line {Iso(entryDated)} stands for it (check the docket's entry date)";
                }
                else
                {
                    WarnUndated(ctx, d.PhraseSpan);
                    return d with { Trigger = DeadlineTriggers.OrderDate, Explanation = $"{Describe(p)} {d.Direction} the order's entry on the docket; neither a CM/ECF stamp nor a dated line is printed: no due date." };
                }

                d = d with { Trigger = DeadlineTriggers.OrderDate };
                break;
            case DeadlineAnchors.EventDate:
                anchorDate = p.AnchorDate!.Value;
                from = $"measured from {p.AnchorText}, printed as {anchorDate.DayOfWeek} {Iso(anchorDate)}";
                d = d with { Trigger = DeadlineTriggers.Event, TriggerText = p.AnchorText };
                break;
            case DeadlineAnchors.Event when p.Thereafter && previous?.Due is { } previousDue:
                anchorDate = previousDue;
                from = $"measured from the duty before it in the same sentence ({previous.Phrase}, due {Iso(previousDue)})";
                d = d with { Trigger = DeadlineTriggers.Event, TriggerText = p.AnchorText };
                break;
            case DeadlineAnchors.Event when p.AnchorText is { } named && DeadlineGrammar.FindEventDate(ctx.Text, named) is { } set:
                anchorDate = set.Date;
                from = $"measured from {named}, set elsewhere in the order for {anchorDate.DayOfWeek} {Iso(anchorDate)} (\"{set.Evidence}\")";
                d = d with { Trigger = DeadlineTriggers.Event, TriggerText = named, Anchor = DeadlineAnchors.EventDate };
                break;
            case DeadlineAnchors.Service:
                return d with
                {
                    Trigger = DeadlineTriggers.Event,
                    TriggerText = p.AnchorText,
                    Explanation = $"{Describe(p)} {d.Direction} {p.AnchorText}: the date of service is not in the order, so no due date is computed. "
                        + "Served through CM/ECF, service is complete on filing (Fed. R. Civ. P. 5(b)(2)(E)); served by mail, Rule 6(d) adds 3 days." + recurring,
                };
            default:
                return d with
                {
                    Trigger = DeadlineTriggers.Event,
                    TriggerText = p.AnchorText,
                    Explanation = $"{Describe(p)} {d.Direction} {p.AnchorText}: the event's date is not in the order, so no due date is computed." + recurring,
                };
        }

        var result = Count(ctx.Calculator, anchorDate, p);
        d = d with { AnchorDate = anchorDate, Due = result.Due, UnadjustedDue = result.Unadjusted };
        var explanation = result.Explanation + "; " + from;
        if (p.Unit == PeriodUnit.Hours)
        {
            explanation += "; the hour the period starts is not printed, so it is counted from the start of that day (the earliest it can end)";
        }

        var federal = Count(s_federal, anchorDate, p).Due;
        var california = Count(s_california, anchorDate, p).Due;
        if (federal != california)
        {
            d = d with { HolidayDependent = true, DueFederal = federal, DueFederalAndCalifornia = california };
            explanation += $"; holiday-dependent: {Iso(federal)} with federal holidays only, {Iso(california)} with California's too (Rule 6(a)(6)(C)) — calendar the earlier to be safe";
        }

        return d with { Explanation = explanation + recurring + "." };
    }

    private static void WarnUndated(Context ctx, SourceSpan? span)
    {
        if (ctx.WarnedUndated)
        {
            return;
        }

        ctx.WarnedUndated = true;
        ctx.Bucket.Warnings.Add(new ExtractionWarning(WarningCodes.DeadlineWithoutDate,
            "A deadline runs from the order's date, but the order has no dated line; its due date is null.", span));
    }

    private static Rule6Result Count(Rule6Calculator calculator, LocalDate anchor, PhraseMatch p) =>
        calculator.Compute(anchor, p.Count!.Value, p.Unit!.Value, p.Direction);

    private static Period ToPeriod(PhraseMatch p) => p.Unit switch
    {
        PeriodUnit.Weeks => Period.FromWeeks(p.Count!.Value),
        PeriodUnit.Months => Period.FromMonths(p.Count!.Value),
        PeriodUnit.Years => Period.FromYears(p.Count!.Value),
        PeriodUnit.Hours => Period.FromHours(p.Count!.Value),
        _ => Period.FromDays(p.Count!.Value),
    };

    private static string Describe(PhraseMatch p)
    {
        var n = p.Count!.Value;
        var unit = p.UnitName!.Replace('-', ' ');
        return $"{n} {(n == 1 ? unit.TrimEnd('s') : unit)}";
    }

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

    /// <summary>The flow range of every directive, from its provenance.</summary>
    private static List<(int Index, int Start, int End)> DirectiveRanges(StayOrderBucket bucket)
    {
        var doc = bucket.Document;
        var list = new List<(int, int, int)>();
        foreach (var directive in bucket.Directives)
        {
            var span = directive.Span;
            if (span.Line < 1 || span.Line > doc.Lines.Count)
            {
                continue;
            }

            var i = doc.Lines[span.Line - 1].FlowStart;
            while (i < doc.Flow.Length && doc.SourceOffset(i) < span.Start)
            {
                i++;
            }

            var j = i;
            while (j < doc.Flow.Length && doc.SourceOffset(j) < span.End)
            {
                j++;
            }

            if (j > i)
            {
                list.Add((directive.Index, i, j));
            }
        }

        return list;
    }

    private static List<Region> Regions(StayOrderBucket bucket, OperativeSentence.Scope scope, List<(int Index, int Start, int End)> directives)
    {
        var flow = bucket.Document.Flow;
        var body = Math.Clamp(bucket.BodyStart, 0, flow.Length);
        var regions = new List<Region>();
        if (scope == OperativeSentence.Scope.Objections)
        {
            regions.Add(new Region(body, flow.Length, false));
            return regions;
        }

        // From the start: a title read too far (an upper-case directive after "IT IS HEREBY ORDERED that:") must not hide the ordering words.
        var trigger = bucket.Document.OrderingTrigger();
        if (trigger.Success)
        {
            var closing = ClosingLine.Closing().Match(flow, trigger.Index + trigger.Length);
            regions.Add(new Region(trigger.Index, closing.Success ? closing.Index : flow.Length, true));
        }

        foreach (var (_, start, end) in directives)
        {
            if (!regions.Any(r => r.Ordering && start >= r.Start && end <= r.End))
            {
                regions.Add(new Region(start, end, false));
            }
        }

        if (regions.Count == 0)
        {
            var closing = ClosingLine.Closing().Match(flow, body);
            regions.Add(new Region(body, closing.Success ? closing.Index : flow.Length, false));
        }

        // Merge overlaps so no sentence is read twice.
        regions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<Region>();
        foreach (var r in regions)
        {
            if (merged.Count > 0 && r.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new Region(last.Start, Math.Max(last.End, r.End), last.Ordering || r.Ordering);
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }
}
