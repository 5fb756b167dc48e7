using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeDx.Core.Text;
using OfficeDx.Core.Time;

namespace OfficeDx.Core.Json;

/// <summary>Writes a fiscal year as its Western start year; reads that or any spelling <see cref="FiscalYear.TryParse"/> accepts.</summary>
public sealed class FiscalYearJsonConverter : JsonConverter<FiscalYear>
{
    public override FiscalYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number)
            && number is >= FiscalYear.MinYear and <= FiscalYear.MaxYear)
        {
            return new FiscalYear(number);
        }
        if (reader.TokenType == JsonTokenType.String && FiscalYear.TryParse(reader.GetString(), out var parsed))
        {
            return parsed;
        }
        var shown = reader.TokenType == JsonTokenType.String ? reader.GetString() : reader.TokenType == JsonTokenType.Number ? reader.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture) : reader.TokenType.ToString();
        throw new JsonException($"「{ShortQuote.Of(shown ?? "")}」は年度として読み取れません（例：2021、\"令和3年度\"）。");
    }

    public override void Write(Utf8JsonWriter writer, FiscalYear value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.StartYear);
}
