using System.Text.RegularExpressions;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests;

/// <summary>The README's quick start is this method's body, word for word: the test runs it and checks the README.</summary>
public partial class ReadmeQuickStartTests
{
    private static string QuickStart(string path)
    {
        // README-QUICKSTART-BEGIN
        var result = StayOrderExtractor.ExtractFile(path);
        if (!result.TryGetValue(out var order))
        {
            return $"{result.Error!.Code}: {result.Error.Message}";
        }

        var labels = string.Join(",", order.Directives.Select(d => d.Label ?? "-"));
        return $"{order.CaseNumber?.Normalized} | {order.Judge?.Name} | {order.Dated:uuuu-MM-dd} | stay: {order.IsStayOrder} ({order.Stay?.Kind}) | directives {labels}";
        // README-QUICKSTART-END
    }

    [Fact]
    public void QuickStart_Runs()
    {
        var file = Path.Combine(TestPaths.TestData, "orders", "vdrp-pleading-2p", "input.txt");
        QuickStart(file).Should().Be("2:23-cv-01234-TLN-AC | Troy L. Nunley | 2025-03-03 | stay: True (vdrp-settlement) | directives 1,2,3,4,5,6");
    }

    [Fact]
    public void QuickStart_IsInTheReadme()
    {
        var source = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "CaseStay.Extract.Tests", "ReadmeQuickStartTests.cs"));
        var body = Snippet().Match(source).Groups["body"].Value;
        var lines = body.Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.Trim()).Select(l => l.TrimEnd());
        var code = string.Join('\n', lines).Trim();
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        readme.Should().Contain(code);
    }

    [GeneratedRegex(@"// README-QUICKSTART-BEGIN\r?\n(?<body>.*?)\r?\n\s*// README-QUICKSTART-END", RegexOptions.Singleline)]
    private static partial Regex Snippet();
}
