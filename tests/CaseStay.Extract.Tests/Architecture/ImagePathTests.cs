using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Architecture;

/// <summary>
/// Issue 10: "the image path does not borrow <c>Pdf.*</c> internals". An image (PNG, JPEG, TIFF) is read by
/// <c>Ocr/OcrImageReader</c>: its header checked by <c>Sources/ImageHeader</c>, its words placed by
/// <c>Ocr/OcrPageWords</c>, laid out by <c>Layout/PageLayout</c> and composed by <c>Layout/PageComposer</c>. None of the
/// folders of that path may reach <c>Pdf/</c>, directly or through another folder (the same source scan as
/// <see cref="FolderDependencyTests"/>: a folder naming a type declared in another folder depends on it).
/// </summary>
public class ImagePathTests
{
    /// <summary>The folders the image path runs through.</summary>
    private static readonly string[] s_imagePath = ["Ocr", "Layout", "Sources", "Shared"];

    [Fact]
    public void TheImagePath_DoesNotReachPdf()
    {
        var edges = FolderDependencyTests.Edges(FolderDependencyTests.Sources());
        edges.Should().ContainKey("Ocr", "the scan must see the image path's folders at all");
        edges["Ocr"].Should().ContainKey("Layout", "the image reader lays its pages out with Layout/");
        foreach (var folder in s_imagePath)
        {
            PathTo(edges, folder, "Pdf").Should().BeNull($"{folder}/ is on the image path and must not depend on Pdf/");
        }
    }

    [Fact]
    public void TheFacade_ReadsAnImage_WithoutPdfTypes()
    {
        // The facade's image entry and the record built from any positioned layer name no type of Pdf/ (the root
        // namespace is left out of the folder graph, so its image methods are checked by name).
        var files = FolderDependencyTests.Sources();
        var owners = FolderDependencyTests.Owners(files);
        var facade = files.Single(f => f.Folder == FolderDependencyTests.Root && f.Text.Contains("class StayOrderExtractor", StringComparison.Ordinal)).Text;
        foreach (var method in s_facadeImageMethods)
        {
            PdfTypes(MethodBody(facade, method), owners).Should().BeEmpty($"StayOrderExtractor.{method} is on the image path");
        }
    }

    [Fact]
    public void TheFacadeCheck_SeesAPdfType()
    {
        var files = new List<(string Folder, string Text)>
        {
            ("Pdf", "namespace X.Pdf; internal static class PdfThing { }"),
            ("Layout", "namespace X.Layout; internal sealed record LayerThing(int Pages);"),
        };
        var owners = FolderDependencyTests.Owners(files);
        const string Facade = "class F {\n  private static int ExtractImage(byte[] b)\n  {\n    // PdfThing in a comment\n    return Pdf.PdfThing.Read(b) is { } x ? 1 : 0;\n  }\n  private static int Other() { return 0; }\n}";
        PdfTypes(MethodBody(Facade, "ExtractImage"), owners).Should().Equal("PdfThing");
        PdfTypes(MethodBody(Facade, "Other"), owners).Should().BeEmpty();
    }

    [Fact]
    public void TheCheck_FindsADirectAndAnIndirectEdgeToPdf()
    {
        // The check itself can fail: invented folders where the OCR folder reaches the PDF folder, once through the
        // layout folder and once directly.
        var files = new List<(string Folder, string Text)>
        {
            ("Ocr", "namespace X.Ocr; internal static class OcrThing { static LayoutThing? L; }"),
            ("Layout", "namespace X.Layout; internal sealed record LayoutThing(PdfThing Page);"),
            ("Pdf", "namespace X.Pdf; internal sealed class PdfThing { // OcrThing in a comment is no edge\n }"),
        };
        PathTo(FolderDependencyTests.Edges(files), "Ocr", "Pdf").Should().Equal("Ocr", "Layout", "Pdf");

        files[1] = ("Layout", "namespace X.Layout; internal sealed record LayoutThing(int Page);");
        PathTo(FolderDependencyTests.Edges(files), "Ocr", "Pdf").Should().BeNull("nothing but a comment names a PDF type");

        files[0] = ("Ocr", "namespace X.Ocr; internal static class OcrThing { static PdfThing? P; }");
        PathTo(FolderDependencyTests.Edges(files), "Ocr", "Pdf").Should().Equal("Ocr", "Pdf");
    }

    /// <summary>The facade's methods an image goes through (the entry, and the record from a positioned layer).</summary>
    private static readonly string[] s_facadeImageMethods = ["ExtractImage", "FromLayer"];

    private static List<string> PdfTypes(string code, Dictionary<string, string> owners) =>
        FolderDependencyTests.Identifiers(code).Where(n => owners.GetValueOrDefault(n) == "Pdf").Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The code (comments and strings removed) of the method declared as <paramref name="name"/>: from its
    /// declaration to the brace that closes its body.</summary>
    private static string MethodBody(string text, string name)
    {
        var code = FolderDependencyTests.Code(text);
        var declaration = Regex.Match(code, @"(?m)^[ \t]*(?:private|internal|public|protected)\b[^\n;=]*\s" + Regex.Escape(name) + @"\(");
        declaration.Success.Should().BeTrue($"the method {name} must be declared");
        var at = declaration.Index;
        var open = code.IndexOf('{', at);
        var depth = 0;
        for (var i = open; i < code.Length; i++)
        {
            depth += code[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return code[at..(i + 1)];
            }
        }

        return code[at..];
    }

    /// <summary>A shortest chain of folders from <paramref name="from"/> to <paramref name="to"/>; null when there is none.</summary>
    private static List<string>? PathTo(Dictionary<string, Dictionary<string, SortedSet<string>>> edges, string from, string to)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal) { [from] = from };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var folder = queue.Dequeue();
            if (folder == to)
            {
                var path = new List<string> { to };
                while (path[0] != from)
                {
                    path.Insert(0, previous[path[0]]);
                }

                return path;
            }

            foreach (var next in edges.GetValueOrDefault(folder)?.Keys ?? Enumerable.Empty<string>())
            {
                if (previous.TryAdd(next, folder))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }
}
