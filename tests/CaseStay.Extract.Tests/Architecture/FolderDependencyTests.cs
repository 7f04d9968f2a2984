using System.Text.RegularExpressions;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Architecture;

/// <summary>
/// Issue 10: "no cycles between folders". Reads the library's sources as text: every type declared in exactly one
/// folder of <c>src/CaseStay.Extract</c> belongs to that folder, a folder that names another folder's type depends on
/// it, and no two folders may reach each other. The root namespace (the public options and results, and the facade
/// that calls every stage) is left out: every stage may read the options it was given.
/// </summary>
public partial class FolderDependencyTests
{
    /// <summary>Type names that are also common member or parameter names in other folders (a property <c>Text</c>,
    /// a parameter <c>Kind</c>): a match on them says nothing about a dependency.</summary>
    private static readonly HashSet<string> s_ambiguous = new(StringComparer.Ordinal)
    {
        "Start", "Text", "Kind", "Scope", "Context", "Printed", "Result", "Caption",
    };

    internal const string Root = "(root)";

    [Fact]
    public void NoTwoFoldersDependOnEachOther()
    {
        var edges = Edges(Sources());
        var cycles = StronglyConnected(edges).Where(c => c.Count > 1).ToList();
        cycles.Should().BeEmpty("folders that reach each other (with the types that make each edge):\n" + Describe(edges, cycles));
    }

    [Fact]
    public void TheScan_SeesADependency_AndACycle()
    {
        // The scan itself can fail: two invented folders that name each other's types form one cycle.
        var files = new List<(string Folder, string Text)>
        {
            ("Alpha", "namespace X.Alpha; internal sealed class AlphaThing { public BetaThing? B { get; } }"),
            ("Beta", "namespace X.Beta; internal sealed record BetaThing(int N) { // AlphaThing in a comment is no edge\n }"),
            ("Gamma", "namespace X.Gamma; internal static class GammaThing { const string S = \"BetaThing\"; }"),
        };
        var edges = Edges(files);
        edges["Alpha"].Should().ContainKey("Beta");
        edges.GetValueOrDefault("Beta")?.Should().NotContainKey("Alpha", "a comment is not a dependency");
        edges.GetValueOrDefault("Gamma")?.Should().NotContainKey("Beta", "a string is not a dependency");
        StronglyConnected(edges).Should().OnlyContain(c => c.Count == 1);

        files[1] = ("Beta", "namespace X.Beta; internal sealed record BetaThing(AlphaThing A);");
        StronglyConnected(Edges(files)).Should().ContainSingle(c => c.Count == 2);
    }

    /// <summary>The library's sources: each file's folder (the root namespace as "(root)") and text.</summary>
    internal static List<(string Folder, string Text)> Sources()
    {
        var src = Path.Combine(TestPaths.RepoRoot, "src", "CaseStay.Extract");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(src, p).Replace('\\', '/'))
            .Where(r => !r.StartsWith("bin/", StringComparison.Ordinal) && !r.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(r => (r.Contains('/') ? r[..r.IndexOf('/')] : Root, File.ReadAllText(Path.Combine(src, r))))
            .ToList();
    }

    /// <summary>Every type declared in exactly one folder (and not an ambiguous name), with that folder.</summary>
    internal static Dictionary<string, string> Owners(IReadOnlyList<(string Folder, string Text)> files)
    {
        var declaredIn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (folder, text) in files)
        {
            foreach (Match m in Declaration().Matches(text))
            {
                var name = m.Groups["name"].Value;
                if (!declaredIn.TryGetValue(name, out var set))
                {
                    declaredIn[name] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(folder);
            }
        }

        return declaredIn.Where(d => d.Value.Count == 1 && !s_ambiguous.Contains(d.Key))
            .ToDictionary(d => d.Key, d => d.Value.Single(), StringComparer.Ordinal);
    }

    /// <summary>Source text without comments, string literals emptied: what names a type in code.</summary>
    internal static string Code(string text) => StringLiteral().Replace(Comment().Replace(text, ""), "\"\"");

    /// <summary>The capitalized identifiers of code (<see cref="Code"/>), candidates for type names.</summary>
    internal static IEnumerable<string> Identifiers(string code) => Identifier().Matches(code).Select(m => m.Value);

    /// <summary>Folder → folder → the type names that make the edge (the root namespace has no edges).</summary>
    internal static Dictionary<string, Dictionary<string, SortedSet<string>>> Edges(IReadOnlyList<(string Folder, string Text)> files)
    {
        var owner = Owners(files);
        var edges = new Dictionary<string, Dictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        foreach (var (folder, text) in files)
        {
            if (folder == Root)
            {
                continue;
            }

            foreach (var name in Identifiers(Code(text)))
            {
                if (owner.TryGetValue(name, out var other) && other != folder && other != Root)
                {
                    if (!edges.TryGetValue(folder, out var targets))
                    {
                        edges[folder] = targets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
                    }

                    if (!targets.TryGetValue(other, out var names))
                    {
                        targets[other] = names = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    names.Add(name);
                }
            }
        }

        return edges;
    }

    /// <summary>Tarjan's strongly connected components of the folder graph.</summary>
    private static List<List<string>> StronglyConnected(Dictionary<string, Dictionary<string, SortedSet<string>>> edges)
    {
        var nodes = edges.Keys.Concat(edges.Values.SelectMany(t => t.Keys)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<List<string>>();
        var next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in edges.GetValueOrDefault(v)?.Keys ?? Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                result.Add(component);
            }
        }

        foreach (var v in nodes.Where(v => !index.ContainsKey(v)))
        {
            Visit(v);
        }

        return result;
    }

    private static string Describe(Dictionary<string, Dictionary<string, SortedSet<string>>> edges, List<List<string>> cycles) =>
        string.Join("\n", cycles.SelectMany(c => c.SelectMany(a => c.Where(b => edges.GetValueOrDefault(a)?.ContainsKey(b) == true)
            .Select(b => $"  {a} -> {b}: {string.Join(", ", edges[a][b].Take(5))}"))));

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+(?:struct\s+|class\s+)?(?<name>[A-Z]\w*)", RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"//[^\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"@?""(?:[^""\\\n]|\\.)*""", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\b[A-Z]\w*\b", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
