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
    public Court? Court { get; set; }
    public int CaptionStart { get; set; }
    public CaseNumber? CaseNumber { get; set; }

    /// <summary>Where every case number printed in the flow is (index, length), in order.</summary>
    public List<(int Index, int Length)> CaseNumberSpans { get; } = [];
    public FilingStamp? FilingStamp { get; set; }
    public Parties? Parties { get; set; }
    public string? Title { get; set; }
    public List<(int Start, int End)> TitleRuns { get; } = [];
    public int BodyStart { get; set; }
    public Judge? Judge { get; set; }
    public LocalDate? Dated { get; set; }
    public List<Directive> Directives { get; } = [];
    public List<Footnote> Footnotes { get; } = [];
    public HashSet<int> FootnoteLines { get; } = [];
    public bool IsStayOrder { get; set; }
    public NotStayReason? NotStayReason { get; set; }
    public StayInfo? Stay { get; set; }
    public List<Deadline> Deadlines { get; } = [];
    public List<Citation> Citations { get; } = [];
    public List<Contact> Contacts { get; } = [];
    public List<ProceduralFact> Facts { get; } = [];
    /// <summary>
    /// What the document is (one of <see cref="DocumentTypes"/>), set by the stay reader before the deadlines reader
    /// runs: stay decisions and deadlines come only from orders (<see cref="DocumentTypes.IsOrder"/>).
    /// </summary>
    public string DocumentType { get; set; } = DocumentTypes.Order;
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
        if (_provenance.TryGetValue(from, out var span))
        {
            _provenance[field] = span;
        }
    }

    /// <summary>Where a field was read, or the empty span when it was not located.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The span.</returns>
    public SourceSpan SpanOrDefault(FieldKey field) => _provenance.GetValueOrDefault(field);

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
