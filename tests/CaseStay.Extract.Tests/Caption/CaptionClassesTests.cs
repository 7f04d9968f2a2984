using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Caption;

/// <summary>
/// Caption classes that once came back with no parties, on synthetic captions (invented names): plain-text orders
/// with no margin numbers (blank lines or none, the case-number cell beside or after the party block, one or more
/// parties, plaintiff/petitioner and defendant/respondent role words), party names carrying markup-like characters
/// (kept verbatim).
/// </summary>
public class CaptionClassesTests
{
    private const string Header = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\n";
    private const string Body = "\n\nGood cause appearing, IT IS HEREBY ORDERED that this action is stayed pending arbitration.\n\nDated: March 4, 2024\n";

    /// <summary>Name, whole text, plaintiffs and defendants ("|" between parties; "+" = et al.).</summary>
    public static TheoryData<string, string, string, string> Rows => new()
    {
        { "plain, blank lines, number after", Header + "LOTTIE QUARLES,\n\n    Plaintiff,\n\n  v.\n\nBRACKEN TOOLWORKS, INC.,\n\n    Defendant.\n\nCase No. 2:24-cv-04411-ABC-DEF\n\nORDER STAYING CASE" + Body, "LOTTIE QUARLES", "BRACKEN TOOLWORKS, INC." },
        { "plain, no blank lines", Header + "LOTTIE QUARLES,\nPlaintiff,\nv.\nBRACKEN TOOLWORKS, INC.,\nDefendant.\nCase No. 2:24-cv-04411-ABC-DEF\nORDER STAYING CASE" + Body, "LOTTIE QUARLES", "BRACKEN TOOLWORKS, INC." },
        { "plain, number before", Header + "Case No. 2:24-cv-04411-ABC-DEF\n\nLOTTIE QUARLES,\n\n    Plaintiff,\n\n  v.\n\nBRACKEN TOOLWORKS, INC.,\n\n    Defendant.\n\nORDER STAYING CASE" + Body, "LOTTIE QUARLES", "BRACKEN TOOLWORKS, INC." },
        { "plain, number beside", Header + "LOTTIE QUARLES,                  Case No. 2:24-cv-04411-ABC-DEF\n\n        Plaintiff,               ORDER STAYING CASE\n\n   v.\n\nBRACKEN TOOLWORKS, INC.,\n\n        Defendant.\n" + Body, "LOTTIE QUARLES", "BRACKEN TOOLWORKS, INC." },
        { "centred header, CRLF", "          UNITED STATES DISTRICT COURT\r\n        EASTERN DISTRICT OF CALIFORNIA\r\n\r\nLottie Quarles,\r\n\r\n\tPlaintiff,\r\n\r\n\tv.\r\n\r\nBracken Toolworks, Inc.,\r\n\r\n\tDefendant.\r\n\r\nCase No. 2:24-cv-04411-ABC-DEF\r\n\r\nORDER STAYING CASE" + Body, "Lottie Quarles", "Bracken Toolworks, Inc." },
        { "several parties, plural roles", Header + "LOTTIE QUARLES and DEV ANAND OKORO,\n\n    Plaintiffs,\n\n  vs.\n\nBRACKEN TOOLWORKS, INC.; FENLOW BANK, N.A.; and DOES 1-5,\n\n    Defendants.\n\nCase No. 2:24-cv-04411-ABC-DEF\n\nORDER STAYING CASE" + Body, "LOTTIE QUARLES|DEV ANAND OKORO", "BRACKEN TOOLWORKS, INC.|FENLOW BANK, N.A.|DOES 1-5" },
        { "petitioner, respondents", Header + "OSRIC VANTERPOOL,\n\n    Petitioner,\n\n  v.\n\nPRISCA HALE, Warden, et al.,\n\n    Respondents.\n\nNo. 1:24-cv-00918-XYZ (HC)\n\nORDER HOLDING PETITION IN ABEYANCE" + Body, "OSRIC VANTERPOOL", "PRISCA HALE, Warden+" },
        { "no body after the title", Header + "LOTTIE QUARLES,\n\nPlaintiff,\n\nv.\n\nBRACKEN TOOLWORKS, INC.,\n\nDefendant.\n\nCase No. 2:24-cv-04411-ABC-DEF\n\nORDER STAYING CASE\n", "LOTTIE QUARLES", "BRACKEN TOOLWORKS, INC." },
        { "markup-like characters", Header + "LOTTIE QUARLES,\n\n    Plaintiff,\n\n  v.\n\nMARSHLAND <i>=q</i> HAULING LLC,\n\n    Defendant.\n\nCase No. 2:24-cv-04411-ABC-DEF\n\nORDER STAYING CASE" + Body, "LOTTIE QUARLES", "MARSHLAND <i>=q</i> HAULING LLC" },
        { "quotes, ampersand, less-than", Header + "TOBIAS \"TOBY\" WREN & DAUGHTERS,\n\n    Plaintiff,\n\n  v.\n\nA<Z 'PRIME' OUTFITTERS, INC.,\n\n    Defendant.\n\nCase No. 2:24-cv-04411-ABC-DEF\n\nORDER STAYING CASE" + Body, "TOBIAS \"TOBY\" WREN & DAUGHTERS", "A<Z 'PRIME' OUTFITTERS, INC." },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Caption_GivesTheParties(string name, string text, string plaintiffs, string defendants)
    {
        var order = StayOrderExtractor.ExtractText(text).Order!;
        order.Parties.Should().NotBeNull(name);
        Show(order.Parties!.Plaintiffs, order.Parties.PlaintiffsEtAl).Should().Be(plaintiffs, name);
        Show(order.Parties.Defendants, order.Parties.DefendantsEtAl).Should().Be(defendants, name);
    }

    private static string Show(IReadOnlyList<string> parties, bool etAl) => string.Join("|", parties) + (etAl ? "+" : string.Empty);
}
