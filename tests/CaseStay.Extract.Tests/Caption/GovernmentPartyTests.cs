using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Caption;

/// <summary>
/// A government party (<c>UNITED STATES OF AMERICA</c>, <c>THE UNITED STATES</c>, <c>UNITED STATES OF AMERICA ex rel.
/// …</c>, <c>PEOPLE OF THE STATE OF CALIFORNIA</c>) is kept whole, whether the caption starts right below the court
/// header, after a blank line, or after a <c>BEFORE THE HONORABLE …</c> line (transcripts); the court header itself
/// (<c>UNITED STATES DISTRICT COURT</c>) never becomes a party. Each caption is also read with its line breaks collapsed
/// to spaces. Invented names.
/// </summary>
public class GovernmentPartyTests
{
    private const string Header = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n";
    private const string InHeader = "IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF CALIFORNIA\n";
    private const string Body = "\n\nIT IS HEREBY ORDERED that this action is stayed pending the related appeal.\n\nDated: March 4, 2024\n";

    /// <summary>Name, whole text, plaintiffs and defendants ("|" between parties).</summary>
    public static TheoryData<string, string, string, string> Rows => new()
    {
        { "right below the header", Header + "UNITED STATES OF AMERICA,\nPlaintiff,\nv.\nDRAVEN OKAFOR,\nDefendant.\nNo. 2:24-cr-00123-ABC\nORDER STAYING CASE" + Body, "UNITED STATES OF AMERICA", "DRAVEN OKAFOR" },
        { "after a blank line", InHeader + "\nUNITED STATES OF AMERICA,\n\n    Plaintiff,\n\n  v.\n\nDRAVEN OKAFOR,\n\n    Defendant.\n\nNo. 2:24-cr-00123-ABC\n\nORDER STAYING CASE" + Body, "UNITED STATES OF AMERICA", "DRAVEN OKAFOR" },
        { "after BEFORE THE HONORABLE (upper case)", InHeader + "BEFORE THE HONORABLE MARGO T. FELLWOOD\n\nUNITED STATES OF AMERICA\n\n    Plaintiff,\n\nvs.\n\nDRAVEN OKAFOR\n\n    Defendant.\n\nREPORTER'S TRANSCRIPT OF PROCEEDINGS" + Body, "UNITED STATES OF AMERICA", "DRAVEN OKAFOR" },
        { "after Before the Honorable (title case)", InHeader + "Before the Honorable Margo Fellwood\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\nDRAVEN OKAFOR,\nDefendant.\nORDER STAYING CASE" + Body, "UNITED STATES OF AMERICA", "DRAVEN OKAFOR" },
        { "the united states", Header + "\nTHE UNITED STATES,\n\n    Plaintiff,\n\n  v.\n\nHOLLIS VANTREASE FARMS, LLC,\n\n    Defendant.\n\nCase No. 1:24-cv-00456-XYZ\n\nORDER STAYING CASE" + Body, "THE UNITED STATES", "HOLLIS VANTREASE FARMS, LLC" },
        { "ex rel.", Header + "\nUNITED STATES OF AMERICA ex rel. LORNA BASKETTE,\n\n    Plaintiff,\n\n  v.\n\nPELLWOOD HEALTH SYSTEMS, INC.,\n\n    Defendant.\n\nCase No. 2:24-cv-00789-ABC-DEF\n\nORDER STAYING CASE" + Body, "UNITED STATES OF AMERICA ex rel. LORNA BASKETTE", "PELLWOOD HEALTH SYSTEMS, INC." },
        { "the people", Header + "THE PEOPLE OF THE STATE OF CALIFORNIA,\nPlaintiff,\nv.\nQUILLON MARAVEL,\nDefendant.\nCase No. 2:24-cv-00789-ABC-DEF\nORDER STAYING CASE" + Body, "THE PEOPLE OF THE STATE OF CALIFORNIA", "QUILLON MARAVEL" },
        { "people, after the honorable", InHeader + "HONORABLE MARGO T. FELLWOOD, JUDGE PRESIDING\n\nPEOPLE OF THE STATE OF CALIFORNIA,\n\nPlaintiff,\n\nv.\n\nQUILLON MARAVEL,\n\nDefendant.\n\nORDER STAYING CASE" + Body, "PEOPLE OF THE STATE OF CALIFORNIA", "QUILLON MARAVEL" },
        { "government as defendant", Header + "\nWINSLOW ARKHAM,\n\n    Plaintiff,\n\n  v.\n\nUNITED STATES OF AMERICA,\n\n    Defendant.\n\nCase No. 2:24-cv-00789-ABC-DEF\n\nORDER STAYING CASE" + Body, "WINSLOW ARKHAM", "UNITED STATES OF AMERICA" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void GovernmentParty_IsKeptWhole(string name, string text, string plaintiffs, string defendants)
    {
        foreach (var (form, input) in new[] { ("lines", text), ("collapsed", text.Replace('\n', ' ')) })
        {
            var order = StayOrderExtractor.ExtractText(input).Order!;
            order.Parties.Should().NotBeNull($"{name}, {form}");
            string.Join("|", order.Parties!.Plaintiffs).Should().Be(plaintiffs, $"{name}, {form}");
            string.Join("|", order.Parties.Defendants).Should().Be(defendants, $"{name}, {form}");
        }
    }
}
