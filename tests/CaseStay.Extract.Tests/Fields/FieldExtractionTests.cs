using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Fields;

public class FieldExtractionTests
{
    private static StayOrder Extract(string text)
    {
        var result = StayOrderExtractor.ExtractText(text);
        result.Success.Should().BeTrue(result.Error?.Message);
        return result.Order!;
    }

    [Theory]
    [InlineData("IT IS SO ORDERED.\n\nDated: January 29, 2025", 2025, 1, 29)]
    [InlineData("IT IS SO ORDERED.\nDATED: 1/29/2025", 2025, 1, 29)]
    [InlineData("IT IS SO ORDERED.\nDATED: 1/29/25", 2025, 1, 29)]
    [InlineData("IT IS SO ORDERED.\nDate: Sept. 3, 2024", 2024, 9, 3)]
    [InlineData("IT IS SO ORDERED this 15th day of May, 2018.", 2018, 5, 15)]
    [InlineData("1:20-cv-00522-JLT-CDB\n03-27-2023\nORDER GRANTING MOTION", 2023, 3, 27)]
    public void Dated_Variants(string text, int y, int m, int d) =>
        Extract(text).Dated.Should().Be(new LocalDate(y, m, d));

    [Theory]
    [InlineData("IT IS SO ORDERED.\nDATED: ______________")]
    [InlineData("Date: February 11, 2013 Time: 2:00 p.m. Dept: 5")]
    [InlineData("On September 7, 2017 defendants filed an answer.")]
    [InlineData("IT IS SO ORDERED.\nDated: February 30, 2025")]
    public void Dated_AbsentBlankOrNotADatedLine_IsNull(string text) =>
        Extract(text).Dated.Should().BeNull();

    [Fact]
    public void Dated_Blank_Warns() =>
        StayOrderExtractor.ExtractText("IT IS SO ORDERED.\nDATED: ______________").Warnings
            .Should().Contain(w => w.Code == WarningCodes.DatedLineBlank);

    [Theory]
    [InlineData("/s/ Daniel J. Calabretta\nTHE HONORABLE DANIEL J. CALABRETTA\nUNITED STATES DISTRICT JUDGE", "Daniel J. Calabretta", "United States District Judge")]
    [InlineData("KENDALL J. NEWMAN\nUNITED STATES MAGISTRATE JUDGE", "Kendall J. Newman", "United States Magistrate Judge")]
    [InlineData("HONORABLE ERICA P. GROSJEAN\nU.S. MAGISTRATE JUDGE", "Erica P. Grosjean", "United States Magistrate Judge")]
    [InlineData("BARBARA A. MCAULIFFE\nUNITED STATES MAGISTRATE JUDGE", "Barbara A. McAuliffe", "United States Magistrate Judge")]
    [InlineData("LAWRENCE J. O'NEILL\nCHIEF UNITED STATES DISTRICT JUDGE", "Lawrence J. O'Neill", "Chief United States District Judge")]
    [InlineData("ALICE B. UNLISTED\nSENIOR DISTRICT JUDGE", "Alice B. Unlisted", "Senior United States District Judge")]
    [InlineData("Present: The Honorable STEPHEN V. WILSON, U.S. DISTRICT JUDGE", "Stephen V. Wilson", "United States District Judge")]
    public void Judge_SignatureBlocks(string text, string name, string title)
    {
        var judge = Extract("IT IS SO ORDERED.\n" + text).Judge!;
        judge.Name.Should().Be(name);
        judge.Title.Should().Be(title);
        judge.Inferred.Should().BeFalse();
    }

    [Fact]
    public void Judge_OnlyTitlePrinted_NameIsNullUnlessInferenceIsAskedFor()
    {
        const string text = "Case No. 2:24-cv-02760-DJC-SCR\nORDER\nIT IS SO ORDERED.\nDated: January 29, 2025\n\nUNITED STATES DISTRICT JUDGE";
        var plain = Extract(text).Judge!;
        plain.Name.Should().BeNull();
        plain.Title.Should().Be("United States District Judge");

        var inferred = StayOrderExtractor.ExtractText(text, ExtractionOptions.Default with { InferJudgeFromInitials = true }).Order!.Judge!;
        inferred.Name.Should().Be("Daniel J. Calabretta");
        inferred.Inferred.Should().BeTrue();
    }

    [Fact]
    public void Judge_PrintedOnlyAsInitials_ExpandedFromTheRoster()
    {
        var judge = Extract("IT IS SO ORDERED.\nDated: January 29, 2025\n/s/ KJN").Judge!;
        judge.Name.Should().Be("Kendall J. Newman");
        judge.Title.Should().Be("United States Magistrate Judge");
        Extract("IT IS SO ORDERED.\n/s/ ZZZ").Judge.Should().BeNull();
    }

    [Fact]
    public void Judge_NotTheCaseInitials_Warns()
    {
        var result = StayOrderExtractor.ExtractText("Case No. 2:24-cv-02760-DJC-SCR\nIT IS SO ORDERED.\n/s/ Troy L. Nunley\nUNITED STATES DISTRICT JUDGE");
        result.Warnings.Should().Contain(w => w.Code == WarningCodes.JudgeInitialsMismatch);
    }

    [Theory]
    [InlineData("ORDER STAYING CASE\nThis action is STAYED pending arbitration.", true, "arbitration")]
    [InlineData("ORDER\nIT IS HEREBY ORDERED that:\n1. This action is STAYED.\n2. The parties shall contact the VDRP administrator.", true, "vdrp-settlement")]
    [InlineData("ORDER GRANTING MOTION TO STAY\nThe motion is granted pending the Ninth Circuit's decision in the interlocutory appeal.", true, "appeal")]
    [InlineData("ORDER GRANTING PETITIONER'S MOTION FOR STAY AND ABEYANCE\nUnder Rhines v. Weber, the petition is held in abeyance.", true, "habeas-rhines")]
    [InlineData("ORDER STAYING CASE\nDefendant filed a Chapter 11 petition; 11 U.S.C. § 362 applies.", true, "bankruptcy")]
    [InlineData("ORDER GRANTING MOTION TO STAY DISCOVERY\nDiscovery is stayed.", true, "discovery")]
    [InlineData("ORDER DENYING MOTION TO STAY\nThe motion to stay is DENIED.", false, null)]
    [InlineData("ORDER GRANTING PETITIONER'S MOTION TO LIFT STAY\nThe stay is lifted.", false, null)]
    [InlineData("FINDINGS AND RECOMMENDATIONS\nThe undersigned recommends that the motion to stay be granted.", false, null)]
    [InlineData("DEFENDANTS' NOTICE OF MOTION AND MOTION TO STAY PROCEEDINGS\nPlease take notice.", false, null)]
    [InlineData("ORDER SETTING STATUS CONFERENCE\nThe court previously stayed this case. A status conference is set.", false, null)]
    public void Stay_Classification(string text, bool isStay, string? kind)
    {
        var order = Extract(text);
        order.IsStayOrder.Should().Be(isStay);
        order.Stay?.Kind.Should().Be(kind);
        if (!isStay)
        {
            order.NotStayReason!.Message.Should().NotBeNullOrWhiteSpace();
            order.Stay.Should().BeNull();
        }
        else
        {
            order.NotStayReason.Should().BeNull();
        }
    }

    [Fact]
    public void Directives_SubItemsStayInside_RomanHeadingsAreNotDirectives()
    {
        const string text = "ORDER\nI. BACKGROUND\nThe court has reviewed the file.\nAccordingly, the Court ORDERS:\n1. Respondent SHALL file a response within 60 days. A response can be:\nA. An answer.\nB. A motion to dismiss.\n2. Petitioner may reply.\nIT IS SO ORDERED.";
        var directives = Extract(text).Directives;
        directives.Select(d => d.Label).Should().Equal("1", "2");
        directives[0].Text.Should().Contain("A. An answer.").And.Contain("B. A motion to dismiss.");
    }

    [Fact]
    public void Directives_DocketNumbersAreNotLabels()
    {
        const string text = "IT IS HEREBY ORDERED that:\n1. The motion (ECF No. 14. Doc. 7) is GRANTED. See Doc. No. 3. This action is STAYED.\n2. Status report due.";
        Extract(text).Directives.Select(d => d.Label).Should().Equal("1", "2");
    }

    [Fact]
    public void Directives_Sequential_NoWarning()
    {
        var result = StayOrderExtractor.ExtractText("IT IS HEREBY ORDERED that:\n1. This action is STAYED.\n2. Deadlines are VACATED.\nIT IS SO ORDERED.");
        result.Warnings.Should().NotContain(w => w.Code == WarningCodes.DirectiveNumbering);
        result.Order!.Directives.Select(d => d.Span.Length).Should().OnlyContain(l => l > 0);
    }

    [Fact]
    public void Court_NeighbourDistricts_AreRecognised()
    {
        Extract("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA").Court!.Code.Should().Be("cand");
        Extract("UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA").Court!.Code.Should().Be("cacd");
        Extract("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF CALIFORNIA").Court!.Code.Should().Be("casd");
        Extract("UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF ARIZONA").Court!.Code.Should().Be("other");
        var caed = Extract("IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF CALIFORNIA\nFRESNO DIVISION").Court!;
        caed.Code.Should().Be("caed");
        caed.Division.Should().Be("Fresno");
        caed.Inferred.Should().BeFalse();
    }

    [Fact]
    public void Court_NotPrinted_InferredOnlyFromRosterInitials()
    {
        Extract("No. 2:15-cv-02299-TLN-KJN\nORDER").Court!.Should().Match<Court>(c => c.Code == "caed" && c.Inferred);
        Extract("No. 2:21-cv-03793-SVW-PVC\nORDER").Court.Should().BeNull();
        Extract("ORDER\nNothing here.").Court.Should().BeNull();
    }

    [Fact]
    public void FilingStamp_IsReported_AndCompletesABareCaptionNumber()
    {
        var order = Extract("Case 2:12-cv-02484-WBS-KJN Document 61 Filed 01/02/13 Page 1 of 4\nUNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nWELCH, Plaintiffs, v. BROWN, Defendants.\n2:12-cv-02484\nORDER");
        order.FilingStamp!.Document.Should().Be("61");
        order.FilingStamp.Filed.Should().Be(new LocalDate(2013, 1, 2));
        order.FilingStamp.PageCount.Should().Be(4);
        order.CaseNumber!.Raw.Should().Be("2:12-cv-02484");
        order.CaseNumber.Normalized.Should().Be("2:12-cv-02484-WBS-KJN");
    }

    [Fact]
    public void Provenance_PointsAtThePrintedText()
    {
        const string text = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nCase No.: 2:24-cv-02760-DJC-SCR\nORDER\nIT IS SO ORDERED.\nDated: January 29, 2025\n/s/ Daniel J. Calabretta";
        var order = Extract(text);
        Slice(text, order.Provenance["caseNumber"]).Should().Be("Case No.: 2:24-cv-02760-DJC-SCR");
        Slice(text, order.Provenance["dated"]).Should().Be("Dated: January 29, 2025");
        Slice(text, order.Provenance["judge"]).Should().Contain("Daniel J. Calabretta");
        order.Provenance["dated"].Line.Should().Be(6);
    }

    private static string Slice(string text, SourceSpan span) => text.Substring(span.Start, span.Length);
}
