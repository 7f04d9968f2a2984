using CaseStay.Extract.Pdf;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Pdf;

/// <summary>
/// Pages carrying <c>/Rotate</c> (testdata/review/rotated, made by testdata/generate_rotated_fixtures.sh from an upright
/// generated order): read by the real PdfPig, each gives the same fields as its upright source, and its provenance
/// boxes stay in unrotated user space — where the words are in both files — so they equal the upright file's boxes.
/// </summary>
public class PdfRotationTests
{
    private const string Upright = "pdf-vdrp-26-lines";

    public static TheoryData<string> Rotated() => PdfFixtureSet.Theory(PdfFixtureSet.RotatedFiles());

    [Fact]
    public void Fixtures_CoverEachTurn()
    {
        PdfFixtureSet.RotatedFiles().Should().Contain(["pdf-vdrp-rotate-90.pdf", "pdf-vdrp-rotate-180.pdf", "pdf-vdrp-rotate-270.pdf", "pdf-vdrp-rotate-90-270.pdf"]);
    }

    [Theory]
    [MemberData(nameof(Rotated))]
    public void RotatedPage_SameFieldsAsUpright(string name)
    {
        var upright = PdfFixtureSet.ExtractOrder(Upright);
        var rotated = StayOrderExtractor.ExtractFile(Path.Combine(PdfFixtureSet.Rotated, name));
        rotated.Success.Should().BeTrue(rotated.Error?.Message);
        rotated.Source.Kind.Should().Be(SourceKinds.PdfText);
        var a = rotated.Order!;
        var b = upright.Order!;
        b.CaseNumber.Should().NotBeNull("the upright source must itself be read for the comparison to mean anything");
        a.NotStayReason?.Code.Should().NotBe(NotStayReasons.NeedsOcr);
        a.Court.Should().BeEquivalentTo(b.Court);
        a.CaseNumber.Should().BeEquivalentTo(b.CaseNumber);
        PdfFixtureSet.ShouldReadAs(a, b);
    }

    [Theory]
    [MemberData(nameof(Rotated))]
    public void RotatedPage_BoxesInUnrotatedUserSpace(string name)
    {
        var upright = PdfFixtureSet.ExtractOrder(Upright).Order!.Provenance;
        var rotated = StayOrderExtractor.ExtractFile(Path.Combine(PdfFixtureSet.Rotated, name)).Order!.Provenance;
        rotated.Keys.Should().BeEquivalentTo(upright.Keys);
        upright.Values.Count(s => s.Box is not null).Should().BeGreaterThan(3);
        foreach (var (field, span) in upright)
        {
            var turned = rotated[field];
            (turned.Page, turned.Start, turned.Length).Should().Be((span.Page, span.Start, span.Length), field);
            if (span.Box is { } box)
            {
                turned.Box.Should().NotBeNull(field);
                var other = turned.Box!;
                new[] { other.Left - box.Left, other.Bottom - box.Bottom, other.Right - box.Right, other.Top - box.Top }
                    .Should().OnlyContain(d => Math.Abs(d) <= 0.5, field);
            }
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(90, 90)]
    [InlineData(180, 180)]
    [InlineData(270, 270)]
    [InlineData(360, 0)]
    [InlineData(450, 90)]
    [InlineData(-90, 270)]
    [InlineData(-180, 180)]
    [InlineData(45, 0)]
    public void Normalize_AnyMultipleOfNinety(int given, int expected)
    {
        PageRotation.Normalize(given).Should().Be(expected);
    }
}
