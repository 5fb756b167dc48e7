using System.Text.Json;

namespace OfficeDx.Core.Json;

/// <summary>Turns System.Text.Json's English errors into short Japanese explanations; our own converters' messages pass through.</summary>
public static class JsonErrorText
{
    public static string Explain(JsonException e)
    {
        var message = e.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal)) return "この項目は使えません（綴りを確認してください）。";
        if (message.Contains("is an invalid start of a value", StringComparison.Ordinal)
            || message.Contains("is invalid after", StringComparison.Ordinal)
            || message.Contains("Expected", StringComparison.Ordinal)) return "JSON として正しくありません（カンマ・括弧・引用符を確認してください）。";
        if (message.Contains("could not be converted", StringComparison.Ordinal)) return "値の種類が違います（文字列・数値・配列を確認してください）。";
        // RespectNullableAnnotations: "The property or field 'x' on type 'T' doesn't allow setting null values. …"
        if (message.Contains("doesn't allow setting null", StringComparison.Ordinal)
            || message.Contains("doesn't allow null", StringComparison.Ordinal)
            || (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("non-nullable", StringComparison.Ordinal))) return "null は使えません。値を書くか、項目ごと省いてください。";
        var firstLine = message.Split('\n')[0];
        var pathIndex = firstLine.IndexOf(" Path:", StringComparison.Ordinal);
        return pathIndex >= 0 ? firstLine[..pathIndex] : firstLine;
    }
}
