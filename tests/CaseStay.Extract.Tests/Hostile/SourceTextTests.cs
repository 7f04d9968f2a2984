using System.Text;
using CaseStay.Extract.Serialization;
using CaseStay.Extract.Sources;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Hostile;

/// <summary>Honest decoding of text files (byte-order marks, invalid UTF-8, Windows-1252) and the one-to-one
/// compatibility normalization (digits of any script, full-width forms, white space) before the readers.</summary>
public class SourceTextTests
{
    private static async Task<ExtractionResult> Extract(byte[] bytes, string name = "order.txt")
    {
        using var stream = new MemoryStream(bytes);
        return await StayOrderExtractor.ExtractAsync(stream, name);
    }

    private static string OrderJson(ExtractionResult r) => StayOrderJson.Serialize(r with { Source = r.Source with { Sha256 = string.Empty, Path = null } });

    [Theory]
    [InlineData("utf16le-bom.txt")]
    [InlineData("utf16be-bom.txt")]
    [InlineData("utf32le-bom.txt")]
    [InlineData("utf32be-bom.txt")]
    [InlineData("fullwidth-digits.txt")]
    [InlineData("arabic-indic-digits.txt")]
    public async Task EncodedOrDigitVariant_GivesTheSameRecordAsUtf8(string name)
    {
        var good = await Extract(Encoding.UTF8.GetBytes(HostileFixtures.GoodText));
        var variant = await Extract(HostileFixtures.All().Single(f => f.Name == name).Bytes);
        good.Order!.CaseNumber.Should().NotBeNull();
        variant.Warnings.Select(w => w.Code).Should().NotContain(WarningCodes.ReaderFailed);
        OrderJson(variant).Should().Be(OrderJson(good));
    }

    [Fact]
    public async Task StrayInvalidByte_IsReplaced_RestStaysUtf8_WithCountedWarning()
    {
        var result = await Extract(HostileFixtures.StrayByte());
        result.Order!.Parties!.Plaintiffs.Should().Equal("LUIS ORTEGA-MÁRSH");
        result.Order.CaseNumber!.Normalized.Should().Be("1:23-cv-00981-KES-EPG");
        result.Warnings.Should().ContainSingle(w => w.Code == WarningCodes.InvalidUtf8).Which.Message.Should().Contain("1 byte");
    }

    [Fact]
    public void Windows1252_OnlyWhenNotUtf8AtAll()
    {
        // "Café “quoted” — end" in Windows-1252: é = E9, quotes 93/94, em dash 97; not one valid UTF-8 sequence.
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " "u8, 0x93, .. "quoted"u8, 0x94, .. " "u8, 0x97, .. " end"u8];
        var decoded = SourceText.Decode(bytes);
        decoded.Text.Should().Be("Café “quoted” — end");
        decoded.EncodingName.Should().Be("windows-1252");
        decoded.Warnings.Should().ContainSingle(w => w.Code == WarningCodes.Windows1252);

        // The same bytes beside one valid UTF-8 character: UTF-8 with replacements.
        var mixed = SourceText.Decode([.. bytes, .. "ü"u8]);
        mixed.EncodingName.Should().Be("utf-8");
        mixed.Text.Should().EndWith("end\u00FC").And.Contain("\uFFFD");
        mixed.Warnings.Should().ContainSingle(w => w.Code == WarningCodes.InvalidUtf8).Which.Message.Should().Contain("4 byte");
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16WithoutByteOrderMark_IsRecognized(string name)
    {
        var encoding = name == "utf-16le" ? new UnicodeEncoding(false, false) : new UnicodeEncoding(true, false);
        var decoded = SourceText.Decode(encoding.GetBytes(HostileFixtures.GoodText));
        decoded.EncodingName.Should().Be(name);
        decoded.Text.Should().Be(HostileFixtures.GoodText);
    }

    [Fact]
    public void Utf8ByteOrderMark_IsDropped() =>
        SourceText.Decode([0xEF, 0xBB, 0xBF, .. "No. 5"u8]).Text.Should().Be("No. 5");

    [Theory]
    [InlineData("Case ２:２４-ｃｖ-０１２３４", "Case 2:24-cv-01234")]
    [InlineData("within ٣٠ days", "within 30 days")]
    [InlineData("within ۳۰ days", "within 30 days")]
    [InlineData("section १२", "section 12")]
    [InlineData("a\u3000b\u2003c\u00A0d\u1680e\u202Ff\u205Fg", "a b c d e f g")]
    [InlineData("line\u2028next\u2029para\u0085nel", "line\nnext\npara\nnel")]
    [InlineData("footnote¹ and ²", "footnote¹ and ²")]
    [InlineData("plain ASCII 123", "plain ASCII 123")]
    public void NormalizeCompatibility_MapsOneToOne(string input, string expected)
    {
        var normalized = SourceText.NormalizeCompatibility(input);
        normalized.Should().Be(expected);
        normalized.Length.Should().Be(input.Length, "offsets must still point into the input");
    }

    [Theory]
    [InlineData('\uFF10')]
    [InlineData('\u0660')]
    [InlineData('\u06F0')]
    [InlineData('\u0966')]
    public void OtherScriptDigits_InCaseNumberDeadlineAndCitation_AreDigits(char zero)
    {
        // A synthetic order in our own words; every digit in the given script.
        var text = HostileFixtures.ToDigits(
            "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nPAT EXAMPLE, Plaintiff,\nv.\nACME WIDGETS, INC., Defendant.\n\n"
            + "No. 2:24-cv-01234-ABC-DEF\n\nORDER STAYING CASE\n\nThe parties ask for a stay under 28 U.S.C. § 1292(b). IT IS HEREBY ORDERED that:\n"
            + "1. This action is STAYED.\n2. The parties shall file a joint status report within 30 days of this order.\n\n"
            + "IT IS SO ORDERED.\n\nDated: March 4, 2025\n\n/s/ Alex Q. Sample\nUNITED STATES DISTRICT JUDGE\n", zero);
        var ascii = StayOrderExtractor.ExtractText(HostileFixtures.ToDigits(text, '0'));
        var result = StayOrderExtractor.ExtractText(text);
        result.Success.Should().BeTrue(result.Error?.Message);
        result.Warnings.Select(w => w.Code).Should().NotContain(WarningCodes.ReaderFailed);
        result.Order!.CaseNumber!.Normalized.Should().Be("2:24-cv-01234-ABC-DEF");
        result.Order.Dated.Should().Be(ascii.Order!.Dated);
        result.Order.Deadlines.Should().HaveCount(ascii.Order.Deadlines.Count);
        result.Order.Citations.Select(c => c.Text).Should().Equal(ascii.Order.Citations.Select(c => c.Text));
    }
}
