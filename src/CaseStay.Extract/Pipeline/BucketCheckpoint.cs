using NodaTime;

namespace CaseStay.Extract.Pipeline;

/// <summary>
/// What a <see cref="StayOrderBucket"/> holds before a reader runs, so that a reader that throws can be undone
/// completely: the fields it set, the items it added or replaced, its warnings and its provenance.
/// </summary>
internal sealed class BucketCheckpoint
{
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
    private readonly (int, int)[] _caseNumberSpans;
    private readonly (int, int)[] _titleRuns;
    private readonly Directive[] _directives;
    private readonly Footnote[] _footnotes;
    private readonly int[] _footnoteLines;
    private readonly Deadline[] _deadlines;
    private readonly Citation[] _citations;
    private readonly Contact[] _contacts;
    private readonly ProceduralFact[] _facts;
    private readonly ExtractionWarning[] _warnings;
    private readonly KeyValuePair<FieldKey, SourceSpan>[] _provenance;

    /// <summary>Takes the checkpoint.</summary>
    /// <param name="b">The bucket.</param>
    public BucketCheckpoint(StayOrderBucket b)
    {
        (_court, _captionStart, _caseNumber, _filingStamp, _parties, _title) = (b.Court, b.CaptionStart, b.CaseNumber, b.FilingStamp, b.Parties, b.Title);
        (_bodyStart, _judge, _dated, _isStayOrder, _notStayReason, _stay, _documentType) = (b.BodyStart, b.Judge, b.Dated, b.IsStayOrder, b.NotStayReason, b.Stay, b.DocumentType);
        _caseNumberSpans = [.. b.CaseNumberSpans];
        _titleRuns = [.. b.TitleRuns];
        _directives = [.. b.Directives];
        _footnotes = [.. b.Footnotes];
        _footnoteLines = [.. b.FootnoteLines];
        _deadlines = [.. b.Deadlines];
        _citations = [.. b.Citations];
        _contacts = [.. b.Contacts];
        _facts = [.. b.Facts];
        _warnings = [.. b.Warnings];
        _provenance = [.. b.Provenance];
    }

    /// <summary>Puts the bucket back as it was when the checkpoint was taken.</summary>
    /// <param name="b">The same bucket.</param>
    public void Restore(StayOrderBucket b)
    {
        (b.Court, b.CaptionStart, b.CaseNumber, b.FilingStamp, b.Parties, b.Title) = (_court, _captionStart, _caseNumber, _filingStamp, _parties, _title);
        (b.BodyStart, b.Judge, b.Dated, b.IsStayOrder, b.NotStayReason, b.Stay, b.DocumentType) = (_bodyStart, _judge, _dated, _isStayOrder, _notStayReason, _stay, _documentType);
        Reset(b.CaseNumberSpans, _caseNumberSpans);
        Reset(b.TitleRuns, _titleRuns);
        Reset(b.Directives, _directives);
        Reset(b.Footnotes, _footnotes);
        b.FootnoteLines.Clear();
        b.FootnoteLines.UnionWith(_footnoteLines);
        Reset(b.Deadlines, _deadlines);
        Reset(b.Citations, _citations);
        Reset(b.Contacts, _contacts);
        Reset(b.Facts, _facts);
        Reset(b.Warnings, _warnings);
        b.RestoreProvenance(_provenance);
    }

    private static void Reset<T>(List<T> list, T[] items)
    {
        list.Clear();
        list.AddRange(items);
    }
}
