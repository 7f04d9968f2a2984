using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Writer;

namespace CaseStay.FixtureGenerator;

/// <summary>Draws a <see cref="ScanLook"/> onto a page: skew, speckle noise, letter-shaped margin numbers,
/// a sideways court strip and a slanted received stamp.</summary>
internal static class ScanArtefacts
{
    /// <summary>The looks the scan script asks for by name.</summary>
    public static IReadOnlyDictionary<string, ScanLook> Looks { get; } = new Dictionary<string, ScanLook>(StringComparer.Ordinal)
    {
        ["margin-glyphs"] = new(MarginGlyphs: true, SidewaysCourt: false, RotatedStamp: false, CaptionNoise: true, SkewDegrees: 0.5, Seed: 11),
        ["sideways-stamp"] = new(MarginGlyphs: false, SidewaysCourt: true, RotatedStamp: true, CaptionNoise: false, SkewDegrees: -0.4, Seed: 13),
        ["plain"] = new(MarginGlyphs: false, SidewaysCourt: false, RotatedStamp: false, CaptionNoise: false, SkewDegrees: 0.3, Seed: 17, Specks: 150),
    };

    private static readonly string[] s_glyphs = ["N", "W", "BR", "RE", "Ww", "eS", "YP", "NM", "ws", "Bb", "NW", "EF", "RA"];

    /// <summary>The letter shapes that stand for margin number <paramref name="k"/>.</summary>
    public static string MarginGlyph(int k) => s_glyphs[(k - 1) % s_glyphs.Length];

    /// <summary>Rotates everything drawn after it about the page centre.</summary>
    public static void Skew(PdfPageBuilder page, double degrees)
    {
        var a = degrees * Math.PI / 180;
        var (c, s) = (Math.Cos(a), Math.Sin(a));
        const double cx = 306, cy = 396;
        Emit(page, new ModifyCurrentTransformationMatrix([c, s, -s, c, cx - (c * cx) + (s * cy), cy - (s * cx) - (c * cy)]));
    }

    public static void Draw(PdfPageBuilder page, ScanLook look, PdfDocumentBuilder.AddedFont font, int pageNumber)
    {
        var random = new Random(look.Seed + pageNumber);
        for (var i = 0; i < look.Specks; i++)
        {
            Speck(page, random, random.NextDouble() * 612, random.NextDouble() * 792);
        }

        if (look.CaptionNoise && pageNumber == 1)
        {
            for (var i = 0; i < 45; i++)
            {
                Speck(page, random, 292 + (random.NextDouble() * 22), 520 + (random.NextDouble() * 140));
            }
        }

        page.ResetColor();
        if (look.SidewaysCourt && pageNumber == 1)
        {
            Rotated(page, 90, 588, 230, () => page.AddText("UNITED STATES DISTRICT COURT  EASTERN DISTRICT OF CALIFORNIA", 11, new PdfPoint(0, 0), font));
        }

        if (look.RotatedStamp && pageNumber == 1)
        {
            Rotated(page, 18, 392, 684, () =>
            {
                page.AddText("RECEIVED", 13, new PdfPoint(20, 34), font);
                page.AddText("FEB 10 2025", 13, new PdfPoint(14, 18), font);
                page.AddText("CLERK, U.S. DISTRICT COURT", 8, new PdfPoint(0, 4), font);
            });
        }
    }

    /// <summary>Appends a raw operator (PdfPig's builder has no call for a transform); its page stream keeps a list.</summary>
    private static void Emit(PdfPageBuilder page, UglyToad.PdfPig.Graphics.Operations.IGraphicsStateOperation operation)
    {
        if (page.CurrentStream.Operations is not List<UglyToad.PdfPig.Graphics.Operations.IGraphicsStateOperation> list)
        {
            throw new InvalidOperationException("This PdfPig version's page stream cannot take a raw operator.");
        }

        list.Add(operation);
    }

    private static void Speck(PdfPageBuilder page, Random random, double x, double y)
    {
        var grey = (byte)random.Next(110, 200);
        page.SetTextAndFillColor(grey, grey, grey);
        var size = 0.2 + (random.NextDouble() * 0.35);
        page.DrawRectangle(new PdfPoint(x, y), size, size * (0.6 + random.NextDouble()), 0, fill: true);
    }

    private static void Rotated(PdfPageBuilder page, double degrees, double x, double y, Action draw)
    {
        var a = degrees * Math.PI / 180;
        Emit(page, Push.Value);
        Emit(page, new ModifyCurrentTransformationMatrix([Math.Cos(a), Math.Sin(a), -Math.Sin(a), Math.Cos(a), x, y]));
        draw();
        Emit(page, Pop.Value);
    }
}
