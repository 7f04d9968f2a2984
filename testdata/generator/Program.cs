using CaseStay.FixtureGenerator;

// Renders every spec of Specs.All onto pleading paper with embedded TrueType fonts (DejaVu Serif, Debian package
// fonts-dejavu-core) and writes <out>/<slug>/input.pdf plus twin.txt (the same order as plain text with margin
// numbers, the form a text converter gives). Deterministic: the same specs give the same bytes.
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
