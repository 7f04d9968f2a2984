using NodaTime;

namespace CaseStay.Extract;

/// <summary>
/// Everything extracted from one order. Immutable; absent fields are null (never guessed), lists are empty.
/// </summary>
public sealed record StayOrder
{
    /// <summary>True when the order stays the action or a part of it.</summary>
    public bool IsStayOrder { get; init; }

    /// <summary>Why the document is not a stay order (a code of <see cref="NotStayReasons"/> and a sentence), or null when it is one.</summary>
    public NotStayReason? NotStayReason { get; init; }

    /// <summary>The issuing court, or null when not printed and not inferable.</summary>
    public Court? Court { get; init; }

    /// <summary>The case number of the caption, or null.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>The CM/ECF header stamp ("Case … Document 7 Filed 01/29/25 Page 1 of 2"), when present.</summary>
    public FilingStamp? FilingStamp { get; init; }

    /// <summary>The parties of the caption, or null.</summary>
    public Parties? Parties { get; init; }

    /// <summary>The order's title as printed (e.g. "ORDER STAYING CASE"), or null.</summary>
    public string? Title { get; init; }

    /// <summary>The signing judge, or null.</summary>
    public Judge? Judge { get; init; }

    /// <summary>The date of the dated line, or null when absent or blank.</summary>
    public LocalDate? Dated { get; init; }

    /// <summary>What the stay is, when <see cref="IsStayOrder"/> is true.</summary>
    public StayInfo? Stay { get; init; }

    /// <summary>Numbered directives in document order with their printed labels.</summary>
    public IReadOnlyList<Directive> Directives { get; init; } = [];

    /// <summary>Deadlines the directives set, computed under Fed. R. Civ. P. 6(a).</summary>
    public IReadOnlyList<Deadline> Deadlines { get; init; } = [];

    /// <summary>Statutes, rules, cases and docket references cited.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>What the document is: one of <see cref="DocumentTypes"/>.</summary>
    public string DocumentType { get; init; } = DocumentTypes.Order;

    /// <summary>People the order tells the parties to contact (VDRP administrator, courtroom deputy), with phone and e-mail.</summary>
    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    /// <summary>Procedural facts from the reasoning: removal, answer, motions granted or denied.</summary>
    public IReadOnlyList<ProceduralFact> Facts { get; init; } = [];

    /// <summary>Footnotes with their full text.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    /// <summary>Where each scalar field was read, keyed by its JSON name ("caseNumber", "judge", "dated", …).</summary>
    public IReadOnlyDictionary<string, SourceSpan> Provenance { get; init; } = new Dictionary<string, SourceSpan>();

    /// <summary>Fields a person corrected, keyed by the corrections-file field name ("caseNumber", "dated",
    /// "deadlines[0].due", …); empty when none (see <see cref="ExtractionOptions.Corrections"/>).</summary>
    public IReadOnlyDictionary<string, FieldCorrection> Corrections { get; init; } = new Dictionary<string, FieldCorrection>();
}

/// <summary>The CM/ECF stamp printed at the top of each filed page.</summary>
/// <param name="CaseNumber">The canonical case number of the stamp.</param>
/// <param name="Document">The docket (document) number, e.g. "7" or "61-2".</param>
/// <param name="Filed">The filed date.</param>
/// <param name="PageCount">The "of N" page count.</param>
public sealed record FilingStamp(string CaseNumber, string Document, LocalDate? Filed, int PageCount);
