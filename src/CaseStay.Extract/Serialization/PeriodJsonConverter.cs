using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CaseStay.Extract.Serialization;

/// <summary>A period as ISO 8601 (<c>P45D</c>), NodaTime's round-trip pattern, made constructible for the source generator.</summary>
internal sealed class PeriodJsonConverter : JsonConverter<Period>
{
    public override Period? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ((JsonConverter<Period>)NodaConverters.RoundtripPeriodConverter).Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        ((JsonConverter<Period>)NodaConverters.RoundtripPeriodConverter).Write(writer, value, options);
}
