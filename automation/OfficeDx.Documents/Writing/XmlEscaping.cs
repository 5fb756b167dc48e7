using System.Buffers;
using System.Text;

namespace OfficeDx.Documents.Writing;

/// <summary>
/// Text and attribute values escaped as the XmlWriter the Open XML SDK saves through escapes them (default settings: new lines
/// replaced, characters checked), so that markup written as text reads byte for byte as the typed elements would have saved.
/// A character XML cannot hold is refused as XmlWriter refuses it, rather than written into a document Word would not open.
/// </summary>
internal static class XmlEscaping
{
    // Everything outside these sets is copied as is; the sets are searched vectorized, so plain text costs one scan.
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create(Specials("<>&\n\r"));
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create(Specials("<>&\"\t\n\r"));

    /// <summary>Element text: &amp; &lt; &gt; escaped, each line break (CR LF, CR or LF) written as the platform's new line.</summary>
    public static StringBuilder AppendText(this StringBuilder xml, string value)
    {
        var rest = value.AsSpan();
        for (var next = rest.IndexOfAny(TextSpecials); next >= 0; next = rest.IndexOfAny(TextSpecials))
        {
            xml.Append(rest[..next]);
            var c = rest[next];
            var used = 1;
            switch (c)
            {
                case '<': xml.Append("&lt;"); break;
                case '>': xml.Append("&gt;"); break;
                case '&': xml.Append("&amp;"); break;
                case '\n': xml.Append(Environment.NewLine); break;
                case '\r':
                    if (next + 1 < rest.Length && rest[next + 1] == '\n') used = 2;
                    xml.Append(Environment.NewLine);
                    break;
                default: used = Unusual(xml, rest, next); break;
            }
            rest = rest[(next + used)..];
        }
        return xml.Append(rest);
    }

    /// <summary>An attribute value in double quotes: &amp; &lt; &gt; &quot; escaped, tab and line breaks as character references.</summary>
    public static StringBuilder AppendAttribute(this StringBuilder xml, string value)
    {
        var rest = value.AsSpan();
        for (var next = rest.IndexOfAny(AttributeSpecials); next >= 0; next = rest.IndexOfAny(AttributeSpecials))
        {
            xml.Append(rest[..next]);
            var used = 1;
            switch (rest[next])
            {
                case '<': xml.Append("&lt;"); break;
                case '>': xml.Append("&gt;"); break;
                case '&': xml.Append("&amp;"); break;
                case '"': xml.Append("&quot;"); break;
                case '\t': xml.Append("&#x9;"); break;
                case '\n': xml.Append("&#xA;"); break;
                case '\r': xml.Append("&#xD;"); break;
                default: used = Unusual(xml, rest, next); break;
            }
            rest = rest[(next + used)..];
        }
        return xml.Append(rest);
    }

    /// <summary>A surrogate pair is copied (2 characters used); a lone surrogate or a character XML cannot hold is refused.</summary>
    private static int Unusual(StringBuilder xml, ReadOnlySpan<char> text, int at)
    {
        var c = text[at];
        if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
        {
            xml.Append(text.Slice(at, 2));
            return 2;
        }
        throw new ArgumentException($"'{c}', hexadecimal value 0x{(int)c:X2}, is an invalid character.");
    }

    /// <summary>The given characters, the control characters, the surrogates, U+FFFE and U+FFFF.</summary>
    private static char[] Specials(string escaped)
    {
        var chars = new List<char>(escaped);
        for (var c = '\0'; c < ' '; c++) if (c != '\t') chars.Add(c);
        for (var c = '\uD800'; c <= '\uDFFF'; c++) chars.Add(c);
        chars.Add('\uFFFE');
        chars.Add('\uFFFF');
        return chars.Distinct().ToArray();
    }
}
