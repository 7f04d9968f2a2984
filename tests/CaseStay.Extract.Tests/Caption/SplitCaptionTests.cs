using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Caption;

/// <summary>
/// A caption printed in two halves around the first page's body (text layers that emit the caption box's lower half
/// first): the defendants' half <c>v. NAMES, Defendants.</c> opens the text, the body follows, and the plaintiffs'
/// half <c>NAMES, Plaintiffs,</c> stands right after the court header. Synthetic snippets (invented names), in the
/// forms sources print them: lines, lines collapsed with inline numbers, one token per line, with and without the
/// filing stamp (its numbers dropped too). And the rows the rule must leave alone.
/// </summary>
public class SplitCaptionTests
{
    private const string Stamp = "Case 1:19-cv-00417-ABC-DEF Document 31 Filed 02/11/20 Page 1 of 2\n\n";

    private const string Body =
        "The parties ask the court to pause this case while the court of appeals decides the related appeal. "
        + "Having read the papers, the court finds that a pause would conserve the resources of the parties and the court.\n";

    private const string Header = "ORDER\nIN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF CALIFORNIA\n";

    private const string Tail =
        "\nCase 1:19-cv-00417-ABC-DEF Document 31 Filed 02/11/20 Page 2 of 2\n\n"
        + "Accordingly, the court grants the request and stays all proceedings pending the appeal.\n";

    private static string Lines(string stamp, string defendants, string plaintiffs) =>
        stamp + "1 2 3 4 5 6 7 8 9 10 " + defendants + "\n" + Body + Header + plaintiffs + " No. 1:19-cv-00417-ABC-DEF\n" + Tail;

    private static string Collapsed(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries));

    private static string TokenPerLine(string text) => string.Join('\n', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Name, whole text, plaintiffs and defendants ("|" between parties; "+" = et al.).</summary>
    public static TheoryData<string, string, string, string> Rows
    {
        get
        {
            var one = Lines(Stamp, "vs. HOLLIS BRANDT, et al., Defendants. /", "MARGIT OYELARAN, et al., Plaintiffs,");
            var two = Lines(string.Empty, "v. CORVALE SHIPPING CO., a Delaware corporation; and TESSA LINDQUIST, Defendants.", "NOVA REEDHAM and ELIAS TORVIK, Plaintiffs,");
            var petition = Lines(Stamp, "v. WARDEN OF PINE FLAT, Respondent. /", "DARIO FENWICK, Petitioner,");
            return new()
            {
                { "lines, filing stamp", one, "MARGIT OYELARAN+", "HOLLIS BRANDT+" },
                { "collapsed lines", Collapsed(one), "MARGIT OYELARAN+", "HOLLIS BRANDT+" },
                { "one token per line (stamp numbers dropped)", TokenPerLine(one), "MARGIT OYELARAN+", "HOLLIS BRANDT+" },
                { "no stamp, several parties", two, "NOVA REEDHAM|ELIAS TORVIK", "CORVALE SHIPPING CO., a Delaware corporation|TESSA LINDQUIST" },
                { "no stamp, collapsed", Collapsed(two), "NOVA REEDHAM|ELIAS TORVIK", "CORVALE SHIPPING CO., a Delaware corporation|TESSA LINDQUIST" },
                { "petitioner, respondent", petition, "DARIO FENWICK", "WARDEN OF PINE FLAT" },
                { "petitioner, one token per line", TokenPerLine(petition), "DARIO FENWICK", "WARDEN OF PINE FLAT" },
            };
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void SplitCaption_GivesBothHalves(string name, string text, string plaintiffs, string defendants)
    {
        var order = StayOrderExtractor.ExtractText(text).Order!;
        order.Parties.Should().NotBeNull(name);
        Show(order.Parties!.Plaintiffs, order.Parties.PlaintiffsEtAl).Should().Be(plaintiffs, name);
        Show(order.Parties.Defendants, order.Parties.DefendantsEtAl).Should().Be(defendants, name);
        order.Parties.PlaintiffRole.Should().BeOneOf("Plaintiffs", "Petitioner");
    }

    /// <summary>Texts the rule must not read as a split caption: the halves are not both there, or not where the form puts them.</summary>
    public static TheoryData<string, string> NotSplit => new()
    {
        // The defendants' half opens the text, but no court header follows: nothing to pair it with.
        { "no header", Stamp + "v. HOLLIS BRANDT, Defendants. /\n" + Body + "MARGIT OYELARAN, Plaintiffs, No. 1:19-cv-00417-ABC-DEF\n" + Tail },
        // Running text before the "v.": the defendants' half does not open the text.
        { "prose before v.", "The court has read the joint request.\nv. HOLLIS BRANDT, Defendants. /\n" + Body + Header + "MARGIT OYELARAN, Plaintiffs,\n" + Tail },
        // After the header a body sentence, not a party block.
        { "prose after header", Stamp + "v. HOLLIS BRANDT, Defendants. /\n" + Body + Header + "The plaintiffs have appealed the order denying relief, so the case waits.\n" + Tail },
    };

    [Theory]
    [MemberData(nameof(NotSplit))]
    public void NotASplitCaption_GivesNoParties(string name, string text)
    {
        var order = StayOrderExtractor.ExtractText(text).Order!;
        order.Parties.Should().BeNull(name);
    }

    /// <summary>A whole caption after the header is read by the ordinary grammar, whatever opens the text.</summary>
    [Fact]
    public void WholeCaptionAfterHeader_WinsOverAStrayHalf()
    {
        var text = Stamp + "v. HOLLIS BRANDT, Defendants. /\n" + Body + Header
            + "MARGIT OYELARAN, Plaintiff,\nv.\nQUENTIN ASHBURY, Defendant.\nNo. 1:19-cv-00417-ABC-DEF\n" + Tail;
        var parties = StayOrderExtractor.ExtractText(text).Order!.Parties;
        parties.Should().NotBeNull();
        parties!.Plaintiffs.Should().Equal("MARGIT OYELARAN");
        parties.Defendants.Should().Equal("QUENTIN ASHBURY");
    }

    private static string Show(IReadOnlyList<string> parties, bool etAl) => string.Join("|", parties) + (etAl ? "+" : string.Empty);
}
