using NodaTime;

namespace CaseStay.Extract.Pipeline;

/// <summary>
/// What a <see cref="StayOrderBucket"/> holds before a reader runs, so that a reader that throws can be undone
/// completely: its warnings and provenance, every single-value slot (copies of values, no allocation) and the lists
/// of the slots it may fill (<see cref="IFieldReader.Fills"/>: only those are copied, the cost of isolation).
/// </summary>
internal sealed class BucketCheckpoint
{
    private readonly BucketSlots _lists;
    private readonly Court? _court;
    private readonly int _captionStart;
    private readonly CaseNumber? _caseNumber;
    private readonly FilingStamp? _filingStamp;
    private readonly Parties? _parties;
    private readonly string? _title;
    private readonly int _bodyStart;
    private readonly Judge? _judge;
    private readonly LocalDate? _dated;
    private readonly bool _isStayOrder;
    private readonly NotStayReason? _notStayReason;
    private readonly StayInfo? _stay;
    private readonly string _documentType;
    private readonly (int, int)[]? _caseNumberSpans;
    private readonly (int, int)[]? _titleRuns;
    private readonly Directive[]? _directives;
    private readonly Footnote[]? _footnotes;
    private readonly int[]? _footnoteLines;
    private readonly Deadline[]? _deadlines;
    private readonly Citation[]? _citations;
    private readonly Contact[]? _contacts;
    private readonly ProceduralFact[]? _facts;
    private readonly ExtractionWarning[] _warnings;
    private readonly KeyValuePair<FieldKey, SourceSpan>[] _provenance;

    /// <summary>Takes a checkpoint of every slot.</summary>
    /// <param name="b">The bucket.</param>
    public BucketCheckpoint(StayOrderBucket b)
        : this(b, BucketSlots.All)
    {
    }

    /// <summary>Takes the checkpoint: every single value, and the lists of <paramref name="slots"/>.</summary>
    /// <param name="b">The bucket.</param>
    /// <param name="slots">The slots whose lists are kept (a reader's <see cref="IFieldReader.Fills"/>).</param>
    public BucketCheckpoint(StayOrderBucket b, BucketSlots slots)
    {
        _lists = slots;
        (_court, _captionStart, _caseNumber, _filingStamp, _parties, _title) = (b.Court, b.CaptionStart, b.CaseNumber, b.FilingStamp, b.Parties, b.Title);
        (_bodyStart, _judge, _dated, _isStayOrder, _notStayReason, _stay, _documentType) = (b.BodyStart, b.Judge, b.Dated, b.IsStayOrder, b.NotStayReason, b.Stay, b.DocumentType);
        _caseNumberSpans = Keep(slots, BucketSlots.CaseNumberSpans) ? [.. b.CaseNumberSpans] : null;
        _titleRuns = Keep(slots, BucketSlots.TitleRuns) ? [.. b.TitleRuns] : null;
        _directives = Keep(slots, BucketSlots.Directives) ? [.. b.Directives] : null;
        _footnotes = Keep(slots, BucketSlots.Footnotes) ? [.. b.Footnotes] : null;
        _footnoteLines = Keep(slots, BucketSlots.FootnoteLines) ? [.. b.FootnoteLines] : null;
        _deadlines = Keep(slots, BucketSlots.Deadlines) ? [.. b.Deadlines] : null;
        _citations = Keep(slots, BucketSlots.Citations) ? [.. b.Citations] : null;
        _contacts = Keep(slots, BucketSlots.Contacts) ? [.. b.Contacts] : null;
        _facts = Keep(slots, BucketSlots.Facts) ? [.. b.Facts] : null;
        _warnings = [.. b.Warnings];
        _provenance = [.. b.Provenance];
    }

    /// <summary>Puts the bucket back as it was when the checkpoint was taken (the lists of the kept slots).</summary>
    /// <param name="b">The same bucket.</param>
    public void Restore(StayOrderBucket b)
    {
        (b.Court, b.CaptionStart, b.CaseNumber, b.FilingStamp, b.Parties, b.Title) = (_court, _captionStart, _caseNumber, _filingStamp, _parties, _title);
        (b.BodyStart, b.Judge, b.Dated, b.IsStayOrder, b.NotStayReason, b.Stay, b.DocumentType) = (_bodyStart, _judge, _dated, _isStayOrder, _notStayReason, _stay, _documentType);
        Reset(b.CaseNumberSpans, _caseNumberSpans);
        Reset(b.TitleRuns, _titleRuns);
        Reset(b.Directives, _directives);
        Reset(b.Footnotes, _footnotes);
        if (_footnoteLines is not null)
        {
            b.FootnoteLines.Clear();
            b.FootnoteLines.UnionWith(_footnoteLines);
        }

        Reset(b.Deadlines, _deadlines);
        Reset(b.Citations, _citations);
        Reset(b.Contacts, _contacts);
        Reset(b.Facts, _facts);
        Reset(b.Warnings, _warnings);
        b.RestoreProvenance(_provenance);
    }

    /// <summary>The slots whose value, list or provenance differs from the checkpoint (lists: only the kept ones).</summary>
    /// <param name="b">The same bucket.</param>
    /// <returns>The changed slots.</returns>
    public BucketSlots ChangedSince(StayOrderBucket b)
    {
        var changed = BucketSlots.None;
        changed |= Differs(b.Court, _court, BucketSlots.Court) | Differs(b.CaptionStart, _captionStart, BucketSlots.CaptionStart);
        changed |= Differs(b.CaseNumber, _caseNumber, BucketSlots.CaseNumber) | Differs(b.FilingStamp, _filingStamp, BucketSlots.FilingStamp);
        changed |= Differs(b.Parties, _parties, BucketSlots.Parties) | Differs(b.Title, _title, BucketSlots.Title);
        changed |= Differs(b.BodyStart, _bodyStart, BucketSlots.BodyStart) | Differs(b.Judge, _judge, BucketSlots.Judge);
        changed |= Differs(b.Dated, _dated, BucketSlots.Dated) | Differs(b.IsStayOrder, _isStayOrder, BucketSlots.IsStayOrder);
        changed |= Differs(b.NotStayReason, _notStayReason, BucketSlots.NotStayReason) | Differs(b.Stay, _stay, BucketSlots.Stay);
        changed |= Differs(b.DocumentType, _documentType, BucketSlots.DocumentType);
        changed |= DiffersList(b.CaseNumberSpans, _caseNumberSpans, BucketSlots.CaseNumberSpans) | DiffersList(b.TitleRuns, _titleRuns, BucketSlots.TitleRuns);
        changed |= DiffersList(b.Directives, _directives, BucketSlots.Directives) | DiffersList(b.Footnotes, _footnotes, BucketSlots.Footnotes);
        changed |= DiffersList(b.FootnoteLines.Order(), _footnoteLines?.Order(), BucketSlots.FootnoteLines);
        changed |= DiffersList(b.Deadlines, _deadlines, BucketSlots.Deadlines) | DiffersList(b.Citations, _citations, BucketSlots.Citations);
        changed |= DiffersList(b.Contacts, _contacts, BucketSlots.Contacts) | DiffersList(b.Facts, _facts, BucketSlots.Facts);
        var before = _provenance.ToDictionary(p => p.Key, p => p.Value);
        foreach (var (field, span) in b.Provenance)
        {
            if (!before.Remove(field, out var old) || !old.Equals(span))
            {
                changed |= field.Slot;
            }
        }

        foreach (var field in before.Keys)
        {
            changed |= field.Slot;
        }

        return changed;
    }

    private static bool Keep(BucketSlots slots, BucketSlots slot) => (slots & slot) != 0;

    private static BucketSlots Differs<T>(T now, T then, BucketSlots slot) =>
        EqualityComparer<T>.Default.Equals(now, then) ? BucketSlots.None : slot;

    private static BucketSlots DiffersList<T>(IEnumerable<T> now, IEnumerable<T>? then, BucketSlots slot) =>
        then is null || now.SequenceEqual(then) ? BucketSlots.None : slot;

    private static void Reset<T>(List<T> list, T[]? items)
    {
        if (items is null)
        {
            return;
        }

        list.Clear();
        list.AddRange(items);
    }
}
