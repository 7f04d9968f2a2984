using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Fields;

public class ReferenceTests
{
    private static StayOrder Extract(string text) => StayOrderExtractor.ExtractText(text).Order!;

    [Theory]
    [InlineData("removed under 28 U.S.C. §§ 1332, 1441, and 1446. ECF No. 1.", "usc", 28, "1332,1441,1446")]
    [InlineData("the automatic stay of 11 U.S.C. § 362(a) applies.", "usc", 28 * 0 + 11, "362(a)")]
    [InlineData("consent under § 636(c) was given.", "section", null, "636(c)")]
    [InlineData("disclosures under Fed. R. Civ. P. 26(a)(1) are due.", "rule", null, "26(a)(1)")]
    [InlineData("dismissal under Federal Rule of Civil Procedure 41 is proper.", "rule", null, "41")]
    [InlineData("comply with E.D. Cal. L.R. 271 now.", "local-rule", null, "271")]
    [InlineData("consistent with L.R. 271(o) today.", "local-rule", null, "271(o)")]
    [InlineData("under Local Rule 16-271 as amended.", "local-rule", null, "16-271")]
    [InlineData("See Rhines v. Weber, 544 U.S. 269 (2005).", "case", null, "544 U.S. 269")]
    [InlineData("as noted (ECF Nos. 7, 9) before.", "docket", null, "7,9")]
    [InlineData("as noted (Doc. No. 10) before.", "docket", null, "10")]
    [InlineData("as noted (Dckt. No. 29) before.", "docket", null, "29")]
    public void Citations_AreParsed(string text, string kind, int? title, string sections)
    {
        var c = Extract(text).Citations.Should().Contain(x => x.Kind == kind).Which;
        c.Title.Should().Be(title);
        string.Join(',', c.Sections).Should().Be(sections);
    }

    [Fact]
    public void Contact_VdrpAdministrator()
    {
        var c = Extract("contacting the court's VDRP administrator, Sujean Park, at (916) 930-4278 or SPark@caed.uscourts.gov, and file").Contacts.Single();
        c.Role.Should().Be("VDRP administrator");
        c.Name.Should().Be("Sujean Park");
        c.Phone.Should().Be("(916) 930-4278");
        c.Email.Should().Be("SPark@caed.uscourts.gov");
    }

    [Fact]
    public void Facts_RemovalWithDateAndStatutes_AndRulings()
    {
        var order = Extract("On August 29, 2024, Defendant Amazon.com Services LLC removed this personal injury action to this court under 28 U.S.C. §§ 1332, 1441, and 1446. ECF No. 1. Defendant previously filed an answer. The motion to stay (ECF No. 12) is GRANTED.");
        var removal = order.Facts.Single(f => f.Kind == "removal");
        removal.Date.Should().Be(new LocalDate(2024, 8, 29));
        removal.Statutes.Should().Equal("28 U.S.C. §§ 1332, 1441, and 1446");
        order.Facts.Should().Contain(f => f.Kind == "answer");
        order.Facts.Single(f => f.Kind == "motion-granted").DocketNumbers.Should().Equal("12");
    }

    [Fact]
    public void Stay_VacatedDeadlines_AndDocumentType()
    {
        var order = Extract("ORDER\nIT IS HEREBY ORDERED that:\n1. This action is STAYED.\n2. All previously set deadlines and hearings are VACATED.");
        order.Stay!.VacatesDeadlines.Should().BeTrue();
        order.DocumentType.Should().Be(DocumentTypes.Order);
        Extract("FINDINGS AND RECOMMENDATIONS\nThe undersigned recommends a stay.").DocumentType.Should().Be(DocumentTypes.FindingsAndRecommendations);
    }
}
