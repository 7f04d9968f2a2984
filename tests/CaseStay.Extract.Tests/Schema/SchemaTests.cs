using System.Text.Json;
using System.Text.Json.Nodes;
using CaseStay.Extract.Serialization;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Json.Schema;
using Xunit;

namespace CaseStay.Extract.Tests.Schema;

/// <summary>The committed JSON Schema is the one the model generates, and every record we write validates against it
/// with a real validator (JsonSchema.Net): every golden file, every fixture and every real order of the corpus.</summary>
public class SchemaTests
{
    private static string SchemaPath => Path.Combine(TestPaths.RepoRoot, "schema", "stay-order.schema.json");

    private static readonly Lazy<JsonSchema> s_schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static EvaluationResults Validate(string json) =>
        s_schema.Value.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results)
    {
        var text = JsonSerializer.Serialize(results);
        return text.Length > 2000 ? text[..2000] : text;
    }

    [Fact]
    public void CommittedSchema_IsTheGeneratedOne()
    {
        var generated = StayOrderJson.CreateJsonSchema();
        if (Environment.GetEnvironmentVariable("CASESTAY_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(SchemaPath, generated);
        }

        File.ReadAllText(SchemaPath).Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be(generated,
            "the record's shape changed: regenerate schema/stay-order.schema.json (CASESTAY_UPDATE_GOLDEN=1) and review it");
    }

    public static TheoryData<string> Goldens()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(file))!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void EveryGoldenFile_Validates(string slug)
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.TestData, "orders", slug, "expected.json"));
        var results = Validate(json);
        results.IsValid.Should().BeTrue(Errors(results));
        JsonDocument.Parse(json).RootElement.GetProperty("schemaVersion").GetString().Should().Be(StayOrderJson.SchemaVersion);
    }

    [Fact]
    public async Task EveryRecordOfTheCorpusRuns_Validates_AndRoundTrips()
    {
        var inputs = Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("scan-", StringComparison.Ordinal) && !f.Contains("image-", StringComparison.Ordinal)).ToList();
        var real = Path.Combine(TestPaths.Shared, "corpus", "real");
        if (Directory.Exists(real))
        {
            inputs.AddRange(Directory.GetFiles(real, "*.txt"));
        }

        var realPdfs = Path.Combine(TestPaths.Shared, "corpus", "pdf");
        if (Directory.Exists(realPdfs))
        {
            inputs.AddRange(Directory.GetFiles(realPdfs, "*.pdf"));
        }

        // Error records too: a missing file and bytes that are no supported format.
        inputs.Add("/nonexistent/order.txt");
        var count = 0;
        await foreach (var result in StayOrderBatch.ExtractAllAsync(inputs, BatchOptions.Default with { MaxParallelism = 2 }))
        {
            var json = StayOrderJson.Serialize(result, indented: false);
            var results = Validate(json);
            results.IsValid.Should().BeTrue($"{result.Source.Path}: {Errors(results)}");
            var back = StayOrderJson.Deserialize(json);
            JsonSerializer.Serialize(back, StayOrderJson.Options).Should().Be(StayOrderJson.Serialize(result), "Deserialize reads back exactly what Serialize wrote");
            count++;
        }

        count.Should().Be(inputs.Count);
    }

    [Fact]
    public void AWrongRecord_IsRejectedByTheSchema()
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.TestData, "orders", "vdrp-pleading-2p", "expected.json"));
        var node = JsonNode.Parse(json)!;
        node["isStayOrder"] = "yes";
        node["dated"] = 20250303;
        Validate(node.ToJsonString()).IsValid.Should().BeFalse();
        StayOrderJson.TryDeserialize("{not json", out _).Should().BeFalse();
    }
}
