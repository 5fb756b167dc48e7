using System.Text.Json;
using System.Text.RegularExpressions;

namespace OfficeDx.Core.Json;

/// <summary>
/// Turns System.Text.Json's English errors into short Japanese explanations; our own converters' messages (Japanese) pass through.
/// Whatever the reader met, the drafter never sees an English sentence.
/// </summary>
public static partial class JsonErrorText
{
    private static readonly (string Marker, string Japanese)[] Known =
    [
        ("could not be mapped", "この項目は使えません（綴りを確認してください）。"),
        ("invalid UTF-8", "文字コードが UTF-8 ではないか、壊れた文字があります。UTF-8 で保存し直してください。"),
        ("transcode", "文字コードが UTF-8 ではないか、壊れた文字があります。UTF-8 で保存し直してください。"),
        ("hex digit", "文字列の中の \\u の後ろが 16 進数 4 桁になっていません。"),
        ("depth", "JSON の入れ子（配列・オブジェクトの中の配列・オブジェクト）が深すぎます。"),
        ("is invalid within a JSON string", "文字列の中に使えない文字（改行・制御文字）があります。\\n のように書いてください。"),
        ("escaped", "文字列の中の \\ の使い方が正しくありません。"),
        ("Comments are not allowed", "JSON にはコメントを書けません。"),
        ("trailing comma", "最後の要素の後ろにカンマがあります。"),
        ("does not contain any JSON tokens", "中身が空です（JSON がありません）。"),
        ("reached end of data", "JSON が途中で終わっています（閉じ括弧や引用符が足りません）。"),
        ("end of input", "JSON が途中で終わっています（閉じ括弧や引用符が足りません）。"),
        ("could not be converted", "値の種類が違います（文字列・数値・配列を確認してください）。"),
        ("doesn't allow setting null", "null は使えません。値を書くか、項目ごと省いてください。"),
        ("doesn't allow null", "null は使えません。値を書くか、項目ごと省いてください。"),
        ("non-nullable", "null は使えません。値を書くか、項目ごと省いてください。"),
        ("missing required properties", "必要な項目がありません。"),
        ("too large or too small", "数値が大きすぎるか小さすぎます。"),
        ("is an invalid start of a value", "JSON として正しくありません（カンマ・括弧・引用符を確認してください）。"),
        ("is invalid after", "JSON として正しくありません（カンマ・括弧・引用符を確認してください）。"),
        ("Expected", "JSON として正しくありません（カンマ・括弧・引用符を確認してください）。"),
        ("JSON literal", "JSON として正しくありません（true・false・null の綴りを確認してください）。"),
    ];

    /// <summary>The Japanese reason for <paramref name="e"/>.</summary>
    public static string Explain(JsonException e)
    {
        var message = e.Message;
        // Invalid UTF-8 inside a string surfaces as "could not be converted", with the reason in the inner exception.
        if (e.InnerException?.Message is { } inner && (inner.Contains("UTF-8", StringComparison.Ordinal) || inner.Contains("transcode", StringComparison.OrdinalIgnoreCase)))
            message = inner;
        var english = EnglishSentence().IsMatch(message);
        if (!english && message.Contains('。')) return message.Split('\n')[0];
        if (Depth().Match(message) is { Success: true } depth)
            return $"JSON の入れ子（配列・オブジェクトの中の配列・オブジェクト）が上限の {depth.Groups[1].Value} 段を超えています。";
        foreach (var (marker, japanese) in Known)
            if (message.Contains(marker, StringComparison.OrdinalIgnoreCase)) return japanese;
        return "JSON として正しくありません（カンマ・括弧・引用符・文字コードを確認してください）。";
    }

    /// <summary>Where the reader stopped: "$.areas[0].name (3行目 17バイト目)", or "$" when it could not say.</summary>
    public static string Place(JsonException e)
    {
        var path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;
        return e.LineNumber is { } line ? $"{path} ({line + 1}行目 {e.BytePositionInLine.GetValueOrDefault() + 1}バイト目)" : path;
    }

    [GeneratedRegex("maximum configured depth of (\\d+)")]
    private static partial Regex Depth();

    /// <summary>Three English words in a row: System.Text.Json wrote it, not one of our converters.</summary>
    [GeneratedRegex("[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}")]
    private static partial Regex EnglishSentence();
}
