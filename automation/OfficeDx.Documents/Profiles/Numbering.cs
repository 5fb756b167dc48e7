using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OfficeDx.Core.Text;

namespace OfficeDx.Documents.Profiles;

/// <summary>Writes and recognises the numbers of a hierarchy level (施策3, (2), ④, ウ, (イ)); full-width digits and brackets are accepted.</summary>
public static class Numbering
{
    private const string Katakana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";
    private const string Circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    /// <summary>The number of the n-th item (1-based) of a level.</summary>
    public static string Format(HierarchyLevel level, int n) => level.Prefix + (level.Numbering switch
    {
        NumberingStyle.None => "",
        NumberingStyle.Arabic => n.ToString(CultureInfo.InvariantCulture),
        NumberingStyle.ParenthesizedArabic => $"({n.ToString(CultureInfo.InvariantCulture)})",
        NumberingStyle.Circled => n is >= 1 and <= 20 ? Circled[n - 1].ToString() : $"({n.ToString(CultureInfo.InvariantCulture)})",
        NumberingStyle.Katakana => n >= 1 && n <= Katakana.Length ? Katakana[n - 1].ToString() : n.ToString(CultureInfo.InvariantCulture),
        NumberingStyle.ParenthesizedKatakana => n >= 1 && n <= Katakana.Length ? $"({Katakana[n - 1]})" : $"({n.ToString(CultureInfo.InvariantCulture)})",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level.Numbering, null),
    });

    /// <summary>
    /// Splits a line that starts with a number of this level into the number as written and the rest (trimmed).
    /// Spaces, full-width spaces and tabs between the prefix and the counter (施策 1, 基本目標　３) and full-width forms (（１）) are accepted.
    /// </summary>
    public static bool TrySplit(HierarchyLevel level, string line, [NotNullWhen(true)] out string? number, [NotNullWhen(true)] out string? rest, out int ordinal)
    {
        number = null;
        rest = null;
        ordinal = 0;
        var text = line.TrimStart();
        var prefixEnd = MatchPrefix(level.Prefix, text);
        if (prefixEnd < 0) return false;
        var folded = JapaneseText.FoldDigitsAndLatin(text);
        var i = prefixEnd;
        // Any spacing between a level's name and its counter: 基本目標 3, 基本目標　３, a tab typed in Word.
        while (i < folded.Length && char.IsWhiteSpace(folded[i]) && level.Prefix.Length > 0) i++;
        var counterStart = i;
        switch (level.Numbering)
        {
            case NumberingStyle.None:
                if (level.Prefix.Length == 0) return false;
                ordinal = 1;
                break;
            case NumberingStyle.Arabic:
                while (i < folded.Length && char.IsAsciiDigit(folded[i])) i++;
                if (i == counterStart || !int.TryParse(folded.AsSpan(counterStart, i - counterStart), CultureInfo.InvariantCulture, out ordinal)) return false;
                // "1." and "1．" are the same number; a following digit-free text is required so that 2021年度 is not a heading.
                if (i < folded.Length && folded[i] == '.') i++;
                if (i < folded.Length && !(folded[i] is ' ' or '\u3000' or '\t') && level.Prefix.Length == 0) return false;
                break;
            case NumberingStyle.ParenthesizedArabic:
                if (i >= folded.Length || folded[i] != '(') return false;
                var close = folded.IndexOf(')', i);
                if (close < 0 || !int.TryParse(folded.AsSpan(i + 1, close - i - 1).Trim(), CultureInfo.InvariantCulture, out ordinal)) return false;
                i = close + 1;
                break;
            case NumberingStyle.Circled:
                if (i >= folded.Length) return false;
                ordinal = Circled.IndexOf(folded[i]) + 1;
                if (ordinal == 0) return false;
                i++;
                break;
            case NumberingStyle.Katakana:
                if (i + 1 >= folded.Length || !(folded[i + 1] is ' ' or '\u3000' or '\t')) return false;
                ordinal = Katakana.IndexOf(folded[i]) + 1;
                if (ordinal == 0) return false;
                i++;
                break;
            case NumberingStyle.ParenthesizedKatakana:
                if (i + 2 >= folded.Length || folded[i] != '(' || folded[i + 2] != ')') return false;
                ordinal = Katakana.IndexOf(folded[i + 1]) + 1;
                if (ordinal == 0) return false;
                i += 3;
                break;
        }
        number = text[..i].Trim();
        rest = text[i..].Trim();
        return true;
    }

    private static int MatchPrefix(string prefix, string text)
    {
        if (prefix.Length == 0) return 0;
        var compactPrefix = prefix.RemoveWhitespace();
        var matched = 0;
        var i = 0;
        while (i < text.Length && matched < compactPrefix.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            if (text[i] != compactPrefix[matched]) return -1;
            matched++;
            i++;
        }
        return matched == compactPrefix.Length ? i : -1;
    }
}
