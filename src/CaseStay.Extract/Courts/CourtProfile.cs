using CaseStay.Extract.Deadlines;

namespace CaseStay.Extract.Courts;

/// <summary>
/// What the extractor knows about one court, as data: its code and name, the judge roster, the holiday calendar
/// Rule 6(a) counts with, its divisions and their office digits, the local rules orders cite, and the ordered
/// stay-kind table. <see cref="CourtProfiles.EasternDistrictOfCalifornia"/> is the default;
/// <see cref="ExtractionOptions.Court"/> selects one. Immutable; change a part with <c>with</c>, e.g. a corrected or
/// extended roster: <c>profile with { Roster = profile.Roster.WithJudges(extra) }</c>.
/// </summary>
public sealed record CourtProfile
{
    /// <summary>The court's PACER id (e.g. <c>caed</c>); a case number's judge initials are related to this court's
    /// judges (<see cref="RosterJudge.Court"/>).</summary>
    public required string Code { get; init; }

    /// <summary>The court's name as the record reports it.</summary>
    public required string Name { get; init; }

    /// <summary>The judges: normalize printed names, expand <c>/s/ INITIALS</c>, relate case-number initials to judges
    /// and repair OCR-garbled initials. Judges not on it still extract as printed.</summary>
    public required JudgeRoster Roster { get; init; }

    /// <summary>The legal holidays Rule 6(a) skips for this court, unless <see cref="ExtractionOptions.HolidayCalendar"/>
    /// is set explicitly.</summary>
    public required HolidayCalendar Holidays { get; init; }

    /// <summary>The divisions and their CM/ECF office digits (a case number's office when the caption prints only the
    /// division; a case number whose office is none of these is not inferred to be this court's).</summary>
    public IReadOnlyList<CourtDivision> Divisions { get; init; } = [];

    /// <summary>Local rules orders of this court cite (facts, for explanations and readers).</summary>
    public IReadOnlyList<LocalRule> LocalRules { get; init; } = [];

    /// <summary>The ordered stay-kind table (see <see cref="StayKindRule"/>). When no row decides, a granting clause
    /// whose <c>pending …</c> complement names something specific gives <see cref="StayKinds.Other"/>.</summary>
    public IReadOnlyList<StayKindRule> StayKinds { get; init; } = [];

    /// <summary>The office digit of a division printed in a caption, or null when the court has no such division.</summary>
    /// <param name="division">The division's name (any letter case).</param>
    /// <returns>The office digit, or null.</returns>
    public int? OfficeOf(string? division)
    {
        if (division is null)
        {
            return null;
        }

        foreach (var d in Divisions)
        {
            if (d.Name.Equals(division, StringComparison.OrdinalIgnoreCase))
            {
                return d.Office;
            }
        }

        return null;
    }

    /// <summary>True when a case number's office digit is one of this court's divisions' (or not printed).</summary>
    /// <param name="office">The office digit, or null when the case number prints none.</param>
    /// <returns>True for no office or an office of one of <see cref="Divisions"/>.</returns>
    public bool HasOffice(int? office) => office is not { } o || Divisions.Any(d => d.Office == o);
}
