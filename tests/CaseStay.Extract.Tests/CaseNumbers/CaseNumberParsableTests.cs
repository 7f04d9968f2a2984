using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.CaseNumbers;

/// <summary><see cref="IParsable{TSelf}"/> round trips and equality on the normalized value.</summary>
public class CaseNumberParsableTests
{
    private static T ParseAs<T>(string s) where T : IParsable<T> => T.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static bool TryParseAs<T>(string? s, out T? value) where T : IParsable<T> => T.TryParse(s, null, out value);

    [Theory]
    [MemberData(nameof(CaseNumberGrammarTests.Forms), MemberType = typeof(CaseNumberGrammarTests))]
    public void Parse_ThenToString_RoundTrips(string printed, string normalized, string type, string initials, string? suffix, int? defendant)
    {
        _ = (type, initials, suffix, defendant);
        var first = ParseAs<CaseNumber>(printed);
        var again = ParseAs<CaseNumber>(first.ToString());
        again.Should().Be(first);
        again.ToString().Should().Be(normalized);
        again.GetHashCode().Should().Be(first.GetHashCode());
    }

    [Theory]
    [InlineData("No. 2:19-cv-812 QRS TUV", "Case No.: 2:19-cv-00812-QRS-TUV")]
    [InlineData("2: 19-cv-812 QRS TUV", "2:19–cv–812–QRS–TUV")]
    [InlineData("CIV S-04-1822 QRS TUV", "2:04-cv-01822-QRS-TUV")]
    [InlineData("16cv4410-QRS (TUV)", "16-CV-4410 QRS TUV")]
    [InlineData("5:16-cv-00419-QRS(TUVx)", "5:16-cv-419-QRS-TUV")]
    public void DifferentPrints_OfOneNumber_AreEqual(string a, string b)
    {
        var x = CaseNumber.Parse(a);
        var y = CaseNumber.Parse(b);
        x.Should().Be(y);
        (x == y).Should().BeTrue();
        x.GetHashCode().Should().Be(y.GetHashCode());
        x.Raw.Should().NotBe(y.Raw);
    }

    [Theory]
    [InlineData("2:19-cv-00812-QRS-TUV", "1:19-cv-00812-QRS-TUV")]
    [InlineData("2:19-cv-00812-QRS-TUV", "2:19-cv-00812-QRS")]
    [InlineData("2:19-cr-00812-QRS-1", "2:19-cr-00812-QRS-2")]
    [InlineData("2:19-cv-00812", "19-cv-00812")]
    public void DifferentNormalizedValues_AreNotEqual(string a, string b)
    {
        CaseNumber.Parse(a).Should().NotBe(CaseNumber.Parse(b));
    }

    [Fact]
    public void InferredOffice_EqualsThePrintedOffice()
    {
        var inferred = CaseNumber.Parse("19-cv-00812-QRS").WithInferredOffice(2);
        inferred.OfficeInferred.Should().BeTrue();
        inferred.Should().Be(CaseNumber.Parse("2:19-cv-00812-QRS"));
        CaseNumber.Parse("2:19-cv-00812-QRS").OfficeInferred.Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no number here")]
    [InlineData("2:19-cv-00812-QRS and more")]
    public void TryParse_NotACaseNumber_IsFalse_AndParseThrowsFormatException(string? text)
    {
        TryParseAs<CaseNumber>(text, out var value).Should().BeFalse();
        value.Should().BeNull();
        if (text is not null)
        {
            var act = () => ParseAs<CaseNumber>(text);
            act.Should().Throw<FormatException>();
        }
    }
}
