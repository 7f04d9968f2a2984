using System.Text.Json.Serialization;
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
    string Explanation)
{
    /// <summary>What kind of duty: one of <see cref="DeadlineKinds"/> (an F&amp;R's objection period is <c>objections</c>).</summary>
    public string Kind { get; init; } = DeadlineKinds.Directive;

    /// <summary>Who must act, as printed ("the parties", "Plaintiff", "counsel for Defendant"), or null when the sentence names nobody.</summary>
    public string? Obligor { get; init; }

    /// <summary>The period or date phrase as printed ("no later than seven (7) days before the hearing set for February 14, 2025").</summary>
    public string? Phrase { get; init; }

    /// <summary>Where <see cref="Phrase"/> was read in the input.</summary>
    [JsonPropertyName("phraseProvenance")]
    public SourceSpan? PhraseSpan { get; init; }

    /// <summary>The anchor the period runs from: one of <see cref="DeadlineAnchors"/>.</summary>
    public string? Anchor { get; init; }

    /// <summary>The anchor's date when known (the dated line, the CM/ECF filed date, a date printed with the event).</summary>
    public LocalDate? AnchorDate { get; init; }

    /// <summary>"after" (counted forward) or "before" (counted backward, Rule 6(a)(5)); "on" for a fixed date.</summary>
    public string Direction { get; init; } = "after";

    /// <summary>The unit as stated: <c>days</c>, <c>court-days</c>, <c>business-days</c>, <c>weeks</c>, <c>months</c>, <c>years</c>, <c>hours</c>; null for a fixed date.</summary>
    public string? Unit { get; init; }

    /// <summary>For a period in hours or a fixed date with a time ("by 5:00 p.m."): the time of day the duty falls due, when known.</summary>
    public LocalTime? DueTime { get; init; }

    /// <summary>For a recurring duty: the interval between occurrences ("every ninety (90) days" → P90D).</summary>
    public Period? Interval { get; init; }

    /// <summary>For a recurring duty: when it ends, as printed ("until the stay is lifted"), or null.</summary>
    public string? RecursUntil { get; init; }

    /// <summary>True when the due date differs between the federal holidays and the federal + California holidays (Rule 6(a)(6)(C)).</summary>
    public bool HolidayDependent { get; init; }

    /// <summary>The due date with federal holidays only; set when <see cref="HolidayDependent"/>.</summary>
    public LocalDate? DueFederal { get; init; }

    /// <summary>The due date with federal and California holidays; set when <see cref="HolidayDependent"/>.</summary>
    public LocalDate? DueFederalAndCalifornia { get; init; }
}

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
