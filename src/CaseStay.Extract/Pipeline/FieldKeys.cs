using NodaTime;

namespace CaseStay.Extract.Pipeline;

/// <summary>The fields that carry provenance, each with its one JSON name (immutable; shared by every extraction).</summary>
internal static class FieldKeys
{
    /// <summary>The court (from its header, or the case number's span when inferred from it).</summary>
    public static FieldKey<Court> Court { get; } = new("court", BucketSlots.Court, static (b, v) => b.Court = v);

    /// <summary>The case number (the caption's, else the CM/ECF stamp's).</summary>
    public static FieldKey<CaseNumber> CaseNumber { get; } = new("caseNumber", BucketSlots.CaseNumber, static (b, v) => b.CaseNumber = v);

    /// <summary>The CM/ECF filing stamp.</summary>
    public static FieldKey<FilingStamp> FilingStamp { get; } = new("filingStamp", BucketSlots.FilingStamp, static (b, v) => b.FilingStamp = v);

    /// <summary>The parties (the caption's party block).</summary>
    public static FieldKey<Parties> Parties { get; } = new("parties", BucketSlots.Parties, static (b, v) => b.Parties = v);

    /// <summary>The title (from its first run to its last).</summary>
    public static FieldKey<string> Title { get; } = new("title", BucketSlots.Title, static (b, v) => b.Title = v);

    /// <summary>The judge (the signer's name and title).</summary>
    public static FieldKey<Judge> Judge { get; } = new("judge", BucketSlots.Judge, static (b, v) => b.Judge = v);

    /// <summary>The dated line's date.</summary>
    public static FieldKey<LocalDate> Dated { get; } = new("dated", BucketSlots.Dated, static (b, v) => b.Dated = v);
}
