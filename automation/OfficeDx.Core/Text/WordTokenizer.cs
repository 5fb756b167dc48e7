using System.Globalization;

namespace OfficeDx.Core.Text;

/// <summary>Splits Japanese text into "words" for comparison: runs of kanji, hiragana, katakana, Latin letters or digits; every other character alone.</summary>
/// <remarks>Japanese has no spaces between words; runs of one script are the unit a reader sees change in a 新旧対照表.</remarks>
public static class WordTokenizer
{
    private enum Script { Kanji, Hiragana, Katakana, Latin, Digit, Space, Other }

    public static IReadOnlyList<string> Split(string text)
    {
        var tokens = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        var current = new System.Text.StringBuilder();
        Script? currentScript = null;
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var script = ScriptOf(element);
            if (currentScript != script || script == Script.Other)
            {
                if (current.Length > 0) tokens.Add(current.ToString());
                current.Clear();
                currentScript = script;
            }
            current.Append(element);
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    private static Script ScriptOf(string element)
    {
        var c = element[0];
        if (char.IsWhiteSpace(c)) return Script.Space;
        if (c is >= '\u3041' and <= '\u309F') return Script.Hiragana;
        if (c is >= '\u30A0' and <= '\u30FF' or >= '\uFF66' and <= '\uFF9F') return Script.Katakana;
        if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々' or '〆' || char.IsSurrogate(c)) return Script.Kanji;
        if (char.IsDigit(c)) return Script.Digit;
        if (char.IsLetter(c)) return Script.Latin;
        return Script.Other;
    }
}
