using CaseStay.Extract.Readers.Caption;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Caption;

/// <summary>Splitting a printed party block into parties (invented names).</summary>
public class PartyListTests
{
    [Theory]
    [InlineData("NOLA BRANDT", "NOLA BRANDT", false)]
    [InlineData("NOLA BRANDT, et al.", "NOLA BRANDT", true)]
    [InlineData("NOLA BRANDT et al", "NOLA BRANDT", true)]
    [InlineData("UR MENDEZ, ET AL.,", "UR MENDEZ", true)]
    [InlineData("HENRY QUILL; MAVIS OKAFOR; and DELL PRATT", "HENRY QUILL|MAVIS OKAFOR|DELL PRATT", false)]
    [InlineData("COUNTY OF MADRONA, DAVID ROCHE, HECTOR VILA, and NINA SOLIS", "COUNTY OF MADRONA|DAVID ROCHE|HECTOR VILA|NINA SOLIS", false)]
    [InlineData("HALVORSEN CANDY CO., INC., MILO FENN, and ADA PRICE", "HALVORSEN CANDY CO., INC.|MILO FENN|ADA PRICE", false)]
    [InlineData("CALDER FREIGHT SOLUTIONS, LLC, a Texas Limited Liability Company; and DOES 1 through 20, inclusive", "CALDER FREIGHT SOLUTIONS, LLC, a Texas Limited Liability Company|DOES 1 through 20, inclusive", false)]
    [InlineData("RIDGE PAPER CO. and DOES 1-10", "RIDGE PAPER CO.|DOES 1-10", false)]
    [InlineData("MARIA F. ROYCE and CELIA ANN PARR", "MARIA F. ROYCE|CELIA ANN PARR", false)]
    [InlineData("DEPARTMENT OF FISH AND GAME", "DEPARTMENT OF FISH AND GAME", false)]
    [InlineData("HABRA & MASTERS, et al.", "HABRA & MASTERS", true)]
    [InlineData("E. LANDRY, Warden, et al.", "E. LANDRY, Warden", true)]
    [InlineData("ROSA BANE, in her official capacity as Attorney General of the State of Nevada", "ROSA BANE, in her official capacity as Attorney General of the State of Nevada", false)]
    [InlineData("OWEN DALE FISK, individually and dba FISK'S TAVERN & GRILL", "OWEN DALE FISK, individually and dba FISK'S TAVERN & GRILL", false)]
    [InlineData("MTQQ Investors, L.P.", "MTQQ Investors, L.P.", false)]
    [InlineData("ANDREA LOWE, JR., and PETER LOWE, SR.", "ANDREA LOWE, JR.|PETER LOWE, SR.", false)]
    [InlineData("CEDAR COFFEE CORPORATION, A Washington Corporation; AND DOES 1-10", "CEDAR COFFEE CORPORATION, A Washington Corporation|DOES 1-10", false)]
    public void Split_GivesParties(string block, string expected, bool etAl)
    {
        var (parties, flag) = PartyList.Split(block);
        string.Join("|", parties).Should().Be(expected);
        flag.Should().Be(etAl);
    }
}
