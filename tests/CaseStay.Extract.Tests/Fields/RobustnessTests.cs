using System.Text;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Fields;

public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t  ")]
    [InlineData(null)]
    public void EmptyText_EmptyDocumentError(string? text)
    {
        var result = StayOrderExtractor.ExtractText(text);
        result.Success.Should().BeFalse();
        result.Error!.Code.Should().Be(ErrorCodes.EmptyDocument);
        result.Order.Should().BeNull();
        var act = () => result.GetValueOrThrow();
        act.Should().Throw<ExtractionException>().Which.Error.Code.Should().Be(ErrorCodes.EmptyDocument);
    }

    [Fact]
    public async Task MissingFile_FileNotFound()
    {
        var result = await StayOrderExtractor.ExtractFileAsync(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt"));
        result.Error!.Code.Should().Be(ErrorCodes.FileNotFound);
    }

    [Fact]
    public async Task BinaryJunkInTxt_UnsupportedFormat_TheBytesDecide()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            var result = await StayOrderExtractor.ExtractFileAsync(path);
            result.Error!.Code.Should().Be(ErrorCodes.UnsupportedFormat, "random bytes are neither text, a PDF nor an image (issue 14)");
            result.Source.Sha256.Should().HaveLength(64);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task UnknownExtension_UnsupportedFormat()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".docx");
        await File.WriteAllBytesAsync(path, [0x50, 0x4B, 3, 4]);
        try
        {
            var result = await StayOrderExtractor.ExtractFileAsync(path);
            result.Error!.Code.Should().Be(ErrorCodes.UnsupportedFormat);
            result.Source.Sha256.Should().HaveLength(64);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task TooLarge_Refused()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt");
        await File.WriteAllTextAsync(path, new string('x', 2000));
        try
        {
            var result = await StayOrderExtractor.ExtractFileAsync(path, ExtractionOptions.Default with { MaxFileBytes = 1000 });
            result.Error!.Code.Should().Be(ErrorCodes.TooLarge);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Stream_Cancelled_CancelledError()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("ORDER"));
        var result = await StayOrderExtractor.ExtractAsync(stream, "a.txt", null, cts.Token);
        result.Error!.Code.Should().Be(ErrorCodes.Cancelled);
    }

    [Fact]
    public void NotAnOrder_NoInventedValues()
    {
        var order = StayOrderExtractor.ExtractText("Grocery list: 2 apples, 3 pears, 12 eggs. Meet at 10. Page 1 of 2.").Order!;
        order.IsStayOrder.Should().BeFalse();
        order.CaseNumber.Should().BeNull();
        order.Judge.Should().BeNull();
        order.Dated.Should().BeNull();
        order.Parties.Should().BeNull();
        order.Court.Should().BeNull();
        order.Directives.Should().BeEmpty();
    }

    [Fact]
    public void LongLineWithoutBreaks_Completes()
    {
        var text = string.Concat(Enumerable.Repeat("word 12 13 14 STAYED. ", 200_000));
        var result = StayOrderExtractor.ExtractText(text);
        result.Success.Should().BeTrue(result.Error?.Message);
    }

    [Fact]
    public void RandomTexts_NeverThrow_AndNeverInventACaseNumber()
    {
        var random = new Random(12345);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;-/()\n\n§¹*_|";
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[random.Next(0, 3000)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var result = StayOrderExtractor.ExtractText(text);
            result.Error?.Code.Should().NotBe(ErrorCodes.InternalError, text);
            if (result.Order?.CaseNumber is { } cn)
            {
                text.Should().Contain(cn.Raw);
            }

            if (result.Order?.Judge?.Name is { } name)
            {
                text.ToUpperInvariant().Should().Contain(name.Split(' ')[^1].ToUpperInvariant());
            }
        }
    }
}
