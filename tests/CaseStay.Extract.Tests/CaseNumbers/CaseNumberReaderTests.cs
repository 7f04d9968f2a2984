using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.CaseNumbers;

/// <summary>
/// The case-number reader on synthetic orders: the caption's number wins over cited and body numbers, the CM/ECF
/// stamp completes or replaces it, and the office digit comes from another mention of the same case, the caption's
/// division line or the court's office data (marked inferred).
/// </summary>
public class CaseNumberReaderTests : ReaderTestBase
{
    private const string Body = "The parties' joint request is granted. This action is stayed pending arbitration.\nIT IS SO ORDERED.";

    private static string Order(string header, string number, string body = Body) =>
        $"{header}\n\nLUCIA FERNWOOD,\nPlaintiff,\nv.\nBRIGHTWATER TILE CO.,\nDefendant.\n\n{number}\nORDER STAYING CASE\n\n{body}\n";

    /// <inheritdoc/>
    protected override string ReaderName => "case-number";

    private CaseNumber? Read(string text) => RunReader(text).Order.CaseNumber;

    /// <summary>(header lines, caption number, expected normalized, office inferred).</summary>
    public static TheoryData<string, string, string, bool> Offices => new()
    {
        // Printed offices stay as printed.
        { "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA", "No. 2:23-cv-01010-QRS-TUV", "2:23-cv-01010-QRS-TUV", false },
        { "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA", "CIV F-03-0456 QRS TUV", "1:03-cv-00456-QRS-TUV", false },

        // E.D. Cal. division lines: Fresno 1, Sacramento 2 (also Bakersfield 1, Redding 2).
        { "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nFRESNO DIVISION", "No. 23-cv-01010-QRS-TUV", "1:23-cv-01010-QRS-TUV", true },
        { "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nSACRAMENTO DIVISION", "No. 23-cv-01010 QRS", "2:23-cv-01010-QRS", true },
        { "IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF CALIFORNIA\nBakersfield Division", "No. 23-cv-01010 QRS", "1:23-cv-01010-QRS", true },
        { "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nREDDING DIVISION", "No. 23-cv-01010 QRS", "2:23-cv-01010-QRS", true },

        // N.D. Cal. division lines: Eureka 1, San Francisco 3, Oakland 4, San Jose 5 (one or two words, any case).
        { "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nEUREKA DIVISION", "Case No. 22-cv-00808-QRS", "1:22-cv-00808-QRS", true },
        { "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN FRANCISCO DIVISION", "Case No. 22-cv-00808-QRS", "3:22-cv-00808-QRS", true },
        { "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nOAKLAND DIVISION", "Case No. 22-cv-00808-QRS", "4:22-cv-00808-QRS", true },
        { "United States District Court\nNorthern District of California\nSan Jose Division", "Case No. 22-cv-00808-QRS", "5:22-cv-00808-QRS", true },
        { "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN JOSE DIVISION", "No. C 09-04512 QR", "5:09-cv-04512-QR", true },

        // C.D. Cal. divisions: Western 2, Eastern 5, Southern 8.
        { "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nWESTERN DIVISION", "Case No. 21-cv-06060-QRS (TUVx)", "2:21-cv-06060-QRS-TUV", true },
        { "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nEASTERN DIVISION", "Case No. 21-cv-06060-QRS (TUVx)", "5:21-cv-06060-QRS-TUV", true },
        { "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nSOUTHERN DIVISION", "Case No. 21-cv-06060-QRS (TUVx)", "8:21-cv-06060-QRS-TUV", true },
        { "UNITED STATES DISTRICT COURT FOR THE\nCENTRAL DISTRICT OF CALIFORNIA\nRIVERSIDE DIVISION", "Case No. 21-cv-06060-QRS (TUVx)", "5:21-cv-06060-QRS-TUV", true },

        // S.D. Cal. numbers every case under office 3.
        { "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF CALIFORNIA", "Case No.: 19cv2020-QRS (TUV)", "3:19-cv-02020-QRS-TUV", true },

        // No division and no office data: the office stays unknown.
        { "UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA", "Case No. 19-cv-02020-QRS", "19-cv-02020-QRS", false },
    };

    [Theory]
    [MemberData(nameof(Offices))]
    public void OfficeDigit_FromTheCaptionOrTheCourt(string header, string number, string normalized, bool inferred)
    {
        var value = Read(Order(header, number));
        value!.Normalized.Should().Be(normalized);
        value.OfficeInferred.Should().Be(inferred);
    }

    [Fact]
    public void OfficeDigit_FromAnotherMentionOfTheSameCase()
    {
        var text = Order("UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA", "No. 19-cv-02020-QRS",
            "The stay applies to every claim.\nIT IS SO ORDERED.\nRoe v. Brightwater, 2:19-cv-02020 (page 2)");
        var value = Read(text)!;
        value.Normalized.Should().Be("2:19-cv-02020-QRS");
        value.OfficeInferred.Should().BeTrue();
    }

    [Fact]
    public void Stamp_CompletesTheCaptionsInitialsAndOffice()
    {
        var text = "Case 1:22-cv-00314-QRS-TUV Document 18 Filed 03/04/22 Page 1 of 2\n"
            + Order("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA", "No. 22-cv-00314");
        var value = Read(text)!;
        value.Normalized.Should().Be("1:22-cv-00314-QRS-TUV");
        value.OfficeInferred.Should().BeTrue();
    }

    [Fact]
    public void Stamp_BrokenOverLines_StillGivesTheNumber()
    {
        var text = "Case\n1:22-cv-00314-QRS-TUV\nDocument\n18\nFiled\n03/04/22\n\nThe action is stayed pending arbitration.\nIT IS SO ORDERED.";
        Read(text)!.Normalized.Should().Be("1:22-cv-00314-QRS-TUV");
    }

    [Fact]
    public void Stamp_IsTheNumber_WhenTheCaptionPrintsNone()
    {
        var text = "Case 2:24-cr-00101-QRS-3 Document 40 Filed 05/06/24 Page 1 of 3\nUNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nORDER\n\nThe hearing is continued.";
        Read(text)!.Normalized.Should().Be("2:24-cr-00101-QRS-3");
    }

    /// <summary>Numbers of other cases, cited in the body, are never the order's number.</summary>
    [Theory]
    [InlineData("See Doe v. Roe, No. CIV. S-10-1105 QRS/TUV, 2010 WL 1234567, at *2 (E.D. Cal. Aug. 1, 2010).")]
    [InlineData("See Doe v. Roe,\nNo.\n2:10-cv-01105-QRS,\n2010\nWL\n1234567\n(E.D. Cal. 2010).")]
    [InlineData("Compare In re Lantern Farms, No. 1:12-cv-00345-QRS (E.D. Cal. 2013).")]
    [InlineData("Smith v. Jones, Case No. 2:11-cv-00456-QRS-TUV, slip op. at 4.")]
    [InlineData("This action is related to Case No. 2:19-cv-00900-QRS-TUV, which is stayed.")]
    [InlineData("The matter was consolidated with No. 2:19-cv-00900-QRS-TUV last year.")]
    [InlineData("The same question is pending in 2:19-cv-00900-QRS-TUV.")]
    public void CitedNumber_IsNotTheCaseNumber(string citation)
    {
        var text = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nORDER\n\n" + citation + "\nThe motion to stay is granted.";
        Read(text).Should().BeNull();
    }

    [Fact]
    public void CitedNumber_DoesNotDisplaceTheCaptionNumber()
    {
        var text = Order("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA", "No. 2:23-cv-01010-QRS-TUV",
            "See Doe v. Roe, No. 2:10-cv-01105-QRS, 2010 WL 1234567 (E.D. Cal. 2010). The action is stayed.");
        Read(text)!.Normalized.Should().Be("2:23-cv-01010-QRS-TUV");
    }

    [Fact]
    public void CaptionNumber_AfterARoleWordAndComma_IsNotACitation()
    {
        var text = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nLUCIA FERNWOOD, Plaintiff, v. BRIGHTWATER TILE CO., Defendant, No. 2:23-cv-01010-QRS-TUV ORDER\n\n" + Body;
        Read(text)!.Normalized.Should().Be("2:23-cv-01010-QRS-TUV");
    }

    [Fact]
    public void NumberPrintedAboveTheHeader_IsTheCaseNumber()
    {
        var text = "1:24-cv-00456-QRS-TUV\n02-03-2024\nORDER STAYING ACTION\n\n" + Body;
        Read(text)!.Normalized.Should().Be("1:24-cv-00456-QRS-TUV");
    }

    [Fact]
    public void FirstOfConsolidatedNumbers_IsTheCaseNumber()
    {
        var text = Order("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF CALIFORNIA", "CASE NOS. 17cv0101-QRS (TUV) and 17cv0202-QRS (TUV)");
        Read(text)!.Normalized.Should().Be("3:17-cv-00101-QRS-TUV");
    }

    [Fact]
    public void ParenthesisColumn_AfterTheNumber_IsNotPartOfIt()
    {
        var text = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nLUCIA FERNWOOD, )\nPlaintiff, )\nCIV. NO. 2:18-1450 QRS TUV )\nv. )\nBRIGHTWATER TILE CO., )\nDefendant. )\n\n" + Body;
        var result = StayOrderExtractor.ExtractText(text).Order!;
        result.CaseNumber!.Normalized.Should().Be("2:18-cv-01450-QRS-TUV");
        result.Parties!.Plaintiffs.Should().Equal("LUCIA FERNWOOD");
        result.Parties.Defendants.Should().Equal("BRIGHTWATER TILE CO.");
    }
}
