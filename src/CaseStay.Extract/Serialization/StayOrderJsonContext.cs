using System.Text.Json.Serialization;

namespace CaseStay.Extract.Serialization;

/// <summary>Source-generated serialization metadata of the model's records that the contract's record holds (no
/// reflection at run time); <see cref="ExtractionResultJsonConverter"/> lays them out as the record.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(LocalDateJsonConverter), typeof(PeriodJsonConverter)])]
[JsonSerializable(typeof(ExtractionResult))]
[JsonSerializable(typeof(ExtractionResult[]))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(NodaTime.LocalDate?))]
[JsonSerializable(typeof(IReadOnlyList<Directive>))]
[JsonSerializable(typeof(IReadOnlyList<Deadline>))]
[JsonSerializable(typeof(IReadOnlyList<Citation>))]
[JsonSerializable(typeof(IReadOnlyList<Footnote>))]
[JsonSerializable(typeof(IReadOnlyList<ExtractionWarning>))]
[JsonSerializable(typeof(IReadOnlyList<Contact>))]
[JsonSerializable(typeof(IReadOnlyList<ProceduralFact>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, SourceSpan>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, FieldCorrection>))]
internal sealed partial class StayOrderJsonContext : JsonSerializerContext;
