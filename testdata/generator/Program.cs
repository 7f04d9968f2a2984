using CaseStay.FixtureGenerator;

// Renders every spec of Specs.All onto pleading paper with embedded TrueType fonts (DejaVu Serif, Debian package
// fonts-dejavu-core) and writes <out>/<slug>/input.pdf plus twin.txt (the same order as plain text with margin
// numbers, the form a text converter gives). Deterministic: the same specs give the same bytes.
if (args.Length >= 3 && args[0] == "--scan-pdf")
{
    // Wraps page images (JPEG, as a scanner writes them) into an image-only PDF, one letter-size page each.
    using var scan = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
    foreach (var jpeg in args.Skip(2))
    {
        var page = scan.AddPage(UglyToad.PdfPig.Content.PageSize.Letter);
        page.AddJpeg(File.ReadAllBytes(jpeg), new UglyToad.PdfPig.Core.PdfRectangle(0, 0, 612, 792));
    }

    File.WriteAllBytes(args[1], Deterministic.FixDocumentId(scan.Build(), Path.GetFileName(Path.GetDirectoryName(args[1]) ?? args[1])));
    Console.WriteLine($"wrote {args[1]}");
    return 0;
}

if (args.Length == 4 && args[0] == "--rotate")
{
    // A copy of a PDF whose pages carry /Rotate (comma-separated degrees per page, the last repeats): --rotate SRC DEST 90
    var degrees = args[3].Split(',').Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    File.WriteAllBytes(args[2], RotatedCopy.Rotate(File.ReadAllBytes(args[1]), degrees));
    Console.WriteLine($"wrote {args[2]}");
    return 0;
}

if (args.Length == 4 && args[0] == "--scan-look")
{
    // Renders one spec with a scan look (skew, noise, letter-shaped margin numbers, sideways strip, slanted
    // stamp) to a scratch PDF that the scan script rasterizes; the spec's own fixture stays its clean twin.
    var spec = Specs.All.Single(s => s.Slug == args[1]);
    var look = ScanArtefacts.Looks[args[3]];
    var lookFonts = new FontSet(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"), File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"));
    File.WriteAllBytes(args[2], PleadingRenderer.Render(spec, lookFonts, look).Pdf);
    Console.WriteLine($"wrote {args[2]}");
    return 0;
}

var output = args.Length > 0 ? args[0] : Path.Combine("testdata", "orders");
const string fontDir = "/usr/share/fonts/truetype/dejavu";
var regular = Path.Combine(fontDir, "DejaVuSerif.ttf");
var bold = Path.Combine(fontDir, "DejaVuSerif-Bold.ttf");
if (!File.Exists(regular) || !File.Exists(bold))
{
    Console.Error.WriteLine($"Fonts not found in {fontDir}: apt-get install fonts-dejavu-core");
    return 2;
}

var fonts = new FontSet(File.ReadAllBytes(regular), File.ReadAllBytes(bold));
foreach (var spec in Specs.All)
{
    var folder = Path.Combine(output, spec.Slug);
    Directory.CreateDirectory(folder);
    var (pdf, twin) = PleadingRenderer.Render(spec, fonts);
    pdf = Deterministic.FixDocumentId(pdf, spec.Slug);
    File.WriteAllBytes(Path.Combine(folder, "input.pdf"), pdf);
    File.WriteAllText(Path.Combine(folder, "twin.txt"), twin);
    Console.WriteLine($"wrote {spec.Slug}/input.pdf ({pdf.Length} bytes)");
}

return 0;

internal sealed record FontSet(byte[] Regular, byte[] Bold);
