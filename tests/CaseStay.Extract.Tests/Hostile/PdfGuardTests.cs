using System.Diagnostics;
using System.Text;
using CaseStay.Extract.Pdf;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Hostile;

/// <summary>The PDF object-graph guard and the image header guard: every hostile fixture gets its one typed error
/// (no stack overflow, no allocation), and no real PDF is refused.</summary>
public class PdfGuardTests
{
    public static TheoryData<string> FixtureNames() => [.. HostileFixtures.All().Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public async Task EachHostileFixture_GivesItsTypedRecord(string name)
    {
        var fixture = HostileFixtures.All().Single(f => f.Name == name);
        using var stream = new MemoryStream(fixture.Bytes);
        var result = await StayOrderExtractor.ExtractAsync(stream, name, ExtractionOptions.Default with { OcrMode = Extract.Ocr.OcrMode.Never });
        if (fixture.ExpectedError is null)
        {
            result.Success.Should().BeTrue(result.Error?.Message);
        }
        else
        {
            result.Error.Should().NotBeNull();
            result.Error!.Code.Should().Be(fixture.ExpectedError, result.Error.Message);
        }
    }

    public static TheoryData<string> RealPdfs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestPaths.RepoRoot, f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealPdfs))]
    public void Guard_AcceptsEveryTestdataPdf(string relative) =>
        PdfGuard.Check(File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, relative)), ExtractionOptions.Default, default).Should().BeNull();

    [SkippableFact]
    public void Guard_AcceptsEveryRealCorpusPdf()
    {
        var folder = TestPaths.RequireShared(Path.Combine("corpus", "pdf"));
        var refused = Directory.GetFiles(folder, "*.pdf")
            .Select(f => (File: Path.GetFileName(f), Error: PdfGuard.Check(File.ReadAllBytes(f), ExtractionOptions.Default, default)))
            .Where(x => x.Error is not null)
            .Select(x => $"{x.File}: {x.Error!.Message}")
            .ToList();
        refused.Should().BeEmpty();
        Directory.GetFiles(folder, "*.pdf").Should().HaveCountGreaterThan(10);
    }

    [Theory]
    [InlineData(32, null)]
    [InlineData(33, ErrorCodes.PdfCorrupt)]
    public void FormChain_RefusedOnlyBeyondTheBound(int depth, string? expected) =>
        PdfGuard.Check(HostileFixtures.FormChain(depth), ExtractionOptions.Default, default)?.Code.Should().Be(expected);

    [Fact]
    public async Task FormChain_AtTheBound_IsReadByPdfPig()
    {
        using var stream = new MemoryStream(HostileFixtures.FormChain(PdfGuard.MaxFormDepth));
        var result = await StayOrderExtractor.ExtractAsync(stream, "chain.pdf");
        result.Error?.Code.Should().NotBe(ErrorCodes.PdfCorrupt);
    }

    [Theory]
    [InlineData(10, 10, null)]
    [InlineData(10, 11, ErrorCodes.TooLarge)]
    public void PageListings_CountAgainstMaxPages(int maxPages, int listings, string? expected) =>
        PdfGuard.Check(HostileFixtures.RepeatedPage(listings), ExtractionOptions.Default with { MaxPages = maxPages }, default)?.Code.Should().Be(expected);

    [Fact]
    public void FormListingItselfInSharedResources_ButNotDrawingItself_IsAccepted()
    {
        // Generators share one resource dictionary among the page and its forms: a form then "contains" itself
        // without ever drawing itself. That is not a cycle.
        var w = new HostilePdfWriter();
        var resources = w.Reserve();
        var form = w.AddStream($"/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources {resources} 0 R", "0 0 m 10 10 l S\n");
        w.Set(resources, $"<< /XObject << /Fm1 {form} 0 R >> >>");
        var pages = w.Reserve();
        var content = w.AddStream(string.Empty, "/Fm1 Do\n");
        var page = w.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources {resources} 0 R /Contents {content} 0 R >>");
        w.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var bytes = w.Build(w.Add($"<< /Type /Catalog /Pages {pages} 0 R >>"));
        PdfGuard.Check(bytes, ExtractionOptions.Default, default).Should().BeNull();
    }

    [Fact]
    public void FormDrawingItself_IsRefused()
    {
        var w = new HostilePdfWriter();
        var form = w.Reserve();
        w.SetStream(form, $"/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /Me {form} 0 R >> >>", "/Me Do\n"u8.ToArray());
        var pages = w.Reserve();
        var content = w.AddStream(string.Empty, "/Me Do\n");
        var page = w.Add($"<< /Type /Page /Parent {pages} 0 R /Resources << /XObject << /Me {form} 0 R >> >> /Contents {content} 0 R >>");
        w.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        PdfGuard.Check(w.Build(w.Add($"<< /Type /Catalog /Pages {pages} 0 R >>")), ExtractionOptions.Default, default)!.Code.Should().Be(ErrorCodes.PdfCorrupt);
    }

    [Theory]
    [InlineData(1_000_000, null)]
    [InlineData(999_999, ErrorCodes.TooLarge)]
    public void ImagePixelBudget_IsAnOption(long maxPixels, string? expected)
    {
        var w = new HostilePdfWriter();
        var image = w.Reserve();
        w.SetStream(image, "/Type /XObject /Subtype /Image /Width 1000 /Height 1000 /ColorSpace /DeviceGray /BitsPerComponent 1", new byte[125_000]);
        var pages = w.Reserve();
        var content = w.AddStream(string.Empty, "q 612 0 0 792 0 0 cm /Im Do Q\n");
        var page = w.Add($"<< /Type /Page /Parent {pages} 0 R /Resources << /XObject << /Im {image} 0 R >> >> /Contents {content} 0 R >>");
        w.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var bytes = w.Build(w.Add($"<< /Type /Catalog /Pages {pages} 0 R >>"));
        PdfGuard.Check(bytes, ExtractionOptions.Default with { MaxImagePixels = maxPixels }, default)?.Code.Should().Be(expected);
    }

    [Fact]
    public void ObjectStreams_AreScannedToo()
    {
        // The looping dictionary hidden in a Flate-compressed object stream is found as well.
        var w = new HostilePdfWriter();
        var objstmBody = "9 0 << /A [9 0 R] >>";
        var header = "9 0 ";
        var payload = Encoding.Latin1.GetBytes(header + objstmBody[header.Length..]);
        using var compressed = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(payload);
        }

        var image = w.Reserve();
        w.SetStream(image, "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Foo 9 0 R", [0, 1, 2, 3]);
        var objstm = w.Reserve();
        w.SetStream(objstm, $"/Type /ObjStm /N 1 /First {header.Length} /Filter /FlateDecode", compressed.ToArray());
        var pages = w.Reserve();
        var content = w.AddStream(string.Empty, "/Im Do\n");
        var page = w.Add($"<< /Type /Page /Parent {pages} 0 R /Resources << /XObject << /Im {image} 0 R >> >> /Contents {content} 0 R >>");
        w.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var catalog = w.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        objstm.Should().BeLessThan(9);
        PdfGuard.Check(w.Build(catalog), ExtractionOptions.Default, default)!.Code.Should().Be(ErrorCodes.PdfCorrupt);
    }

    [Fact]
    public void Guard_IsLinear_InFormChainLength()
    {
        // Counted work, not a clock: 4× the objects may cost at most 5× the steps (quadratic would be 16×).
        var options = ExtractionOptions.Default with { MaxPages = int.MaxValue };
        PdfGuard.Check(HostileFixtures.FormChain(5_000), options, default, out var small);
        PdfGuard.Check(HostileFixtures.FormChain(20_000), options, default, out var large);
        small.Should().BeGreaterThan(5_000, "every form of the chain is visited");
        ((double)large / small).Should().BeLessThan(5);
    }

    [Theory]
    [InlineData(612, 792, 300)]
    [InlineData(14_400, 14_400, 40)]
    [InlineData(1_000_000, 1_000_000, 1)]
    public void PdftoppmFallback_RendersPosterPagesAtLowerDpi(double width, double height, int dpi)
    {
        PdfPageOcr.RenderDpi(width, height, ExtractionOptions.Default.MaxImagePixels).Should().Be(dpi);
        var pixels = width / 72 * dpi * (height / 72 * dpi);
        (pixels <= ExtractionOptions.Default.MaxImagePixels || dpi == 1).Should().BeTrue();
    }

    /// <summary>n forms without resources of their own, all in the page's one XObject dictionary, with content the
    /// guard cannot decode (LZW): each may draw any of the n.</summary>
    private static byte[] SharedScopeForms(int n)
    {
        var w = new HostilePdfWriter();
        var forms = Enumerable.Range(0, n).Select(_ => w.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Filter /LZWDecode", "\u0080\u000b")).ToList();
        var names = string.Join(' ', forms.Select((f, i) => $"/F{i} {f} 0 R"));
        var pages = w.Reserve();
        var content = w.AddStream(string.Empty, "/F0 Do\n");
        var page = w.Add($"<< /Type /Page /Parent {pages} 0 R /Resources << /XObject << {names} >> >> /Contents {content} 0 R >>");
        w.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        return w.Build(w.Add($"<< /Type /Catalog /Pages {pages} 0 R >>"));
    }

    [Fact]
    public void FormsSharingOneLargeScope_AreCheckedInLinearTime()
    {
        PdfGuard.Check(SharedScopeForms(10), ExtractionOptions.Default, default)!.Code.Should().Be(ErrorCodes.PdfCorrupt, "undecodable content may draw itself");
        // Counted work, not a clock: each of n forms may draw any of the n, yet the scope's edges are built once, so
        // 4× the forms may cost at most 5× the steps (one edge list per form would be 16×).
        PdfGuard.Check(SharedScopeForms(4_000), ExtractionOptions.Default, default, out var small);
        PdfGuard.Check(SharedScopeForms(16_000), ExtractionOptions.Default, default, out var large);
        small.Should().BeGreaterThan(4_000, "every form of the scope is visited");
        ((double)large / small).Should().BeLessThan(5);
    }
}
