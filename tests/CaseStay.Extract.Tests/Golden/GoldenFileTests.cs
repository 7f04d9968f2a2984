using System.Text.Json.Nodes;
using CaseStay.Extract.Serialization;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Golden;

/// <summary>
/// Each testdata/orders/&lt;slug&gt;/input.* is extracted and compared with expected.json beside it. On a mismatch
/// expected.received.json is written next to it for review. CASESTAY_UPDATE_GOLDEN=1 rewrites the golden files
/// (review the diff by eye before committing).
/// </summary>
public class GoldenFileTests(Ocr.OcrFixture ocr) : IClassFixture<Ocr.OcrFixture>
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(TestPaths.TestData, "orders")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Golden_MatchesExpectedJson(string slug)
    {
        var dir = Path.Combine(TestPaths.TestData, "orders", slug);
        var input = Directory.GetFiles(dir, "input.*").Single();
        var result = await StayOrderExtractor.ExtractFileAsync(input, ocr.Options);
        var actual = Canonical(result, Path.GetRelativePath(TestPaths.RepoRoot, input).Replace('\\', '/'));
        var expectedPath = Path.Combine(dir, "expected.json");
        if (Environment.GetEnvironmentVariable("CASESTAY_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(expectedPath, actual.ToJsonString(StayOrderJson.Options) + "\n");
        }

        File.Exists(expectedPath).Should().BeTrue($"{expectedPath} is the golden file (CASESTAY_UPDATE_GOLDEN=1 writes it)");
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(expectedPath));
        var equal = JsonNode.DeepEquals(expected, actual);
        var received = Path.Combine(dir, "expected.received.json");
        if (!equal)
        {
            await File.WriteAllTextAsync(received, actual.ToJsonString(StayOrderJson.Options) + "\n");
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        equal.Should().BeTrue($"{slug}: extraction differs from expected.json; see {received}");
    }

    [Fact]
    public void Golden_EveryFixtureHasAGoldenFile()
    {
        foreach (var dir in Directory.GetDirectories(Path.Combine(TestPaths.TestData, "orders")))
        {
            var slug = Path.GetFileName(dir);
            File.Exists(Path.Combine(TestPaths.TestData, "orders", slug, "expected.json")).Should().BeTrue(slug);
        }
    }

    internal static JsonNode Canonical(ExtractionResult result, string relativePath)
    {
        var node = JsonNode.Parse(StayOrderJson.Serialize(result))!;
        node["source"]!["path"] = relativePath;
        return node;
    }
}
