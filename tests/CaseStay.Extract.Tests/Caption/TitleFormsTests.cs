using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Caption;

/// <summary>
/// Title forms seen in scanned orders (as their OCR text reads), on invented captions: a parenthesized upper-case
/// qualifier belongs to the title, on its line or alone on the next (<c>SPECIAL VERDICT⏎(PHASE I)</c>); VERDICT heads a
/// title, with its qualifier (<c>SPECIAL</c>, <c>REDACTED</c>); a party's possessive and an ordinal lead into a head
/// (<c>DEFENDANT'S SECOND PROPOSED⏎ORDER …</c>); a label fragment above the title (<c>CASENO.:</c> glued by OCR) does not
/// hide it; <c>vs,</c> (OCR for <c>vs.</c>) is a "versus"; a minutes heading without its dash (<c>CIVIL MINUTES
/// GENERAL</c>). A parenthesis with lower-case words is no qualifier; a title's last line is the title's to its end, and a line ending on a connector continues on the next; a right-hand cell's label (<c>Complaint Filed:</c>) does not continue a title.
/// </summary>
public class TitleFormsTests
{
    private const string Caption = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nPERRIN OAKSHOTT,\n\nPlaintiff,\n\nvs.\n\nHALVORSEN DRAYAGE, INC.,\n\nDefendant.\n\nCase No. 2:24-cv-01234-ABC-DEF\n\n";
    private const string Body = "\n\nGood cause appearing, the request is granted as set out below.\n\nDated: March 4, 2024\n";

    /// <summary>Name, the text after the caption (title and body), the title expected.</summary>
    public static TheoryData<string, string, string> Rows => new()
    {
        { "qualifier on the next line", "SPECIAL VERDICT\n\n(PHASE I)" + Body, "SPECIAL VERDICT (PHASE I)" },
        { "qualifier on the title's line", "ORDER GRANTING MOTION TO STAY (AS MODIFIED)" + Body, "ORDER GRANTING MOTION TO STAY (AS MODIFIED)" },
        { "verdict form with a qualifier", "REDACTED VERDICT FORM" + Body, "REDACTED VERDICT FORM" },
        { "general verdict", "GENERAL VERDICT" + Body, "GENERAL VERDICT" },
        { "possessive and ordinal lead in", "DEFENDANT'S SECOND PROPOSED\n\nORDER ALLOWING COURTROOM\n\nEQUIPMENT" + Body, "DEFENDANT'S SECOND PROPOSED ORDER ALLOWING COURTROOM EQUIPMENT" },
        { "plaintiffs' possessive", "PLAINTIFFS' [PROPOSED] ORDER CONTINUING HEARING" + Body, "PLAINTIFFS' [PROPOSED] ORDER CONTINUING HEARING" },
        { "lower-case parenthesis is no qualifier", "ORDER STAYING CASE\n(Harmon v. Ledbetter)" + Body, "ORDER STAYING CASE" },
        { "right-hand cell label after the title", "ORDER RE TELEPHONIC APPEARANCE AT CASE CONFERENCE\n\nComplaint Filed: May 13, 2008\n\nTrial Date: None Set" + Body, "ORDER RE TELEPHONIC APPEARANCE AT CASE CONFERENCE" },
        { "line ends on a connector", "JOINT STIPULATION AND\n[PROPOSED] ORDER TO EXTEND TIME" + Body, "JOINT STIPULATION AND [PROPOSED] ORDER TO EXTEND TIME" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Title_IsReadWhole(string name, string after, string title) =>
        StayOrderExtractor.ExtractText(Caption + after).Order!.Title.Should().Be(title, name);

    [Fact]
    public void GluedCaseNumberLabel_AndOcrVersus_DoNotHideTheTitle()
    {
        var text = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\nTALLIS MERIDEN COMPANY,\nINC., a corporation,\n\nPlaintiff,\n\nvs,\n"
            + "GRAYBURN SURETY COMPANY, a\ncorporation, and DOES 1 through 50,\n\nDefendants.\n\nCASENO.: C 09-01234 ABC\n\n"
            + "JOINT STIPULATION AND\n[PROPOSED] ORDER RE EXTENSION\n\nOF DISCOVERY CUT-OFF\n\n"
            + "PURSUANT TO CIVIL LOCAL RULE 6.2, IT IS HEREBY STIPULATED AND\nAGREED by and between the parties as follows.\n";
        var order = StayOrderExtractor.ExtractText(text).Order!;
        order.Title.Should().Be("JOINT STIPULATION AND [PROPOSED] ORDER RE EXTENSION OF DISCOVERY CUT-OFF");
        order.Parties!.Plaintiffs.Should().Equal(["TALLIS MERIDEN COMPANY, INC., a corporation"]);
    }

    [Theory]
    [InlineData("CIVIL MINUTES GENERAL", "CIVIL MINUTES GENERAL")]
    [InlineData("CRIMINAL MINUTES GENERAL ‘O’", "CRIMINAL MINUTES GENERAL")]
    public void MinutesHeading_WithoutItsDash_IsReadWhole(string heading, string title)
    {
        var text = "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\n" + heading + "\n\nCase No. 2:21-cv-04321-ABC-DEF   Date July 9, 2021\n"
            + "Title ORVAL HOLDINGS LTD v. PENWICK MEDIA LLC\n\nPresent: The Honorable MARISOL QUINTANA-REYES\n\nThe Court has read the joint report.\n";
        StayOrderExtractor.ExtractText(text).Order!.Title.Should().Be(title);
    }
}
