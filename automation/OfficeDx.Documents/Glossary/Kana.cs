namespace OfficeDx.Documents.Glossary;

/// <summary>What counts as kana in a reading, and the gojūon row (あ行, か行 …) a reading starts in.</summary>
public static class Kana
{
    /// <summary>Hiragana, katakana (full and half width), the long-vowel mark, ・ and spaces between words.</summary>
    public static bool IsReading(string text) => text.Length > 0 && text.All(c =>
        c is >= '\u3041' and <= '\u309F' or >= '\u30A0' and <= '\u30FF' or >= '\uFF66' and <= '\uFF9F' or ' ' or '\u3000');

    /// <summary>A full-width katakana letter as its hiragana (ク → く); any other character as it is.</summary>
    public static char ToHiragana(char c) => c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c;

    /// <summary>The text with its full-width katakana letters as hiragana, for comparing readings (クラウド = くらうど).</summary>
    public static string ToHiragana(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = ToHiragana(source[i]);
    });

    private static readonly string[] Rows = ["あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ"];

    private const string RowStarts =
        "ぁあぃいぅうぇえぉお" + "かがきぎくぐけげこご" + "さざしじすずせぜそぞ" + "ただちぢっつづてでとど" + "なにぬねの"
        + "はばぱひびぴふぶぷへべぺほぼぽ" + "まみむめも" + "ゃやゅゆょよ" + "らりるれろ" + "ゎわゐゑをんゔ";

    private static readonly int[] RowEnds = [10, 20, 30, 41, 46, 61, 66, 72, 77, 84];

    /// <summary>あ行, か行 … for the first kana of a reading; null when it does not start with kana.</summary>
    public static string? Row(string reading)
    {
        if (reading.Length == 0) return null;
        var c = reading[0];
        c = c is >= '\uFF66' and <= '\uFF9F' ? HalfWidthToHiragana(c) : ToHiragana(c);
        var index = RowStarts.IndexOf(c);
        if (index < 0) return null;
        for (var row = 0; row < RowEnds.Length; row++)
        {
            if (index < RowEnds[row]) return Rows[row] + "行";
        }
        return null;
    }

    private static char HalfWidthToHiragana(char c)
    {
        var full = c.ToString().Normalize(System.Text.NormalizationForm.FormKC);   // used for a row lookup only, never written
        return full.Length == 1 && ToHiragana(full[0]) != full[0] ? ToHiragana(full[0]) : c;
    }
}
