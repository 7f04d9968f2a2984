using CaseStay.Extract.Deadlines;
using NodaTime;

namespace CaseStay.Extract.Readers.Deadlines;

/// <summary>One deadline phrase the grammar read in a sentence (offsets are into that sentence).</summary>
/// <param name="Start">First character of the phrase.</param>
/// <param name="End">One past its last character.</param>
internal sealed record PhraseMatch(int Start, int End)
{
    /// <summary>The number of units; null for a fixed date.</summary>
    public int? Count { get; init; }

    public PeriodUnit? Unit { get; init; }

    /// <summary>The unit as the output spells it ("court-days").</summary>
    public string? UnitName { get; init; }

    public CountDirection Direction { get; init; }

    public bool Recurring { get; init; }

    /// <summary>"thereafter": measured from the duty before it in the same sentence.</summary>
    public bool Thereafter { get; init; }

    /// <summary>One of <see cref="DeadlineAnchors"/>.</summary>
    public string Anchor { get; init; } = DeadlineAnchors.OrderDate;

    /// <summary>The anchor as printed ("completion of the VDRP session"), when the phrase names one.</summary>
    public string? AnchorText { get; init; }

    /// <summary>A date printed with the anchor event.</summary>
    public LocalDate? AnchorDate { get; init; }

    /// <summary>For a fixed date: the date.</summary>
    public LocalDate? FixedDate { get; init; }

    /// <summary>A time of day printed with a fixed date ("by 5:00 p.m.").</summary>
    public LocalTime? Time { get; init; }

    /// <summary>"before May 1, 2025": the last day is the day before the printed date.</summary>
    public bool StrictlyBefore { get; init; }

    /// <summary>For a recurring duty: "until the stay is lifted", as printed.</summary>
    public string? Until { get; init; }

    /// <summary>Why the phrase is not understood (then no date is computed), or null.</summary>
    public string? Problem { get; init; }
}
