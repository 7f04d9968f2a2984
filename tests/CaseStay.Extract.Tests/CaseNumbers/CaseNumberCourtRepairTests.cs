using CaseStay.Extract.Courts;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.CaseNumbers;

/// <summary>
/// OCR text: judge initials one letter away from a roster judge are repaired to that judge's only inside the court
/// whose roster it is. A number under another district's header keeps its printed initials. Invented initials and
/// names; the roster is the profile's, replaced by invented judges.
/// </summary>
public class CaseNumberCourtRepairTests
{
    private const string Body = "\n\nORDER STAYING CASE\n\nIT IS HEREBY ORDERED that this action is stayed pending arbitration.\nIT IS SO ORDERED.\n";

    private static readonly RosterJudge s_eastern = new("MQC", "Marlow Q. Castellane", "United States District Judge", "Sacramento", "caed");
    private static readonly RosterJudge s_northern = new("WQT", "Wendeline Q. Tarrow", "United States District Judge", "Oakland", "cand");

    /// <summary>(header, printed number, expected normalized).</summary>
    public static TheoryData<string, string, string> Rows => new()
    {
        // The roster's court: N read for M (confusable) is repaired.
        { "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA", "Case No. 2:21-cv-00404-NQC", "2:21-cv-00404-MQC" },

        // No header: the whole roster may repair.
        { "", "Case No. 2:21-cv-00404-NQC", "2:21-cv-00404-MQC" },

        // Another district: its own initials stay as printed.
        { "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA", "Case No. 4:21-cv-00404-NQC", "4:21-cv-00404-NQC" },
        { "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA", "Case No. CV21-00404-NQC", "21-cv-00404-NQC" },
        { "UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA", "Case No. 2:21-cv-00404-NQC", "2:21-cv-00404-NQC" },

        // A roster judge of that other district repairs its own numbers.
        { "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA", "Case No. 4:21-cv-00404-WQI", "4:21-cv-00404-WQT" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Initials_RepairedOnlyByTheJudgesOfTheDocumentsCourt(string header, string number, string normalized)
    {
        var options = ExtractionOptions.Default with
        {
            Court = CourtProfiles.EasternDistrictOfCalifornia with { Roster = new JudgeRoster([s_eastern, s_northern]) },
        };
        var text = $"{header}\n\nLUCIA FERNWOOD,\nPlaintiff,\nv.\nBRIGHTWATER TILE CO.,\nDefendant.\n\n{number}{Body}";
        var result = StayOrderExtractor.ExtractTextCore(text, options, null, "sha", ocr: true);
        result.Order!.CaseNumber!.Normalized.Should().Be(normalized);
    }
}
