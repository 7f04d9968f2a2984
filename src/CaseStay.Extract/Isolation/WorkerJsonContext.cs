using System.Text.Json.Serialization;

namespace CaseStay.Extract.Isolation;

/// <summary>Source-generated JSON of the worker protocol's requests (a reply is laid out by <see cref="WorkerResults.Encode"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WorkerRequest))]
internal sealed partial class WorkerJsonContext : JsonSerializerContext;
