using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeDx.Core.Text;

namespace OfficeDx.Core.Json;

/// <summary>Reads and writes an enum as its camel-case name and rejects anything else with a message listing the choices.</summary>
public sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is not null && ByName.TryGetValue(text, out var value)) return value;
        throw new JsonException($"「{ShortQuote.Of(text ?? reader.TokenType.ToString())}」は使えません。使えるのは {string.Join("、", ByName.Keys)} です。");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
}
