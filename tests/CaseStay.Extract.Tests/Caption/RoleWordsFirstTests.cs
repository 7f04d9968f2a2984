using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Caption;

/// <summary>
/// Captions as plain pdftotext emits some two-column boxes: the role-word column first ("Plaintiff, vs."), then the
/// names as two paragraphs, then the defendants' role word; and ":" printed alone as the caption's middle column.
/// The two paragraphs are the two parties in order; with one paragraph or three the split is unknown (no parties).
/// Synthetic captions, invented names.
/// </summary>
public class RoleWordsFirstTests
{
    private const string Header = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nFRESNO DIVISION\n\n";
    private const string Body = "\n\nCase No. 1:22-cv-00417-QRS\nORDER STAYING CASE\n\nIT IS HEREBY ORDERED that this action is stayed pending arbitration.\nIT IS SO ORDERED.\n";

    /// <summary>Name, caption, plaintiffs and defendants ("|" between parties; null = no parties read).</summary>
    public static TheoryData<string, string, string?, string?> Rows => new()
    {
        { "role words first, two paragraphs", "Plaintiff,\n\nvs.\n\nORVILLE PENNYWHISTLE,\n\nMARISOL DEVEREAUX,\nDefendant.", "ORVILLE PENNYWHISTLE", "MARISOL DEVEREAUX" },
        { "role words first, ':' column", "Plaintiff,\n\nvs.\n\n:\n:\n:\n:\nSTATE OF FENWICK,\n\nMARISOL DEVEREAUX,\nDefendant.", "STATE OF FENWICK", "MARISOL DEVEREAUX" },
        { "role words first, names over two lines each", "Petitioner,\nv.\n\nORVILLE P.\nPENNYWHISTLE,\n\nWARDEN OF THE\nNORTH RIDGE FACILITY,\nRespondent.", "ORVILLE P. PENNYWHISTLE", "WARDEN OF THE NORTH RIDGE FACILITY" },
        { "':' column in the usual order", "ORVILLE PENNYWHISTLE,   :\n                        :   Case No. 1:22-cv-00417-QRS\n     Plaintiff,         :\n   vs.                  :\nMARISOL DEVEREAUX,      :\n     Defendant.         :", "ORVILLE PENNYWHISTLE", "MARISOL DEVEREAUX" },
        { "role words first, one paragraph: unknown", "Plaintiff,\n\nvs.\n\nORVILLE PENNYWHISTLE,\nMARISOL DEVEREAUX,\nDefendant.", null, null },
        { "role words first, three paragraphs: unknown", "Plaintiff,\n\nvs.\n\nORVILLE PENNYWHISTLE,\n\nMARISOL DEVEREAUX,\n\nTOBIAS KERN,\nDefendants.", null, null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void RoleWordsFirst_TwoParagraphsAreTheTwoParties(string name, string caption, string? plaintiffs, string? defendants)
    {
        var order = StayOrderExtractor.ExtractText(Header + caption + Body).Order!;
        (order.Parties is null ? null : string.Join("|", order.Parties.Plaintiffs)).Should().Be(plaintiffs, name);
        (order.Parties is null ? null : string.Join("|", order.Parties.Defendants)).Should().Be(defendants, name);
    }
}
