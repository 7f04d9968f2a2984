using CaseStay.Extract;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Caption;

/// <summary>Caption forms OCR produces: a doubled "Vv.", and a right-hand column (number, title) read after the body.</summary>
public class OcrCaptionFormsTests
{
    private const string Header = "UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF CALIFORNIA\n";

    [Theory]
    [InlineData("Vv.")]
    [InlineData("vV.")]
    [InlineData("v.")]
    [InlineData("vs.")]
    public void VersusInAnyOcrSpelling_SplitsTheParties(string versus)
    {
        var text = Header + "HOLLIS PRANGE,\nPlaintiff,\n" + versus + "\nBRACKEN MILLWORKS LLC,\nDefendant.\n\n"
            + "The parties have asked the court to pause this case while they talk.\nAccordingly, IT IS HEREBY ORDERED that this action is stayed.\n\nIT IS SO ORDERED.\n";
        var order = StayOrderExtractor.ExtractText(text).GetValueOrThrow();
        order.Parties!.Plaintiffs.Should().Equal("HOLLIS PRANGE");
        order.Parties.Defendants.Should().Equal("BRACKEN MILLWORKS LLC");
    }

    [Fact]
    public void ABlockAfterTheOperativePart_IsNotTheTitle()
    {
        var text = Header + "HOLLIS PRANGE,\nPetitioner,\nv.\nWARDEN OF THE NORTH YARD,\nRespondent.\n\n"
            + "Petitioner asks to pause this action while he returns to state court.\nAccordingly, IT IS HEREBY ORDERED that:\n\n"
            + "1. The motion for a stay (ECF No. 4) is GRANTED, and this action is STAYED.\n\nIT IS SO ORDERED.\n\n"
            + "Dated: March 2, 2025 /s/ Odile Fenwick\nODILE FENWICK\nUNITED STATES MAGISTRATE JUDGE\n\nORDER\n";
        var order = StayOrderExtractor.ExtractText(text).GetValueOrThrow();
        order.Title.Should().BeNull();
        order.IsStayOrder.Should().BeTrue();
        order.Directives.Should().ContainSingle();
        order.Parties!.Defendants.Should().Equal("WARDEN OF THE NORTH YARD");
    }

    [Theory]
    [InlineData("Case 2:19-cv-00417-ABC-DEF Document 12 Filed 03/04/19 Page 1 of 3 ")]
    [InlineData("1 2 3 Case 2:19-cv-00417-ABC-DEF Document 12 Filed 03/04/19 Page 1 of 3 4 5 ")]
    public void AFilingStampRunIntoTheCaption_IsNoParty(string stamp)
    {
        var text = stamp + "UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF CALIFORNIA "
            + "WENDELL ASHGROVE, Plaintiff, v. TIMBERLINE FREIGHT CO., Defendant. "
            + "The parties ask the court to pause this case. Accordingly, IT IS HEREBY ORDERED that this action is stayed. IT IS SO ORDERED.";
        var order = StayOrderExtractor.ExtractText(text).GetValueOrThrow();
        order.Parties!.Plaintiffs.Should().Equal("WENDELL ASHGROVE");
        order.Parties.Defendants.Should().Equal("TIMBERLINE FREIGHT CO.");
    }

    [Theory]
    [InlineData("ODELL FARRIS, et al., Plaintiffs, v. KESTREL BANK, N.A., et al., Defendants. No. 2:11-cv-3333-ABC-DE United States District Court, E.D. California. May 2, 2016\n\nORDER\n\nThe court has the parties' papers and rules on them now.\n")]
    [InlineData("ODELL FARRIS, et al. PLAINTIFFS v. KESTREL BANK, N.A., et al. DEFENDANTS\n\nORDER\n\nThe court has the parties' papers and rules on them now.\n\nSO ORDERED.\n\nSummaries of\n\nUnited States District Court, N.D. Mississippi, Greenville Division\nFull title:ODELL FARRIS, et al. PLAINTIFFS v. KESTREL BANK, N.A., et al. DEFENDANTS\n")]
    public void ACaptionPrintedBeforeTheCourtLine_IsRead(string text)
    {
        var order = StayOrderExtractor.ExtractText(text).GetValueOrThrow();
        order.Parties!.Plaintiffs.Should().Equal("ODELL FARRIS");
        order.Parties.Defendants.Should().Equal("KESTREL BANK, N.A.");
    }
}
