using System.Text.Json;
using CaseStay.Extract.Deadlines;

namespace CaseStay.Extract.Courts;

/// <summary>The court profiles shipped with the library.</summary>
public static class CourtProfiles
{
    private static readonly Lazy<CourtProfile> s_easternDistrict = new(BuildEasternDistrict);

    /// <summary>The U.S. District Court for the Eastern District of California (<c>caed</c>): the built-in roster
    /// (<c>Data/judges.json</c>: E.D. Cal. judges and judges seen sitting there by designation), federal and
    /// California holidays, the Sacramento, Redding, Fresno, Bakersfield and Yosemite divisions, and its stay kinds
    /// (VDRP, L.R. 271). The default of <see cref="ExtractionOptions.Court"/>.</summary>
    public static CourtProfile EasternDistrictOfCalifornia => s_easternDistrict.Value;

    private static CourtProfile BuildEasternDistrict() => new()
    {
        Code = Court.EasternDistrictCode,
        Name = "United States District Court for the Eastern District of California",
        Roster = LoadEmbeddedRoster(),
        Holidays = HolidayCalendar.FederalAndCalifornia,
        Divisions =
        [
            new CourtDivision("Sacramento", 2),
            new CourtDivision("Redding", 2),
            new CourtDivision("Fresno", 1),
            new CourtDivision("Bakersfield", 1),
            new CourtDivision("Yosemite", 6),
        ],
        LocalRules =
        [
            new LocalRule("230", "Civil motion calendar and procedure"),
            new LocalRule("240", "Status (pretrial scheduling) conferences"),
            new LocalRule("271", "Voluntary Dispute Resolution Program (VDRP)"),
        ],
        StayKinds = EasternDistrictStayKinds.Table,
    };

    private static JudgeRoster LoadEmbeddedRoster()
    {
        using var stream = typeof(CourtProfiles).Assembly.GetManifestResourceStream("CaseStay.Extract.Data.judges.json")
            ?? throw new InvalidOperationException("The embedded judge roster is missing.");
        var entries = JsonSerializer.Deserialize(stream, RosterJsonContext.Default.RosterJudgeArray) ?? [];
        return new JudgeRoster(entries);
    }
}
