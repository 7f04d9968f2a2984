using CaseStay.Extract.Readers.Stay;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Stay;

/// <summary>The document type from the title (and the head of the body when there is no title), on invented titles.</summary>
public class DocumentTypeTests
{
    [Theory]
    [InlineData("ORDER GRANTING MOTION TO STAY", "", DocumentTypes.Order)]
    [InlineData("MEMORANDUM AND ORDER", "", DocumentTypes.Order)]
    [InlineData("MEMORANDUM DECISION", "", DocumentTypes.Order)]
    [InlineData("STIPULATION AND ORDER TO STAY PROCEEDINGS", "", DocumentTypes.StipulationAndOrder)]
    [InlineData("JOINT STIPULATION TO STAY", "IT IS SO ORDERED. UNITED STATES DISTRICT JUDGE", DocumentTypes.StipulationAndOrder)]
    [InlineData("JOINT STIPULATION TO STAY", "Respectfully submitted, counsel for the parties.", DocumentTypes.Motion)]
    [InlineData("FINDINGS AND RECOMMENDATIONS", "", DocumentTypes.FindingsAndRecommendations)]
    [InlineData("Findings & Recommendations to Grant Motion to Stay", "", DocumentTypes.FindingsAndRecommendations)]
    [InlineData("ORDER & FINDINGS & RECOMMENDATIONS", "", DocumentTypes.FindingsAndRecommendations)]
    [InlineData("ORDER ADOPTING FINDINGS AND RECOMMENDATIONS AND STAYING ACTION", "", DocumentTypes.Order)]
    [InlineData("CIVIL MINUTES - GENERAL", "", DocumentTypes.Minutes)]
    [InlineData("DEFENDANTS' NOTICE OF MOTION AND MOTION TO STAY", "", DocumentTypes.Motion)]
    [InlineData("EX PARTE APPLICATION FOR A STAY", "", DocumentTypes.Motion)]
    [InlineData("FIRST AMENDED COMPLAINT FOR DAMAGES", "", DocumentTypes.Complaint)]
    [InlineData("PETITION FOR WRIT OF HABEAS CORPUS", "", DocumentTypes.Complaint)]
    [InlineData("TRANSCRIPT OF PROCEEDINGS", "", DocumentTypes.Transcript)]
    [InlineData("JUDGMENT IN A CIVIL CASE", "", DocumentTypes.Judgment)]
    [InlineData("SPECIAL VERDICT FORM", "", DocumentTypes.Verdict)]
    [InlineData("NOTICE OF RELATED CASES", "", DocumentTypes.Notice)]
    [InlineData("PLAINTIFF'S OPPOSITION TO DEFENDANT'S MOTION TO STAY", "", DocumentTypes.Motion)]
    [InlineData("REPLY BRIEF IN SUPPORT OF REMAND", "", DocumentTypes.ResponseOrBrief)]
    [InlineData("DECLARATION OF MARA OSTEN", "", DocumentTypes.Other)]
    public void Type_FromTitle(string title, string body, string type)
    {
        var d = StayReader.Decide(title, string.Empty, body);
        d.DocumentType.Should().Be(type);
        DocumentTypes.IsOrder(d.DocumentType).Should().Be(type is DocumentTypes.Order or DocumentTypes.StipulationAndOrder or DocumentTypes.Minutes);
        if (!DocumentTypes.IsOrder(type))
        {
            d.IsStayOrder.Should().BeFalse();
        }
    }

    [Theory]
    [InlineData("NOLAN PRIETO, Defendant. REPORTER'S TRANSCRIPT OF PROCEEDINGS APPEARANCES: For the Government", DocumentTypes.Transcript)]
    [InlineData("CASE NO. CR 19-0042 REDACTED VERDICT FORM We, the jury, unanimously find", DocumentTypes.Verdict)]
    [InlineData("Plaintiff, ) COMPLAINT FOR: ) vs. ) (1) BREACH OF CONTRACT", DocumentTypes.Complaint)]
    [InlineData("Case No. 2:21-mj-0107 DEFENDANT'S RESPONSE TO GOVERNMENT'S REQUEST FOR DETENTION", DocumentTypes.ResponseOrBrief)]
    [InlineData("Case No. 2:19-cv-0101 JUDGMENT GALE ORTIZ, Warden, Respondent. Having accepted the findings and recommendation of the Magistrate Judge", DocumentTypes.Judgment)]
    [InlineData("Case No. 2:19-cv-0101 NOTICE OF APPEAL Notice is given that plaintiff appeals", DocumentTypes.Notice)]
    public void Type_WithoutTitle_FromThePrintedHead(string head, string type) =>
        StayReader.Decide(null, head, "The court").DocumentType.Should().Be(type);

    [Fact]
    public void Type_WithoutTitle_ReadsTheHead()
    {
        StayReader.Decide(null, string.Empty, "NOTICE OF MOTION AND MOTION TO STAY PROCEEDINGS\nTo all parties: Defendant will move").DocumentType.Should().Be(DocumentTypes.Motion);
        StayReader.Decide(null, string.Empty, "This action is stayed pending arbitration.\nIT IS SO ORDERED.").DocumentType.Should().Be(DocumentTypes.Order);
    }
}
