using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CaseStay.Extract.Serialization;

/// <summary>A date as ISO <c>yyyy-MM-dd</c> (NodaTime's converter, made constructible for the source generator).</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ((JsonConverter<LocalDate>)NodaConverters.LocalDateConverter).Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        ((JsonConverter<LocalDate>)NodaConverters.LocalDateConverter).Write(writer, value, options);
}
