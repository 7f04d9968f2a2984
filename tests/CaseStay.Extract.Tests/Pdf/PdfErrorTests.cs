using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Pdf;

/// <summary>Damaged and protected PDFs: a typed error, never an exception.</summary>
public class PdfErrorTests
{
    private static readonly byte[] s_good = File.ReadAllBytes(Path.Combine(TestPaths.TestData, "orders", "pdf-vdrp-parens", "input.pdf"));

    private static async Task<ExtractionResult> ExtractBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return await StayOrderExtractor.ExtractAsync(stream, "case.pdf");
    }

    [Fact]
    public async Task ZeroBytes_EmptyDocument() =>
        (await ExtractBytes([])).Error!.Code.Should().Be(ErrorCodes.EmptyDocument);

    [Fact]
    public async Task TextWithPdfName_IsReadAsText_WithAFormatMismatchWarning()
    {
        // Issue 14: the bytes decide the format; the extension is a hint and a mismatch is a warning.
        var result = await ExtractBytes("this is a plain text file"u8.ToArray());
        result.Source.Kind.Should().Be(SourceKinds.Text);
        result.Warnings.Select(w => w.Code).Should().Contain(WarningCodes.FormatMismatch);
    }

    [Fact]
    public async Task RandomBytesWithPdfName_PdfCorrupt()
    {
        var bytes = new byte[10_000];
        new Random(3).NextBytes(bytes);
        (await ExtractBytes(bytes)).Error!.Code.Should().Be(ErrorCodes.PdfCorrupt);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.8)]
    [InlineData(0.95)]
    [InlineData(0.999)]
    public async Task Truncated_ErrorOrRecord_NeverThrows(double fraction)
    {
        var cut = s_good[..(int)(s_good.Length * fraction)];
        var result = await ExtractBytes(cut);
        if (result.Success)
        {
            result.Order!.CaseNumber?.Normalized.Should().Be("2:24-cv-02760-DJC-SCR", "a value is read or null, never invented");
        }
        else
        {
            result.Error!.Code.Should().BeOneOf(ErrorCodes.PdfCorrupt, ErrorCodes.EmptyDocument);
        }
    }

    [Fact]
    public async Task BytesFlipped_ErrorOrRecord_NeverThrows()
    {
        var random = new Random(11);
        for (var i = 0; i < 20; i++)
        {
            var copy = (byte[])s_good.Clone();
            for (var k = 0; k < 50; k++)
            {
                copy[random.Next(copy.Length)] ^= (byte)random.Next(1, 256);
            }

            var result = await ExtractBytes(copy);
            (result.Success || result.Error!.Code is ErrorCodes.PdfCorrupt or ErrorCodes.PdfEncrypted).Should().BeTrue(result.Error?.Message);
            result.Error?.Code.Should().NotBe(ErrorCodes.InternalError);
        }
    }

    [Fact]
    public void Encrypted_WithUserPassword_PdfEncrypted()
    {
        var result = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.RepoRoot, "tests", "CaseStay.Extract.Tests", "Faults", "encrypted-user-password.pdf"));
        result.Error!.Code.Should().Be(ErrorCodes.PdfEncrypted);
    }

    [Theory]
    [InlineData("encrypted-owner-only.pdf")]
    [InlineData("encrypted-rc4-owner-only.pdf")]
    public void Encrypted_OwnerPasswordOnly_IsReadAndWarned(string file)
    {
        var result = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.RepoRoot, "tests", "CaseStay.Extract.Tests", "Faults", file));
        result.Success.Should().BeTrue(result.Error?.Message);
        result.Warnings.Should().Contain(w => w.Code == WarningCodes.PdfEncrypted);
        result.Order!.CaseNumber!.Normalized.Should().Be("2:24-cv-02760-DJC-SCR");
    }
}
