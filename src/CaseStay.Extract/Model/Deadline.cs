using NodaTime;

namespace CaseStay.Extract;

/// <summary>A deadline set by a directive.</summary>
/// <param name="DirectiveIndex">The <see cref="Directive.Index"/> it comes from.</param>
/// <param name="Description">What is due, quoted or summarized from the directive.</param>
/// <param name="Period">The period, e.g. 14 days; null for a fixed date.</param>
/// <param name="Trigger">One of <see cref="DeadlineTriggers"/>.</param>
/// <param name="TriggerText">The event quoted from the order when the trigger is an event, else null.</param>
/// <param name="Due">The due date after Rule 6(a)(1)(C) adjustment; null when event-anchored or undated.</param>
/// <param name="UnadjustedDue">The last day before weekend/holiday adjustment; null when not computed.</param>
/// <param name="Recurring">True for a recurring duty ("every ninety (90) days").</param>
/// <param name="Explanation">How the date was computed, step by step.</param>
public sealed record Deadline(
    int DirectiveIndex,
    string Description,
    Period? Period,
    string Trigger,
    string? TriggerText,
    LocalDate? Due,
    LocalDate? UnadjustedDue,
    bool Recurring,
    string Explanation);

/// <summary>The stable values of <see cref="Deadline.Trigger"/>.</summary>
public static class DeadlineTriggers
{
    /// <summary>Counted from the order's dated line.</summary>
    public const string OrderDate = "order-date";
    /// <summary>A date printed in the order.</summary>
    public const string FixedDate = "fixed-date";
    /// <summary>Counted from an event whose date is unknown (the due date is null).</summary>
    public const string Event = "event";
}

/// <summary>A citation found in the order.</summary>
/// <param name="Kind">"usc", "rule", "local-rule", "case" or "docket".</param>
/// <param name="Text">The citation as printed.</param>
/// <param name="Title">U.S.C. title, when a statute.</param>
/// <param name="Sections">Sections, rules or docket numbers cited.</param>
public sealed record Citation(string Kind, string Text, int? Title, IReadOnlyList<string> Sections);
