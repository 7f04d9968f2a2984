using CaseStay.Extract.Courts;

namespace CaseStay.Extract.Readers.CaseNumbers;

/// <summary>
/// The CM/ECF office digit of each division of the other California districts (court knowledge as data; the
/// profile's court keeps its own in <see cref="CourtProfile.Divisions"/>): the digit a
/// case number carries when the caption prints only the division line (<c>SAN JOSE DIVISION</c>), and the digit of
/// a district that files every case under one office.
/// </summary>
internal static class OfficeDigits
{
    private static readonly Dictionary<(string Court, string Division), int> s_byDivision = new()
    {
        [("cand", "EUREKA")] = 1,
        [("cand", "MCKINLEYVILLE")] = 1,
        [("cand", "SAN FRANCISCO")] = 3,
        [("cand", "OAKLAND")] = 4,
        [("cand", "SAN JOSE")] = 5,
        [("cacd", "WESTERN")] = 2,
        [("cacd", "EASTERN")] = 5,
        [("cacd", "SOUTHERN")] = 8,
        [("cacd", "LOS ANGELES")] = 2,
        [("cacd", "RIVERSIDE")] = 5,
        [("cacd", "SANTA ANA")] = 8,
    };

    /// <summary>Districts that number every case under one office digit.</summary>
    private static readonly Dictionary<string, int> s_singleOffice = new(StringComparer.Ordinal)
    {
        ["casd"] = 3,
    };

    /// <summary>
    /// N.D. Cal. judges' home courthouses by the initials their case numbers carry (the digit of the division the
    /// case is assigned to): San Francisco 3, Oakland 4, San Jose 5, Eureka 1.
    /// </summary>
    private static readonly Dictionary<string, int> s_northernByInitials = new(StringComparer.Ordinal)
    {
        ["WHA"] = 3, ["CRB"] = 3, ["EMC"] = 3, ["RS"] = 3, ["SI"] = 3, ["VC"] = 3, ["JD"] = 3, ["WHO"] = 3, ["JSC"] = 3,
        ["MMC"] = 3, ["TEH"] = 3, ["MHP"] = 3, ["SC"] = 3, ["LB"] = 3, ["JCS"] = 3, ["SK"] = 3, ["TSH"] = 3, ["AGT"] = 3,
        ["EDL"] = 3, ["MEJ"] = 3, ["CW"] = 4, ["YGR"] = 4, ["HSG"] = 4, ["JSW"] = 4, ["PJH"] = 4, ["SBA"] = 4, ["JST"] = 4,
        ["KAW"] = 4, ["DMR"] = 4, ["LHK"] = 5, ["BLF"] = 5, ["EJD"] = 5, ["RMW"] = 5, ["JF"] = 5, ["JW"] = 5, ["NC"] = 5,
        ["SVK"] = 5, ["VKD"] = 5, ["HRL"] = 5, ["PSG"] = 5, ["PVT"] = 5, ["RMI"] = 1, ["NJV"] = 1,
    };

    /// <summary>The office digit of a printed division of a court, or null: the profile's own divisions for its court
    /// (<see cref="CourtProfile.Divisions"/>), this table for the neighbouring districts.</summary>
    public static int? ForDivision(CourtProfile profile, string? court, string? division) =>
        court is not null && court == profile.Code ? profile.OfficeOf(division)
        : court is not null && division is not null && s_byDivision.TryGetValue((court, division.ToUpperInvariant()), out var digit) ? digit : null;

    /// <summary>The one office digit of a district that has only one, or null.</summary>
    public static int? ForSingleOfficeCourt(string? court) =>
        court is not null && s_singleOffice.TryGetValue(court, out var digit) ? digit : null;

    /// <summary>The office digit of the district judge whose initials come first, where the court keeps that as data.</summary>
    public static int? ForJudge(string? court, IReadOnlyList<string> initials) =>
        court == "cand" && initials.Count > 0 && s_northernByInitials.TryGetValue(initials[0], out var digit) ? digit : null;
}
