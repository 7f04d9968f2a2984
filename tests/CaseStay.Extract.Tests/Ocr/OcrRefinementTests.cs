using CaseStay.Extract.Ocr;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Ocr;

/// <summary>The second, line-band reading of a weak word never drops a footnote marker at the word's edge.</summary>
public sealed class OcrRefinementTests
{
    [Theory]
    [InlineData("!The", "The", true)]
    [InlineData("¹Parties", "Parties", true)]
    [InlineData("2Counsel", "Counsel", true)]
    [InlineData("hearing.³", "hearing.", true)]
    [InlineData("motion.|", "motion.", true)]
    [InlineData("Fee", "NORTHGATE", false)]
    [InlineData("'Petitioner", "Petitioner", false)]
    [InlineData("271(o).", "271(0).", false)]
    [InlineData("The", "The", false)]
    [InlineData("!The", "", false)]
    [InlineData("Dated!", "Date", false)]
    public void ASecondReading_ThatOnlyLosesAnEdgeMarker_IsNotTaken(string original, string again, bool losesMarker) =>
        OcrRefinement.LosesMarker(original, again).Should().Be(losesMarker);
}
