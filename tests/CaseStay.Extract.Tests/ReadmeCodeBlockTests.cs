using System.Reflection;
using System.Text.RegularExpressions;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CaseStay.Extract.Tests;

/// <summary>
/// Every ```csharp block of the README and of the packages' NuGet readmes (PACKAGE.md) compiles as a program against the packages (Roslyn, in memory). A block that
/// ends in <c>return</c> of a value (the quick start) is compiled as the body of a method taking <c>path</c>.
/// README-cli.md is a draft of README sections (issue 14): while it exists, its blocks are compiled too and a
/// README.md block under a heading that README-cli.md also has is the superseded text and is left out.
/// </summary>
public partial class ReadmeCodeBlockTests
{
    private static readonly string[] s_readmes = ["README.md", "README-cli.md", "src/CaseStay.Extract/PACKAGE.md", "src/CaseStay.Extract.Ocr/PACKAGE.md"];

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, index, _) in AllBlocks())
        {
            data.Add(file, index);
        }

        return data;
    }

    private static IEnumerable<(string File, int Index, string Code)> AllBlocks()
    {
        var drafts = new[] { "README-cli.md" }.Select(f => Path.Combine(TestPaths.RepoRoot, f)).Where(File.Exists)
            .SelectMany(f => Heading().Matches(File.ReadAllText(f)).Select(m => m.Groups["title"].Value.Trim())).ToHashSet(StringComparer.Ordinal);
        foreach (var file in s_readmes)
        {
            var path = Path.Combine(TestPaths.RepoRoot, file);
            if (!File.Exists(path))
            {
                continue;
            }

            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var index = 0;
            foreach (Match block in CSharpBlock().Matches(text))
            {
                index++;
                var heading = Heading().Matches(text[..block.Index]).LastOrDefault()?.Groups["title"].Value.Trim();
                if (file == "README.md" && heading is not null && drafts.Contains(heading))
                {
                    continue;
                }

                yield return (file, index, block.Groups["code"].Value);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void ReadmeCSharpBlock_Compiles(string file, int index)
    {
        var code = AllBlocks().Single(b => b.File == file && b.Index == index).Code;
        var lines = code.Split('\n');
        var usings = lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(';') && !l.Contains('(', StringComparison.Ordinal)).ToList();
        var body = lines.Except(usings).ToList();
        var program = body.Any(l => l.StartsWith("return ", StringComparison.Ordinal))
            ? string.Join('\n', usings) + "\nSystem.Console.WriteLine(Block(args[0]));\nstatic object Block(string path)\n{\n" + string.Join('\n', body) + "\n}\n"
            : code;
        const string globals = "global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic; global using System.Threading; global using System.Threading.Tasks; global using System.Net.Http;";
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            $"readme_{index}",
            [CSharpSyntaxTree.ParseText(program, parse), CSharpSyntaxTree.ParseText(globals, parse)],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        errors.Should().BeEmpty($"{file} C# block {index} must compile as shown:\n{program}");
    }

    private static List<MetadataReference> References()
    {
        // The framework, and the packages as a consumer gets them (with their dependencies).
        _ = typeof(CaseStay.Extract.Ocr.TesseractOcrProvider).Assembly;
        _ = typeof(Microsoft.Extensions.Logging.ILogger).Assembly;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted.Where(File.Exists).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^#{2,4} (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
