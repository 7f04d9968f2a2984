namespace CaseStay.Extract;

/// <summary>The stable values of <see cref="Deadline.Anchor"/>: what a period runs from.</summary>
public static class DeadlineAnchors
{
    /// <summary>The order's dated line ("within 45 days", "of the date of this order").</summary>
    public const string OrderDate = "order-date";

    /// <summary>The order's entry on the docket ("from the date of entry of this order"): the CM/ECF stamp's filed date when present, else the dated line.</summary>
    public const string Entry = "entry";

    /// <summary>Service of a document ("after service of these findings and recommendations"); its date is not in the order.</summary>
    public const string Service = "service";

    /// <summary>An event named in the text whose date is not printed ("completion of the VDRP session").</summary>
    public const string Event = "event";

    /// <summary>An event printed with its date ("the hearing set for February 14, 2025").</summary>
    public const string EventDate = "event-date";

    /// <summary>A date the order sets itself ("on or before May 1, 2025").</summary>
    public const string FixedDate = "fixed-date";
}
