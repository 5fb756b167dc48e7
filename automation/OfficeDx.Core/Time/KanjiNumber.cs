namespace OfficeDx.Core.Time;

/// <summary>Reads era-year numbers written as digits, 元, or kanji numerals up to 九十九.</summary>
internal static class KanjiNumber
{
    private const string Digits = "〇一二三四五六七八九";

    public static bool TryParseEraYear(string text, out int value)
    {
        value = 0;
        if (text == "元") { value = 1; return true; }
        if (text.All(char.IsAsciiDigit)) return int.TryParse(text, out value);

        var tenIndex = text.IndexOf('十');
        if (tenIndex < 0) return text.Length == 1 && TryDigit(text[0], out value);
        if (text.IndexOf('十', tenIndex + 1) >= 0) return false;

        var tens = 1;
        if (tenIndex == 1 && !TryDigit(text[0], out tens)) return false;
        if (tenIndex > 1) return false;
        var ones = 0;
        var rest = text[(tenIndex + 1)..];
        if (rest.Length > 1 || (rest.Length == 1 && !TryDigit(rest[0], out ones))) return false;
        value = tens * 10 + ones;
        return true;
    }

    private static bool TryDigit(char c, out int digit)
    {
        digit = Digits.IndexOf(c);
        return digit > 0;
    }
}
