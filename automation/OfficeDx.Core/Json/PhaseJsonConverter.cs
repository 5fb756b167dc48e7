using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeDx.Core.Model;
using OfficeDx.Core.Text;

namespace OfficeDx.Core.Json;

/// <summary>Writes a phase as its identifier; reads the identifier or the Japanese label (準備・検討, 実施, 継続実施).</summary>
public sealed class PhaseJsonConverter : JsonConverter<Phase>
{
    public override Phase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is not null && PhaseNames.TryParse(text, out var phase)) return phase;
        throw new JsonException($"不明なフェーズ「{ShortQuote.Of(text ?? reader.TokenType.ToString())}」です。使えるのは {PhaseNames.Choices} です。");
    }

    public override void Write(Utf8JsonWriter writer, Phase value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Id());
}
