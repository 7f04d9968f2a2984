using System.Text.Json.Serialization;

namespace CaseStay.Extract.Corrections;

/// <summary>Source-generated serialization of <c>corrections.json</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(CorrectionFile))]
internal sealed partial class CorrectionJsonContext : JsonSerializerContext;
