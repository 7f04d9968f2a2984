using CaseStay.Extract.Layout;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Hostile;

/// <summary>One definition of white space: every Unicode space separator is a space for the tokenizer and the readers.</summary>
public class WhiteSpaceTests
{
    public static TheoryData<char> Spaces() =>
    [
        ' ', '\t', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
        '\u2009', '\u200A', '\u202F', '\u205F', '\u3000',
    ];

    [Theory]
    [MemberData(nameof(Spaces))]
    public void EverySpaceSeparator_IsSpace(char c) => Token.IsSpace(c).Should().BeTrue();

    [Theory]
    [InlineData('a')]
    [InlineData('\n')]
    [InlineData('\f')]
    [InlineData('-')]
    public void NotSpace(char c) => Token.IsSpace(c).Should().BeFalse();

    [Theory]
    [MemberData(nameof(Spaces))]
    public void AnOrderSpacedWithAnySeparator_ReadsTheSame(char space)
    {
        var text = HostileFixtures.GoodText;
        var spaced = text.Replace(' ', space);
        var plain = StayOrderExtractor.ExtractText(text);
        var result = StayOrderExtractor.ExtractText(spaced);
        result.Order!.CaseNumber!.Normalized.Should().Be(plain.Order!.CaseNumber!.Normalized);
        result.Order.Parties!.Plaintiffs.Should().Equal(plain.Order.Parties!.Plaintiffs);
        result.Order.Judge!.Name.Should().Be(plain.Order.Judge!.Name);
        result.Order.Dated.Should().Be(plain.Order.Dated);
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u0085')]
    public void LineSeparators_EndLines(char separator)
    {
        var text = HostileFixtures.GoodText.Replace("\n", separator.ToString(), StringComparison.Ordinal);
        var plain = StayOrderExtractor.ExtractText(HostileFixtures.GoodText);
        var result = StayOrderExtractor.ExtractText(text);
        result.Order!.CaseNumber!.Normalized.Should().Be(plain.Order!.CaseNumber!.Normalized);
        result.Order.Dated.Should().Be(plain.Order.Dated);
        result.Order.Directives.Should().HaveCount(plain.Order.Directives.Count);
    }
}
