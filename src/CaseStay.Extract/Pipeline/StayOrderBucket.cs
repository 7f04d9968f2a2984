using CaseStay.Extract.Text;
using NodaTime;

namespace CaseStay.Extract.Pipeline;

/// <summary>
/// The fields found so far, filled by the extractors in order and turned into a <see cref="StayOrder"/> once,
/// by <see cref="CalculateValue"/>, where the cross-field rules run.
/// </summary>
internal sealed class StayOrderBucket(NormalizedDocument document, ExtractionOptions options)
{
    private Regions.SignatureBlock? _signature;
    private bool _signatureFound;
    private Regions.DocumentHead? _head;

    public NormalizedDocument Document { get; } = document;

    /// <summary>
    /// The signature block (<see cref="Regions.SignatureBlock.Find"/>), found once for the readers that read it (the
    /// judge and the dated line). Kept here, not on the document, so that <c>Text/</c> does not depend on <c>Regions/</c>.
    /// </summary>
    public Regions.SignatureBlock? SignatureBlock
    {
        get
        {
            if (!_signatureFound)
            {
                _signature = Regions.SignatureBlock.Find(Document.Flow);
                _signatureFound = true;
            }

            return _signature;
        }
    }

    /// <summary>The document's head before the signature block and where its prose starts, found once
    /// (<see cref="Regions.DocumentHead.Find"/>) for the judge and dated readers.</summary>
    public Regions.DocumentHead Head => _head ??= Regions.DocumentHead.Find(Document.Flow, SignatureBlock);

    public ExtractionOptions Options { get; } = options;

    /// <summary>True when the text came from OCR: field parsers may then repair OCR confusions inside their tokens.</summary>
    public bool IsOcr { get; init; }

    /// <summary>Cancels the extraction: checked before every reader and inside the long loops (caption tokenizer,
    /// deadline scan); a cancelled extraction throws <see cref="OperationCanceledException"/>, which no reader catches.</summary>
    public CancellationToken CancellationToken { get; init; }
    private BucketSlots _reads;
    private Court? _court;
    private int _captionStart;
    private CaseNumber? _caseNumber;
    private FilingStamp? _filingStamp;
    private Parties? _parties;
    private string? _title;
    private int _bodyStart;
    private Judge? _judge;
    private LocalDate? _dated;
    private bool _isStayOrder;
    private NotStayReason? _notStayReason;
    private StayInfo? _stay;
    private string _documentType = DocumentTypes.Order;
    private readonly List<(int Index, int Length)> _caseNumberSpans = [];
    private readonly List<(int Start, int End)> _titleRuns = [];
    private readonly List<Directive> _directives = [];
    private readonly List<Footnote> _footnotes = [];
    private readonly HashSet<int> _footnoteLines = [];
    private readonly List<Deadline> _deadlines = [];
    private readonly List<Citation> _citations = [];
    private readonly List<Contact> _contacts = [];
    private readonly List<ProceduralFact> _facts = [];

    /// <summary>
    /// The slots whose getter was called since <see cref="ClearReads"/>: what a reader looked at (a list's getter
    /// counts, whether the reader then reads or adds). The pipeline's declaration test compares it with what each
    /// reader declares it needs (<see cref="IFieldReader.Needs"/>); one bit OR per getter, always on.
    /// </summary>
    public BucketSlots Reads => _reads;

    /// <summary>Starts a new record of <see cref="Reads"/>.</summary>
    public void ClearReads() => _reads = BucketSlots.None;

    public Court? Court { get { _reads |= BucketSlots.Court; return _court; } set => _court = value; }

    /// <summary>Where the caption starts in the flow (after the court header).</summary>
    public int CaptionStart { get { _reads |= BucketSlots.CaptionStart; return _captionStart; } set => _captionStart = value; }

    public CaseNumber? CaseNumber { get { _reads |= BucketSlots.CaseNumber; return _caseNumber; } set => _caseNumber = value; }

    /// <summary>Where every case number printed in the flow is (index, length), in order.</summary>
    public List<(int Index, int Length)> CaseNumberSpans { get { _reads |= BucketSlots.CaseNumberSpans; return _caseNumberSpans; } }

    public FilingStamp? FilingStamp { get { _reads |= BucketSlots.FilingStamp; return _filingStamp; } set => _filingStamp = value; }

    public Parties? Parties { get { _reads |= BucketSlots.Parties; return _parties; } set => _parties = value; }

    public string? Title { get { _reads |= BucketSlots.Title; return _title; } set => _title = value; }

    /// <summary>The title's runs in the flow (start, end).</summary>
    public List<(int Start, int End)> TitleRuns { get { _reads |= BucketSlots.TitleRuns; return _titleRuns; } }

    /// <summary>Where the body (after the caption) starts in the flow.</summary>
    public int BodyStart { get { _reads |= BucketSlots.BodyStart; return _bodyStart; } set => _bodyStart = value; }

    public Judge? Judge { get { _reads |= BucketSlots.Judge; return _judge; } set => _judge = value; }

    public LocalDate? Dated { get { _reads |= BucketSlots.Dated; return _dated; } set => _dated = value; }

    public List<Directive> Directives { get { _reads |= BucketSlots.Directives; return _directives; } }

    public List<Footnote> Footnotes { get { _reads |= BucketSlots.Footnotes; return _footnotes; } }

    /// <summary>The flow lines that belong to footnotes (body readers skip them).</summary>
    public HashSet<int> FootnoteLines { get { _reads |= BucketSlots.FootnoteLines; return _footnoteLines; } }

    public bool IsStayOrder { get { _reads |= BucketSlots.IsStayOrder; return _isStayOrder; } set => _isStayOrder = value; }

    public NotStayReason? NotStayReason { get { _reads |= BucketSlots.NotStayReason; return _notStayReason; } set => _notStayReason = value; }

    public StayInfo? Stay { get { _reads |= BucketSlots.Stay; return _stay; } set => _stay = value; }

    public List<Deadline> Deadlines { get { _reads |= BucketSlots.Deadlines; return _deadlines; } }

    public List<Citation> Citations { get { _reads |= BucketSlots.Citations; return _citations; } }

    public List<Contact> Contacts { get { _reads |= BucketSlots.Contacts; return _contacts; } }

    public List<ProceduralFact> Facts { get { _reads |= BucketSlots.Facts; return _facts; } }

    /// <summary>
    /// What the document is (one of <see cref="DocumentTypes"/>), set by the stay reader before the deadlines reader
    /// runs: stay decisions and deadlines come only from orders (<see cref="DocumentTypes.IsOrder"/>).
    /// </summary>
    public string DocumentType { get { _reads |= BucketSlots.DocumentType; return _documentType; } set => _documentType = value; }

    /// <summary>The warnings so far (every reader may add; not a slot: a checkpoint always keeps them).</summary>
    public List<ExtractionWarning> Warnings { get; } = [];
    private readonly Dictionary<FieldKey, SourceSpan> _provenance = new(8);

    /// <summary>Where each field located so far was read, in the order the fields were first located.</summary>
    public IReadOnlyDictionary<FieldKey, SourceSpan> Provenance => _provenance;

    /// <summary>Sets a field's value and where it was read, together.</summary>
    /// <typeparam name="T">The field's value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">Its value.</param>
    /// <param name="flowStart">Where it starts in the flow.</param>
    /// <param name="flowEnd">Where it ends in the flow.</param>
    public void Set<T>(FieldKey<T> field, T value, int flowStart, int flowEnd)
    {
        field.Store(this, value);
        _provenance[field] = Document.Span(flowStart, flowEnd);
    }

    /// <summary>Records where a field whose value is already set was read.</summary>
    /// <param name="field">The field.</param>
    /// <param name="flowStart">Where it starts in the flow.</param>
    /// <param name="flowEnd">Where it ends in the flow.</param>
    public void Locate(FieldKey field, int flowStart, int flowEnd) => _provenance[field] = Document.Span(flowStart, flowEnd);

    /// <summary>Gives a field the span another field was read from (e.g. a court inferred from the case number).</summary>
    /// <param name="field">The field.</param>
    /// <param name="from">The field whose span it takes; nothing happens when that one is not located.</param>
    public void LocateAs(FieldKey field, FieldKey from)
    {
        _reads |= from.Slot;
        if (_provenance.TryGetValue(from, out var span))
        {
            _provenance[field] = span;
        }
    }

    /// <summary>Where a field was read, or the empty span when it was not located (a read of the field's slot).</summary>
    /// <param name="field">The field.</param>
    /// <returns>The span.</returns>
    public SourceSpan SpanOrDefault(FieldKey field)
    {
        _reads |= field.Slot;
        return _provenance.GetValueOrDefault(field);
    }

    /// <summary>Puts the provenance back to <paramref name="spans"/> (a checkpoint's), in their order.</summary>
    /// <param name="spans">The spans.</param>
    public void RestoreProvenance(IEnumerable<KeyValuePair<FieldKey, SourceSpan>> spans)
    {
        _provenance.Clear();
        foreach (var (field, span) in spans)
        {
            _provenance[field] = span;
        }
    }

    public StayOrder CalculateValue()
    {
        if (CaseNumber is null)
        {
            Warnings.Add(new ExtractionWarning(WarningCodes.MissingCaseNumber, "No case number was found in the document."));
        }

        if (Court is { Code: not null and not Extract.Court.EasternDistrictCode })
        {
            Warnings.Add(new ExtractionWarning(WarningCodes.NotEasternDistrict,
                $"The order appears to come from another court ({Court.Name ?? Court.Code}), not E.D. Cal."));
        }

        if (Dated is null && IsStayOrder)
        {
            Warnings.Add(new ExtractionWarning(WarningCodes.MissingDate, "No dated line was found."));
        }

        return new StayOrder
        {
            IsStayOrder = IsStayOrder,
            NotStayReason = IsStayOrder ? null : NotStayReason,
            Court = Court,
            CaseNumber = CaseNumber,
            FilingStamp = FilingStamp,
            Parties = Parties,
            Title = Title,
            Judge = Judge,
            Dated = Dated,
            Stay = IsStayOrder ? Stay : null,
            Directives = Directives.ToArray(),
            Deadlines = Deadlines.ToArray(),
            Citations = Citations.ToArray(),
            Contacts = Contacts.ToArray(),
            Facts = Facts.ToArray(),
            DocumentType = DocumentType,
            Footnotes = Footnotes.ToArray(),
            Provenance = _provenance.ToDictionary(p => p.Key.JsonName, p => p.Value, StringComparer.Ordinal),
        };
    }
}
