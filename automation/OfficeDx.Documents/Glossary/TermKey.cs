namespace OfficeDx.Documents.Glossary;

/// <summary>
/// The private comparison key that makes ICT, ＩＣＴ, I C T and ｉｃｔ the same term: full-width ASCII folded to half width,
/// upper case, white space dropped. It is only ever compared, never written back (NFKC would turn ① into 1 in the document).
/// </summary>
public static class TermKey
{
    public static string Of(string text) => Build(text, out _);

    /// <summary>The key of <paramref name="text"/> and, for each key character, the index of the character it came from.</summary>
    public static string Build(string text, out int[] sourceIndex)
    {
        var key = new char[text.Length];
        var map = new int[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) continue;
            if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
            if (c is >= 'a' and <= 'z') c = (char)(c - 32);
            key[length] = c;
            map[length] = i;
            length++;
        }
        sourceIndex = map[..length];
        return new string(key, 0, length);
    }

    /// <summary>Latin letters and digits, either width: a term such as AI must not match inside a longer word (EMAIL).</summary>
    public static bool IsWordCharacter(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' or >= '０' and <= '９';
}
