namespace CaseStay.Extract.Pipeline;

/// <summary>
/// The places of a <see cref="StayOrderBucket"/> a reader can read or fill, one bit each: what a reader declares it
/// needs and fills (<see cref="IFieldReader"/>), what a checkpoint keeps before it runs (<see cref="BucketCheckpoint"/>).
/// The warnings are not a slot (every reader may add warnings; a checkpoint always keeps them); a located field's
/// provenance belongs to the field's slot (<see cref="FieldKey.Slot"/>).
/// </summary>
[Flags]
internal enum BucketSlots
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary><see cref="StayOrderBucket.Court"/>.</summary>
    Court = 1 << 0,

    /// <summary><see cref="StayOrderBucket.CaptionStart"/>.</summary>
    CaptionStart = 1 << 1,

    /// <summary><see cref="StayOrderBucket.CaseNumber"/>.</summary>
    CaseNumber = 1 << 2,

    /// <summary><see cref="StayOrderBucket.CaseNumberSpans"/>.</summary>
    CaseNumberSpans = 1 << 3,

    /// <summary><see cref="StayOrderBucket.FilingStamp"/>.</summary>
    FilingStamp = 1 << 4,

    /// <summary><see cref="StayOrderBucket.Parties"/>.</summary>
    Parties = 1 << 5,

    /// <summary><see cref="StayOrderBucket.Title"/>.</summary>
    Title = 1 << 6,

    /// <summary><see cref="StayOrderBucket.TitleRuns"/>.</summary>
    TitleRuns = 1 << 7,

    /// <summary><see cref="StayOrderBucket.BodyStart"/>.</summary>
    BodyStart = 1 << 8,

    /// <summary><see cref="StayOrderBucket.Judge"/>.</summary>
    Judge = 1 << 9,

    /// <summary><see cref="StayOrderBucket.Dated"/>.</summary>
    Dated = 1 << 10,

    /// <summary><see cref="StayOrderBucket.Directives"/>.</summary>
    Directives = 1 << 11,

    /// <summary><see cref="StayOrderBucket.Footnotes"/>.</summary>
    Footnotes = 1 << 12,

    /// <summary><see cref="StayOrderBucket.FootnoteLines"/>.</summary>
    FootnoteLines = 1 << 13,

    /// <summary><see cref="StayOrderBucket.IsStayOrder"/>.</summary>
    IsStayOrder = 1 << 14,

    /// <summary><see cref="StayOrderBucket.NotStayReason"/>.</summary>
    NotStayReason = 1 << 15,

    /// <summary><see cref="StayOrderBucket.Stay"/>.</summary>
    Stay = 1 << 16,

    /// <summary><see cref="StayOrderBucket.Deadlines"/>.</summary>
    Deadlines = 1 << 17,

    /// <summary><see cref="StayOrderBucket.Citations"/>.</summary>
    Citations = 1 << 18,

    /// <summary><see cref="StayOrderBucket.Contacts"/>.</summary>
    Contacts = 1 << 19,

    /// <summary><see cref="StayOrderBucket.Facts"/>.</summary>
    Facts = 1 << 20,

    /// <summary><see cref="StayOrderBucket.DocumentType"/>.</summary>
    DocumentType = 1 << 21,

    /// <summary>Every slot.</summary>
    All = (1 << 22) - 1,
}
