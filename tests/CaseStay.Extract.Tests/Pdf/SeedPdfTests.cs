using System.Text.RegularExpressions;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace CaseStay.Extract.Tests.Pdf;

/// <summary>
/// The seed orders rendered onto pleading paper at test time (real PdfPig writer and reader, nothing copied into
/// the repository): the PDF gives the same fields as the seed text.
/// </summary>
public partial class SeedPdfTests
{
    private static StayOrder FromPdf(string prefix)
    {
        var seed = Directory.GetFiles(TestPaths.RequireShared("seeds"), prefix + "_*.txt").Single();
        var pdf = Render(File.ReadAllLines(seed));
        using var stream = new MemoryStream(pdf);
        var result = StayOrderExtractor.ExtractAsync(stream, prefix + ".pdf").GetAwaiter().GetResult();
        result.Success.Should().BeTrue(result.Error?.Message);
        result.Source.Kind.Should().Be(SourceKinds.PdfText);
        return result.Order!;
    }

    [SkippableFact]
    public void WholeOrderSeed_AsPdf_SameFields()
    {
        var order = FromPdf("001");
        SeedExpectations.WholeOrder(order);
        order.Provenance["caseNumber"].Box.Should().NotBeNull();
    }

    [SkippableFact]
    public void PageTwoSeed_AsPdf_SameFields() => SeedExpectations.PageTwo(FromPdf("000"));

    /// <summary>Lays text lines on 28-line pleading paper (DejaVu Serif embedded, margin numbers at the left), as a word processor would print them.</summary>
    private static byte[] Render(string[] seedLines)
    {
        var lines = new List<string>();
        foreach (var raw in seedLines)
        {
            // The seed's own converter artefacts are undone first: inline margin numbers, markdown; its converter
            // wrote the footnote marker indented (" 1 The parties"), which print shows as a superscript.
            if (IndentedMarker().IsMatch(raw))
            {
                lines.Add("¹ " + IndentedMarker().Replace(raw, string.Empty).Trim());
                continue;
            }

            var line = LeadingMarginNumber().Replace(raw, string.Empty).Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            if (line.Length == 0 || line.All(char.IsAsciiDigit))
            {
                continue;
            }

            line = line.StartsWith("- ", StringComparison.Ordinal) ? "• " + line[2..] : line;
            while (line.Length > 78)
            {
                var cut = line.LastIndexOf(' ', 78);
                lines.Add(line[..cut]);
                line = line[(cut + 1)..];
            }

            lines.Add(line);
        }

        using var builder = new PdfDocumentBuilder();
        // DejaVu Serif (Debian fonts-dejavu-core, on the image and installed by .ci/run) has ¹ and §, which the standard Times encoding lacks.
        var font = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"));
        for (var start = 0; start < lines.Count; start += 26)
        {
            var page = builder.AddPage(PageSize.Letter);
            for (var n = 1; n <= 28; n++)
            {
                page.AddText(n.ToString(System.Globalization.CultureInfo.InvariantCulture), 10, new PdfPoint(n < 10 ? 52 : 47, 720 - ((n - 1) * 24)), font);
            }

            for (var i = 0; i < 26 && start + i < lines.Count; i++)
            {
                page.AddText(lines[start + i], 12, new PdfPoint(72, 720 - (i * 24)), font);
            }
        }

        return builder.Build();
    }

    [GeneratedRegex(@"^ 1 (?=[A-Z])")]
    private static partial Regex IndentedMarker();

    [GeneratedRegex(@"^\s*\d{1,2}(?=\s|$)")]
    private static partial Regex LeadingMarginNumber();
}
