using System.Text;

namespace OfficeDx.Core.Text;

/// <summary>Comparison and parsing helpers for Japanese text. None of these results is ever written back into a document.</summary>
public static class JapaneseText
{
    /// <summary>Turns full-width ASCII (０-９, Ａ-Ｚ, ａ-ｚ and symbols) into half-width; leaves kana, kanji and ①-style characters untouched.</summary>
    public static string FoldDigitsAndLatin(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }
        return builder.ToString();
    }

    /// <summary>Removes every whitespace character, the ideographic space (U+3000) included.</summary>
    public static string RemoveWhitespace(this string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        }
        return builder.ToString();
    }
}
