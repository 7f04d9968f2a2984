using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Signer;

/// <summary>
/// The signer grammar, through the judge reader and the readers it needs (<see cref="ReaderTestBase"/>), on synthetic snippets (invented names): every printed form of a
/// signature block or head signer line, and the guards that keep clauses and title phrases from becoming names.
/// </summary>
public class JudgeReaderTests : ReaderTestBase
{
    /// <inheritdoc/>
    protected override string ReaderName => "judge";

    private Judge? Read(string text)
    {
        var run = RunReader(text);
        run.ReadersRun.Should().Equal(["court", "case-number", "judge"], "the judge reader needs the case number (its initials), which needs the court header");
        return run.Order.Judge;
    }

    [Theory]
    // Name over title, in every letter case, after the closing and dated line.
    [InlineData("IT IS SO ORDERED.\n\nDated: March 4, 2024\n\n____________________\nMARGARET T. ELLSWORTH\nUNITED STATES DISTRICT JUDGE", "Margaret T. Ellsworth", "United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nDated: March 4, 2024\nMargaret T. Ellsworth\nUnited States District Judge", "Margaret T. Ellsworth", "United States District Judge")]
    [InlineData("It is so ordered.\nDated: March 4, 2024\nMARGARET T. ELLSWORTH\nunited states district judge", "Margaret T. Ellsworth", "United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nDated: March 4, 2024\nRAFAEL O. QUINTERO\nUNITED STATES MAGISTRATE JUDGE", "Rafael O. Quintero", "United States Magistrate Judge")]
    [InlineData("IT IS SO ORDERED.\nDated: March 4, 2024\nRafael O. Quintero\nUnited States Magistrate Judge", "Rafael O. Quintero", "United States Magistrate Judge")]
    [InlineData("IT IS SO ORDERED.\nDated: March 4, 2024\nRAFAEL O. QUINTERO\nU.S. MAGISTRATE JUDGE", "Rafael O. Quintero", "United States Magistrate Judge")]
    [InlineData("IT IS SO ORDERED.\nDated: March 4, 2024\nTHE HONORABLE RAFAEL O. QUINTERO\nU. S. MAGISTRATE JUDGE", "Rafael O. Quintero", "United States Magistrate Judge")]
    [InlineData("IT IS SO ORDERED.\nHON. BEATRIX N. VOLKOV\nUNITED STATES DISTRICT JUDGE", "Beatrix N. Volkov", "United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nHONORABLE BEATRIX N. VOLKOV\nSENIOR UNITED STATES DISTRICT JUDGE", "Beatrix N. Volkov", "Senior United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nBEATRIX N. VOLKOV\nSENIOR DISTRICT JUDGE", "Beatrix N. Volkov", "Senior United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nBEATRIX N. VOLKOV\nChief United States District Judge", "Beatrix N. Volkov", "Chief United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nBEATRIX N. VOLKOV\nUNITED STATES BANKRUPTCY JUDGE", "Beatrix N. Volkov", "United States Bankruptcy Judge")]
    [InlineData("IT IS SO ORDERED.\nBEATRIX VOLKOV\nDistrict Judge", "Beatrix Volkov", "United States District Judge")]
    // "/s/ X" then "X": one name; the signature keeps the printed form.
    [InlineData("IT IS SO ORDERED, this 3rd day of May, 2019. /s/ Oren B. Castellano Oren B. Castellano United States District Judge", "Oren B. Castellano", "United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nDated: May 3, 2019\n/s/ Oren B. Castellano\nOREN B. CASTELLANO\nUNITED STATES DISTRICT JUDGE", "Oren B. Castellano", "United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nDated: May 3, 2019\n/s/ Oren B. Castellano\nUNITED STATES DISTRICT JUDGE", "Oren B. Castellano", "United States District Judge")]
    [InlineData("IT IS SO ORDERED. Dated: May 3, 2019 /s/ Oren B. Castellano HON. OREN B. CASTELLANO UNITED STATES DISTRICT JUDGE", "Oren B. Castellano", "United States District Judge")]
    // Suffixes.
    [InlineData("IT IS SO ORDERED.\nGERALD F. ASHWORTH, JR.\nUnited States District Judge", "Gerald F. Ashworth, Jr.", "United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nGERALD F. ASHWORTH JR.\nUNITED STATES DISTRICT JUDGE", "Gerald F. Ashworth, Jr.", "United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nPRESTON L. WARD III\nUNITED STATES DISTRICT JUDGE", "Preston L. Ward, III", "United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nPreston L. Ward, II\nUnited States Magistrate Judge", "Preston L. Ward, II", "United States Magistrate Judge")]
    // Spelling of printed upper-case names.
    [InlineData("IT IS SO ORDERED.\nDONAL R. MCINTYRE\nUNITED STATES MAGISTRATE JUDGE", "Donal R. McIntyre", "United States Magistrate Judge")]
    [InlineData("IT IS SO ORDERED.\nFIONA O'DALY\nUNITED STATES MAGISTRATE JUDGE", "Fiona O'Daly", "United States Magistrate Judge")]
    [InlineData("IT IS SO ORDERED.\nANA-LUCIA PEREZ-VIDAL\nUNITED STATES MAGISTRATE JUDGE", "Ana-Lucia Perez-Vidal", "United States Magistrate Judge")]
    [InlineData("IT IS SO ORDERED.\nMaria de la Fuente\nUnited States Magistrate Judge", "Maria de la Fuente", "United States Magistrate Judge")]
    // Other text forms of the same block: margin numbers inline, one token per line, markdown bold, "||" residue.
    [InlineData("IT IS SO ORDERED. 20 Dated: May 2, 2023 21 MARGARET T. ELLSWORTH 22 UNITED STATES DISTRICT JUDGE 23 24", "Margaret T. Ellsworth", "United States District Judge")]
    [InlineData("IT\nIS\nSO\nORDERED.\nDated:\nMay\n2,\n2023\nMARGARET\nT.\nELLSWORTH\nUNITED\nSTATES\nDISTRICT\nJUDGE", "Margaret T. Ellsworth", "United States District Judge")]
    [InlineData("**IT IS SO ORDERED.**\n\nDated: May 2, 2023\n\n**MARGARET T. ELLSWORTH**\n**UNITED STATES DISTRICT JUDGE**", "Margaret T. Ellsworth", "United States District Judge")]
    [InlineData("IT IS SO ORDERED. 5 || Dated: May 2, 2023 6 7 Honorable Margaret T. Ellsworth United States District Judge 9 10", "Margaret T. Ellsworth", "United States District Judge")]
    // Head signer lines some sources print right after the title.
    [InlineData("ORDER\nTHEODORE K. BRANNIGAN, Magistrate Judge.\nPending before the court is a joint request to stay this case.", "Theodore K. Brannigan", "United States Magistrate Judge")]
    [InlineData("WALTER P. HOLLISTER, Jr. District Judge.\nCurrently before the Court is a motion to stay all proceedings.", "Walter P. Hollister, Jr.", "United States District Judge")]
    [InlineData("NO. 2:19-cv-00001\nThe opinion of the court was delivered by: Nadia R. Okafor United States Magistrate Judge\nORDER\nOn May 1, 2019, plaintiff filed this action.", "Nadia R. Okafor", "United States Magistrate Judge")]
    [InlineData("CIVIL MINUTES - GENERAL\nPresent: The Honorable LUCINDA M. FAIRWEATHER, U.S. DISTRICT JUDGE\nDeputy Clerk Court Reporter\nProceedings: ORDER STAYING ACTION", "Lucinda M. Fairweather", "United States District Judge")]
    [InlineData("ORDER STAYING CASE FOR VDRP\nOTTILIE P. GRANGER UNITED STATES MAGISTRATE JUDGE\nPlaintiff filed this action under the federal statute.", "Ottilie P. Granger", "United States Magistrate Judge")]
    [InlineData("ORDER GRANTING MOTION TO STAY\nOTTILIE P. GRANGER, UNITED STATES MAGISTRATE JUDGE.\nPending before the court is the parties' joint motion.", "Ottilie P. Granger", "United States Magistrate Judge")]
    // Short and long title forms.
    [InlineData("ORDER\nWALTER P. HOLLISTER, JR., Chief Judge.\nPending before the court is a motion to stay.", "Walter P. Hollister, Jr.", "Chief United States District Judge")]
    [InlineData("ORDER\nWALTER P. HOLLISTER, Senior Judge.\nPending before the court is a motion to stay.", "Walter P. Hollister", "Senior United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nWALTER P. HOLLISTER\nUNITED STATES DISTRICT COURT JUDGE", "Walter P. Hollister", "United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nDated: May 2, 2023\nBy: Honorable Walter P. Hollister\nJudge of the United States District Court", "Walter P. Hollister", "United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nWalter P. Hollister, U.S.D.J.", "Walter P. Hollister", "United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nNadia R. Okafor, U.S.M.J.", "Nadia R. Okafor", "United States Magistrate Judge")]
    // A casetext "NAME, J." line: the title comes from "the undersigned magistrate judge".
    [InlineData("ORDER\nCORDELIA V. ASHBY, J.\nThe parties shall inform the undersigned magistrate judge within seven days of a ruling.", "Cordelia V. Ashby", "United States Magistrate Judge")]
    // The same line one token per line, after an upper-case title (the title's words are no part of the name).
    [InlineData("ORDER\nSTAYING\nALL\nPROCEEDINGS\nCORDELIA\nV.\nASHBY,\nJ.\nThe\nparties\nshall\ninform\nthe\nundersigned\nmagistrate\njudge\nwithin\nseven\ndays.", "Cordelia V. Ashby", "United States Magistrate Judge")]
    [InlineData("ORDER\nCORDELIA\nASHBY,\nJ.\nThe\nparties\nshall\ninform\nthe\nundersigned\ndistrict\njudge\nwithin\nseven\ndays.", "Cordelia Ashby", "United States District Judge")]
    // A closing in sentence case ends its sentence before the name.
    [InlineData("The status conference remains on calendar.\nIt is so ordered.\nWALTER P. HOLLISTER, JR.\nUnited States District Judge", "Walter P. Hollister, Jr.", "United States District Judge")]
    [InlineData("The status conference remains on calendar. It is so ordered.\nNadia R. Okafor\nUnited States Magistrate Judge", "Nadia R. Okafor", "United States Magistrate Judge")]
    // Roster judges come back in the roster's spelling.
    [InlineData("IT IS SO ORDERED.\nKENDALL J NEWMAN\nUNITED STATES MAGISTRATE JUDGE", "Kendall J. Newman", "United States Magistrate Judge")]
    [InlineData("IT IS SO ORDERED.\nMORRISON C. ENGLAND, JR.\nUNITED STATES DISTRICT JUDGE", "Morrison C. England, Jr.", "United States District Judge")]
    public void Forms_GiveNameAndTitle(string text, string name, string title)
    {
        var judge = Read(text);
        judge.Should().NotBeNull();
        judge!.Name.Should().Be(name);
        judge.Title.Should().Be(title);
        judge.Inferred.Should().BeFalse();
    }

    [Theory]
    // A title printed alone in the block: the title, no name.
    [InlineData("IT IS SO ORDERED.\nDated: March 4, 2024\n\nUNITED STATES DISTRICT JUDGE", "United States District Judge")]
    [InlineData("IT IS SO ORDERED.\nDated: March 4, 2024\n\nunited states magistrate judge", "United States Magistrate Judge")]
    [InlineData("IT IS SO ORDERED.\nCLERK OF THE COURT\nUNITED STATES DISTRICT JUDGE", "United States District Judge")]
    public void TitleAlone_GivesNoName(string text, string title)
    {
        var judge = Read(text);
        judge.Should().NotBeNull();
        judge!.Name.Should().BeNull();
        judge.Title.Should().Be(title);
    }

    [Theory]
    // Clauses that mention a judge's title are no signer.
    [InlineData("IT IS SO ORDERED.\nThe parties may consent to proceed before a United States Magistrate Judge.")]
    [InlineData("IT IS SO ORDERED.\nAll parties have consented to the jurisdiction of a United States Magistrate Judge.")]
    [InlineData("IT IS SO ORDERED.\nALL PARTIES CONSENTED TO THE JURISDICTION OF A UNITED STATES MAGISTRATE JUDGE.")]
    [InlineData("IT IS SO ORDERED.\nThe matter is referred to the assigned magistrate judge for all further proceedings.")]
    [InlineData("ORDER\nThis matter was referred to the Honorable Quentin V. Marsh, United States Magistrate Judge, pursuant to the local rules of this court.")]
    [InlineData("ORDER\nTHIS MATTER WAS REFERRED TO THE HONORABLE QUENTIN V. MARSH, UNITED STATES MAGISTRATE JUDGE, PURSUANT TO THE LOCAL RULES.")]
    [InlineData("ORDER\nTHE CASE IS REASSIGNED TO QUENTIN V. MARSH, UNITED STATES DISTRICT JUDGE.")]
    [InlineData("Case No. 1:20-cv-00123\nSTIPULATION TO STAY ACTION\nJudge: Honorable Quentin V. Marsh, United States District Judge\nThe parties stipulate as follows.")]
    [InlineData("Assigned to: Hon. Quentin V. Marsh, U.S. District Judge\nSTIPULATION TO STAY ACTION\nThe parties stipulate as follows.")]
    [InlineData("ORDER\nPlaintiff asks that the case be reassigned to a district judge because the parties did not consent.")]
    [InlineData("IT IS SO STIPULATED.\nDated: May 1, 2024\n/s/ Harold Vance\nAttorney for Plaintiff")]
    [InlineData("IT IS SO ORDERED.\n/s/ QZX")]
    // ", J." inside a sentence, or after a mixed-case name (a citation), is no casetext signer line.
    [InlineData("ORDER\nAs noted by OSWIN P. TALLARD, J.\nThe parties shall inform the court within seven days of a ruling.")]
    [InlineData("ORDER\nSee the opinion of Oswin P. Tallard, J.\nThe parties shall inform the court within seven days of a ruling.")]
    [InlineData("ORDER\nas\nnoted\nby\nOSWIN\nTALLARD,\nJ.\nThe\nparties\nshall\ninform\nthe\ncourt\nwithin\nseven\ndays.")]
    public void Guards_GiveNoJudge(string text) => Read(text).Should().BeNull();

    [Theory]
    [InlineData("IT IS SO ORDERED.\nUNITED STATES\nDISTRICT JUDGE")]
    [InlineData("IT IS SO ORDERED.\nThe Honorable\nUnited States District Judge")]
    [InlineData("IT IS SO ORDERED.\nDated: March 4, 2024\nSENIOR JUDGE\nUNITED STATES DISTRICT JUDGE")]
    [InlineData("IT IS SO ORDERED.\nCHIEF JUDGE\nUNITED STATES DISTRICT JUDGE")]
    [InlineData("IT IS SO ORDERED.\nUNITED STATES DISTRICT COURT JUDGE")]
    public void TitlePhrases_AreNeverAName(string text) => Read(text)?.Name.Should().BeNull();

    [Theory]
    [InlineData("Case No. CV 19-0001 Date May 2, 2019\nPresent: The Honorable LUCINDA M. FAIRWEATHER\nIrma Dole Not Present\nDeputy Clerk Court Reporter", "Lucinda M. Fairweather")]
    [InlineData("Present: The Honorable LUCINDA M. FAIRWEATHER Irma Dole Not Present", "Lucinda M. Fairweather")]
    [InlineData("PRESENT: THE HONORABLE Lucinda M. Fairweather\nIRMA DOLE", "Lucinda M. Fairweather")]
    public void Minutes_PresentWithoutTitle_GiveTheName(string text, string name)
    {
        var judge = Read(text)!;
        judge.Name.Should().Be(name);
        judge.Title.Should().BeNull();
    }

    [Fact]
    public void BodyMention_DoesNotReplaceTheBlock()
    {
        const string text = "ORDER\nOn May 3, 2021, findings and recommendations were issued by the Honorable Quentin V. Marsh, United States Magistrate Judge.\n"
            + "The findings are adopted in full.\nIT IS SO ORDERED.\nDated: June 1, 2021\nUNITED STATES DISTRICT JUDGE";
        var judge = Read(text)!;
        judge.Name.Should().BeNull();
        judge.Title.Should().Be("United States District Judge");
    }

    [Fact]
    public void NamedInASentenceOfTheBlock_IsNotTheSigner()
    {
        const string text = "ORDER\nThe action is stayed.\nIT IS SO ORDERED.\nThe clerk shall serve this order on the Honorable Quentin V. Marsh, United States Bankruptcy Judge.\n"
            + "Dated: June 1, 2021\nUNITED STATES DISTRICT JUDGE";
        var judge = Read(text)!;
        judge.Name.Should().BeNull();
        judge.Title.Should().Be("United States District Judge");
    }

    [Fact]
    public void OrderThenFindings_TheSignatureAtTheEndSigns()
    {
        var filler = string.Concat(Enumerable.Repeat("The petitioner has not shown that the claims are exhausted in the state courts. ", 12));
        var text = "ORDER AND FINDINGS AND RECOMMENDATIONS\nThe motion to amend is granted.\nIT IS SO ORDERED.\n" + filler
            + "\nThese findings and recommendations are submitted to the United States District Judge assigned to the case.\n"
            + "Dated: June 1, 2021\nNADIA R. OKAFOR\nUNITED STATES MAGISTRATE JUDGE";
        var order = StayOrderExtractor.ExtractText(text).Order!;
        order.Judge!.Name.Should().Be("Nadia R. Okafor");
        order.Judge.Title.Should().Be("United States Magistrate Judge");
        order.Dated.Should().Be(new NodaTime.LocalDate(2021, 6, 1));
    }

    [Fact]
    public void StipulationSignatures_BeforeTheClosing_AreNotTheJudge()
    {
        const string text = "STIPULATION AND ORDER TO STAY\nDated: May 1, 2024 /s/ Harold Vance\nAttorney for Plaintiff\n"
            + "Dated: May 1, 2024 /s/ Irene Pollard\nAttorney for Defendant\nORDER\nPursuant to the stipulation, the action is stayed.\n"
            + "IT IS SO ORDERED.\nDated: May 6, 2024\nMARGARET T. ELLSWORTH\nUNITED STATES DISTRICT JUDGE";
        var order = StayOrderExtractor.ExtractText(text).Order!;
        order.Judge!.Name.Should().Be("Margaret T. Ellsworth");
        order.Dated.Should().Be(new NodaTime.LocalDate(2024, 5, 6));
    }

    [Fact]
    public void SlashSignature_IsKeptAsPrinted()
    {
        var judge = Read("IT IS SO ORDERED.\nDated: May 3, 2019\n/s/ Oren B. Castellano\nUNITED STATES DISTRICT JUDGE")!;
        judge.Signature.Should().Be("/s/ Oren B. Castellano");
    }

    [Fact]
    public void SameBlock_InEveryLetterCase_GivesTheSameJudge()
    {
        const string block = "IT IS SO ORDERED.\nDated: May 3, 2019\nMargaret T. Ellsworth\nUnited States District Judge";
        var a = Read(block);
        var b = Read(block.ToUpperInvariant());
        b.Should().Be(a);
    }
}
