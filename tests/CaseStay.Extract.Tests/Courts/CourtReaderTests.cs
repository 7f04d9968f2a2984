using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Courts;

/// <summary>
/// The court comes only from the court header (the top of the first page, with the UNITED STATES DISTRICT COURT
/// prefix); a court named in the body never sets it; without a header it is inferred from the roster, marked so.
/// </summary>
public class CourtReaderTests
{
    private const string Caption = "\n\nLUCIA FERNWOOD,\nPlaintiff,\nv.\nBRIGHTWATER TILE CO.,\nDefendant.\n\nORDER STAYING CASE\n\nThe action is stayed pending arbitration.\nIT IS SO ORDERED.\n";

    private static Court? Read(string text) => StayOrderExtractor.ExtractText(text).Order!.Court;

    /// <summary>(header as printed, court code, division or null).</summary>
    [Theory]
    [InlineData("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA", "caed", null)]
    [InlineData("UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF CALIFORNIA", "caed", null)]
    [InlineData("IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF CALIFORNIA", "caed", null)]
    [InlineData("In the United States District Court\nfor the Eastern District of California", "caed", null)]
    [InlineData("united states district court\neastern district of california", "caed", null)]
    [InlineData("UNITED STATES DISTRICT COURT\n4\nEASTERN DISTRICT OF CALIFORNIA\n5\nFRESNO DIVISION", "caed", "Fresno")]
    [InlineData("1 2 3 UNITED STATES DISTRICT COURT 4 EASTERN DISTRICT OF CALIFORNIA 5 6", "caed", null)]
    [InlineData("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN JOSE DIVISION", "cand", "San Jose")]
    [InlineData("United States District Court\nFor the Northern District of California", "cand", null)]
    [InlineData("UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\nSOUTHERN DIVISION", "cacd", "Southern")]
    [InlineData("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF CALIFORNIA", "casd", null)]
    [InlineData("United States District Court, N.D. California", "cand", null)]
    [InlineData("United States District Court, E.D. Cal.", "caed", null)]
    [InlineData("UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF ARIZONA", "other", null)]
    [InlineData("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK", "other", null)]
    [InlineData("UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF ARKANSAS\nTEXARKANA DIVISION", "other", "Texarkana")]
    [InlineData("Attorneys for plaintiff\nIN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF CALIFORNIA", "caed", null)]
    [InlineData("Attorneys for Plaintiff IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF CALIFORNIA", "caed", null)]
    [InlineData("Filed under seal\n\nUNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA", "caed", null)]
    public void Header_SetsTheCourt(string header, string code, string? division)
    {
        var court = Read(header + Caption);
        court!.Code.Should().Be(code);
        court.Division.Should().Be(division);
        court.Inferred.Should().BeFalse();
    }

    [Fact]
    public void Header_AfterAnAttorneyBlock_StillCounts()
    {
        var attorneys = "MARGO LINDQVIST (SBN 000001)\nLINDQVIST LAW GROUP\n100 Harbor Way, Suite 2\nSacramento, CA 95814\nAttorneys for Plaintiff\n\n";
        Read(attorneys + "IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF CALIFORNIA" + Caption)!.Code.Should().Be("caed");
    }

    [Fact]
    public void SidewaysMarginCourtName_BeforeTheCaption_Counts()
    {
        Read("1\n2\n3\nUnited States District Court\nNorthern District of California\n" + Caption)!.Code.Should().Be("cand");
    }

    /// <summary>Courts named in the body never set the court.</summary>
    [Theory]
    [InlineData("Defendant filed for bankruptcy in the United States Bankruptcy Court for the Southern District of Texas.")]
    [InlineData("Numerous courts in the Central District have held that such stays are proper.")]
    [InlineData("The case was first filed in the United States District Court for the Central District of California.")]
    [InlineData("See Roe v. Doe, 2019 WL 1234567, at *2 (N.D. Cal. 2019).")]
    [InlineData("The Northern District of California transferred the related action.")]
    [InlineData("The United States District Court for the Central District of California has decided the question.")]
    [InlineData("The related action is pending before the\nUnited States District Court for the Central District of California.")]
    [InlineData("Earlier, the parties agreed.\nUnited States District Court for the Central District of California transferred the case.")]
    public void BodyMention_NeverSetsTheCourt(string body)
    {
        var text = "ORDER STAYING CASE\n\n" + body + "\nThe action is stayed.\nIT IS SO ORDERED.\n";
        Read(text).Should().BeNull();
    }

    [Fact]
    public void BodyMention_AfterAHeader_DoesNotReplaceIt()
    {
        var text = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA" + Caption
            + "The first action was filed in the United States District Court for the Central District of California.\n";
        Read(text)!.Code.Should().Be("caed");
    }

    [Fact]
    public void NoHeader_RosterInitials_InferTheCourt()
    {
        // The first initials are not on the roster; the second are an E.D. Cal. magistrate judge's.
        var text = "1:24-cv-00456-QX-HBK\n02-03-2024\nORDER STAYING ACTION\n\nThe action is stayed.\nIT IS SO ORDERED.\n";
        var court = Read(text)!;
        court.Code.Should().Be("caed");
        court.Inferred.Should().BeTrue();
    }

    [Fact]
    public void NoHeader_UnknownInitials_InferNothing()
    {
        var text = "1:24-cv-00456-QX-ZQ\n02-03-2024\nORDER STAYING ACTION\n\nThe action is stayed.\nIT IS SO ORDERED.\n";
        Read(text).Should().BeNull();
    }

    [Theory]
    [InlineData("JENNIFER L. THURSTON UNITED STATES MAGISTRATE JUDGE")]
    [InlineData("/s/ Jennifer L. Thurston\nUnited States Magistrate Judge")]
    [InlineData("Jennifer L. Thurston, U.S. Magistrate Judge")]
    public void NoHeaderNoNumber_RosterSigner_InfersTheCourt(string signer)
    {
        var text = "ORDER STAYING ACTION\n\nThe action is stayed.\nIT IS SO ORDERED.\n" + signer + "\n";
        var court = Read(text)!;
        court.Code.Should().Be("caed");
        court.Inferred.Should().BeTrue();
    }

    [Theory]
    [InlineData("The matter was referred to a United States Magistrate Judge.")]
    [InlineData("PAT QUINLAN-ORTIZ UNITED STATES DISTRICT JUDGE")]
    public void NoHeaderNoNumber_UnknownSigner_InfersNothing(string signer)
    {
        Read("ORDER STAYING ACTION\n\nThe action is stayed.\nIT IS SO ORDERED.\n" + signer + "\n").Should().BeNull();
    }

    [Fact]
    public void CentralDistrictMinutesForm_InfersTheCourt()
    {
        var text = "2:21-cv-04321-QRS-TUV\nPresent: The Honorable PAT QUINLAN, U.S. DISTRICT JUDGE\nCIVIL MINUTES - GENERAL\nProceedings: ORDER GRANTING MOTION TO STAY\nThe motion is granted.";
        var court = Read(text)!;
        court.Code.Should().Be("cacd");
        court.Inferred.Should().BeTrue();
    }
}
