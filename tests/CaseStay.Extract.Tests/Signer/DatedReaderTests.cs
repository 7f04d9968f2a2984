using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Signer;

/// <summary>
/// The dated-line grammar, through the dated reader alone (<see cref="ReaderTestBase"/>), on synthetic snippets: every form of the signature block's
/// dated line and of a date header, and the metadata, hearing, stamp and sentence dates that are never the dated line.
/// </summary>
public class DatedReaderTests : ReaderTestBase
{
    /// <inheritdoc/>
    protected override string ReaderName => "dated";

    private ReaderRun Run(string text) => RunReader(text);

    [Theory]
    // The dated line of the signature block.
    [InlineData("IT IS SO ORDERED.\nDated: June 3, 2022", "2022-06-03")]
    [InlineData("IT IS SO ORDERED.\nDATED: JUNE 3, 2022", "2022-06-03")]
    [InlineData("IT IS SO ORDERED.\nDATED: 6/3/2022", "2022-06-03")]
    [InlineData("IT IS SO ORDERED.\nDated: 6/3/22", "2022-06-03")]
    [InlineData("IT IS SO ORDERED.\nDated: 12/31/99", "1999-12-31")]
    [InlineData("IT IS SO ORDERED.\nDATED: 06-03-2022", "2022-06-03")]
    [InlineData("IT IS SO ORDERED.\nDated: Jun. 3, 2022", "2022-06-03")]
    [InlineData("IT IS SO ORDERED.\nDated: Sept. 13, 2022", "2022-09-13")]
    [InlineData("IT IS SO ORDERED.\nDated: June 3rd, 2022", "2022-06-03")]
    [InlineData("IT IS SO ORDERED.\nDated June 3, 2022", "2022-06-03")]
    [InlineData("IT IS SO ORDERED.\nDate: June 3, 2022", "2022-06-03")]
    [InlineData("IT IS SO ORDERED.\nDated this 3rd day of June, 2022.", "2022-06-03")]
    [InlineData("IT IS SO ORDERED.\nDATED this 3rd day of JUNE, 2022.", "2022-06-03")]
    [InlineData("IT IS SO ORDERED, this 21st day of August, 2017.", "2017-08-21")]
    [InlineData("SO ORDERED this 9th day of March, 2016.", "2016-03-09")]
    [InlineData("IT IS SO ORDERED.\nSIGNED this 2nd day of April, 2020.", "2020-04-02")]
    [InlineData("IT IS SO ORDERED.\nENTERED: April 2, 2020", "2020-04-02")]
    [InlineData("IT IS SO ORDERED.\nDated at Fresno, California, June 3, 2022", "2022-06-03")]
    [InlineData("The stay shall remain in place.\nDated: June 3, 2022\nUNITED STATES DISTRICT JUDGE", "2022-06-03")]
    [InlineData("IT IS SO ORDERED.\n\nJune 3, 2022\n/s/ Oren B. Castellano\nUNITED STATES DISTRICT JUDGE", "2022-06-03")]
    // A date written into a blank dated line prints just above or below the rule.
    [InlineData("IT IS SO ORDERED.\n23\nOctober 9, 2020\nDATED: ______________________\n24\nHon. Irma Dole", "2020-10-09")]
    [InlineData("IT IS SO ORDERED.\nDATED: ______________________\nOctober 9, 2020\nHon. Irma Dole", "2020-10-09")]
    // Other text forms of the same line.
    [InlineData("IT IS SO ORDERED. 21 Dated: June 3, 2022 22 23", "2022-06-03")]
    [InlineData("IT\nIS\nSO\nORDERED.\nDated:\nJune\n3,\n2022", "2022-06-03")]
    [InlineData("**IT IS SO ORDERED.**\n\n**Dated:** June 3, 2022", "2022-06-03")]
    // A date header above the caption or the body.
    [InlineData("Case No. 1:19-cv-00123 ABC (PC).\nNovember 23, 2010\nORDER GRANTING MOTION TO STAY", "2010-11-23")]
    [InlineData("1:19-cv-00123-ABC-DEF\n03-14-2013\nFINDINGS AND RECOMMENDATIONS", "2013-03-14")]
    [InlineData("IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF CALIFORNIA\n\nDecember 7, 2010\n\nJOHN ROE, PLAINTIFF,\nv.\nACME CORP., DEFENDANT.", "2010-12-07")]
    [InlineData("ROE v. ACME CORP. No. 2:10-cv-0001 United States District Court, E.D. California. April 13, 2015\n\nORDER\n\nThe motion is granted.", "2015-04-13")]
    [InlineData("Case No. CV 19-0001 (ABx) Date November 6, 2018\nTitle Roe v. Acme Corp.", "2018-11-06")]
    [InlineData("JOHN ROE,\nPlaintiff,\nv.\nACME CORP.,\nDefendant.\nNovember 23, 2010\nORDER GRANTING MOTION TO STAY", "2010-11-23")]
    // The same headers with every line break gone: right after the case number or the court header.
    [InlineData("1:19-cv-00123-ABC-DEF 03-14-2013 FINDINGS AND RECOMMENDATIONS The magistrate judge has read the motion.", "2013-03-14")]
    [InlineData("Case No. 1:19-cv-00123 ABC (PC). November 23, 2010 ORDER GRANTING MOTION TO STAY Plaintiff is a prisoner proceeding without counsel.", "2010-11-23")]
    [InlineData("No. 2:19-cv-0123 ABC P. September 14, 2011 ORDER Petitioner is a state prisoner proceeding without counsel.", "2011-09-14")]
    [InlineData("IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF CALIFORNIA December 7, 2010 JOHN ROE, PLAINTIFF, v. ACME CORP., DEFENDANT. The motion is granted.", "2010-12-07")]
    // The signature block wins over a header.
    [InlineData("Case No. 1:19-cv-00123\nNovember 23, 2010\nORDER\nThe action is stayed.\nIT IS SO ORDERED.\nDated: December 1, 2010", "2010-12-01")]
    public void Forms_GiveTheDate(string text, string iso)
    {
        var run = Run(text);
        run.ReadersRun.Should().Equal(["court", "case-number", "dated"], "the dated reader needs only where the court header and the case numbers end");
        run.WarningCodes.Should().BeEmpty();
        var dated = run.Order.Dated;
        dated.Should().NotBeNull();
        dated!.Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be(iso);
    }

    [Theory]
    // Site and docket metadata.
    [InlineData("The action is stayed.\nDocument Info\nDocket Number: 3:20-cv-02146\nFiled Date: 9/8/2021\nModified Date: 6/20/2024")]
    [InlineData("Filed Date: 9/8/2021")]
    [InlineData("Hearing Date: June 3, 2022")]
    [InlineData("Action Filed: October 1, 2012\nTrial Date: None set")]
    [InlineData("Case 2:20-cv-01234-ABC-DEF Document 12 Filed 04/22/20 Page 1 of 3")]
    [InlineData("• 7/30/2019 2:12-cv-02484 #61\nNOTICE OF MOTION")]
    // Hearing lines.
    [InlineData("Date: May 1, 2025 Time: 10:00 a.m. Courtroom: 4")]
    [InlineData("Date: May 1, 2025\nTime: 10:00 a.m.\nCourtroom: 4")]
    [InlineData("DATE: May 1, 2025TIME: 10:00 a.m.DEPT: 4")]
    // Dates inside sentences, captions and background.
    [InlineData("On May 3, 2021, plaintiff filed a motion to stay.")]
    [InlineData("This case was stayed on May 3, 2021.")]
    [InlineData("JANE ROE, TRUSTEE OF THE ROE FAMILY TRUST DATED MARCH 2, 2004, Defendant.\nThe motion is granted.")]
    [InlineData("Jane Roe, trustee of the trust dated March 2, 2004, Defendant.")]
    [InlineData("ORDER\nThe parties filed a stipulation on March 2, 2004 asking for a stay.")]
    [InlineData("1:19-cv-00123-ABC-DEF\nORDER RE: STATUS REPORT DUE\nJUNE 3, 2022\nThe parties shall file a report.")]
    [InlineData("1:19-cv-00123-ABC-DEF\nORDER EXTENDING STAY UNTIL\nJUNE 3, 2022\nThe stay is extended.")]
    [InlineData("1:19-cv-00123-ABC-DEF\nORDER CONTINUING HEARING SET FOR\nJUNE 3, 2022\nThe hearing is continued.")]
    // A date in a title whose caption columns interleave: the role word of the left column stands between the title's
    // "OF" and the date, on one line or one token per line.
    [InlineData("1:19-cv-00123-ABC-DEF\nJOHN ROE, ORDER STAYING THE ACTION PENDING\nv. CONCLUSION OF\nDefendant. JUNE 3, 2022 MEDIATION\nThe parties shall file a report.")]
    [InlineData("1:19-cv-00123-ABC-DEF\nJOHN\nROE,\nORDER\nSTAYING\nTHE\nACTION\nPENDING\nv.\nCONCLUSION\nOF\nDefendant.\nJUNE\n3,\n2022\nMEDIATION\nThe\nparties\nshall\nfile\na\nreport.")]
    [InlineData("1:19-cv-00123-ABC-DEF\nORDER\nEXTENDING\nSTAY\nUNTIL\nPlaintiffs,\nJUNE\n3,\n2022\nThe\nstay\nis\nextended.")]
    // Right after the case number but inside a sentence or a labelled field: no header.
    [InlineData("1:19-cv-00123-ABC-DEF June 3, 2022 at 10:00 a.m. the parties shall appear for the hearing.")]
    [InlineData("1:19-cv-00123-ABC-DEF Hearing: June 3, 2022 ORDER SETTING CONFERENCE The parties shall appear.")]
    [InlineData("1:19-cv-00123-ABC-DEF ORDER STAYING CASE PENDING MEDIATION ON June 3, 2022 The parties shall appear.")]
    // The date of a cited decision closes its parenthetical, in any letter case.
    [InlineData("IT IS SO ORDERED.\nSEE ROE V. ACME CORP., NO. 1:01-CV-0001, 2009 WL 1234 (E.D. CAL. MAY 7, 2009).\nHON. IRMA DOLE")]
    [InlineData("IT IS SO ORDERED.\nRoe v. Acme Corp., 2015 Cal. LEXIS 4615\n(June 24, 2015)\nIrma Dole")]
    // A dated line that is no date.
    [InlineData("IT IS SO ORDERED.\nDated: February 30, 2025")]
    [InlineData("IT IS SO ORDERED, this day of , 2017.")]
    [InlineData("SO ORDERED this, the 15th day")]
    public void AntiForms_GiveNoDate(string text) => Run(text).Order.Dated.Should().BeNull();

    [Fact]
    public void BlankDatedLine_Warns_AndGivesNoDate()
    {
        var result = Run("IT IS SO ORDERED.\nDATED: ______________\nUNITED STATES DISTRICT JUDGE");
        result.Order.Dated.Should().BeNull();
        result.WarningCodes.Should().Equal(WarningCodes.DatedLineBlank);
    }

    [Theory]
    [InlineData("IT IS SO ORDERED.\nDated: July __, 2019\nHonorable Irma Dole\nApproved as to form:\nDATED: June 27, 2019 /s/ Ned Fallow")]
    [InlineData("IT IS SO ORDERED.\nDated this _____ day of September, 2021\nHonorable Irma Dole")]
    [InlineData("IT IS SO ORDERED.\nDATED: __________, 2021\nHonorable Irma Dole")]
    public void DatedLineLeftForTheHand_Warns_AndNoLaterDateIsTaken(string text)
    {
        var result = Run(text);
        result.Order.Dated.Should().BeNull();
        result.WarningCodes.Should().Equal(WarningCodes.DatedLineBlank);
    }

    [Fact]
    public void DatedLine_IsLocated()
    {
        const string text = "IT IS SO ORDERED.\n\nDated: June 3, 2022\nUNITED STATES DISTRICT JUDGE";
        var order = Run(text).Order!;
        var span = order.Provenance["dated"];
        text.Substring(span.Start, span.Length).Should().Be("Dated: June 3, 2022");
        order.Dated.Should().Be(new LocalDate(2022, 6, 3));
    }
}
