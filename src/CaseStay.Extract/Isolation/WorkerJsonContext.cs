using System.Text.Json.Serialization;

namespace CaseStay.Extract.Isolation;

/// <summary>Source-generated JSON of the worker protocol's frames.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerReply))]
internal sealed partial class WorkerJsonContext : JsonSerializerContext;
