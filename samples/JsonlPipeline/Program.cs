// JSON Lines in (CourtListener RECAP-style: id, plain_text, filepath_local), JSON Lines out with source.id:
// dotnet run --project samples/JsonlPipeline -- samples/data/recap-docs.jsonl
using System.Text.Json;
using CaseStay.Extract;
using CaseStay.Extract.Serialization;

var file = args.Length > 0 ? args[0] : "samples/data/recap-docs.jsonl";
var root = Path.GetDirectoryName(Path.GetFullPath(file))!;
var inputs = new List<BatchInput>();
foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
{
    using var doc = JsonDocument.Parse(line);
    var record = doc.RootElement;
    var id = record.GetProperty("id").ToString();
    if (record.TryGetProperty("plain_text", out var text) && text.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(text.GetString()))
    {
        inputs.Add(BatchInput.FromText(text.GetString()!, id));
    }
    else if (record.TryGetProperty("filepath_local", out var path) && path.ValueKind == JsonValueKind.String)
    {
        inputs.Add(BatchInput.FromFile(Path.Combine(root, path.GetString()!), id));
    }
}

await foreach (var result in StayOrderBatch.ExtractAllAsync(inputs, BatchOptions.Default with { Ordered = true }))
{
    Console.WriteLine(StayOrderJson.Serialize(result, indented: false));
}
