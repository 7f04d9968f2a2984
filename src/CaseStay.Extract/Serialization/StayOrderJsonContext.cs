using System.Text.Json.Serialization;

namespace CaseStay.Extract.Serialization;

/// <summary>Source-generated serialization metadata of the contract's record (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(LocalDateJsonConverter), typeof(PeriodJsonConverter)])]
[JsonSerializable(typeof(ContractRecord))]
[JsonSerializable(typeof(ContractRecord[]))]
internal sealed partial class StayOrderJsonContext : JsonSerializerContext;
