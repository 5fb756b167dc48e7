using System.Xml.Linq;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Glossary;

/// <summary>
/// Tells headings from body text in any .docx: a paragraph with an outline level, or in a heading style — Word's built-in
/// heading 1–9 (Japanese Word names its ids 1, 2 …), 見出し N, or any paragraph style that carries an outline level.
/// </summary>
internal sealed class HeadingStyles
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public HeadingStyles(XDocument? styles)
    {
        foreach (var style in styles?.Root?.Elements(WordXml.W + "style") ?? [])
        {
            if (style.Attribute(WordXml.W + "type")?.Value != "paragraph" || style.Attribute(WordXml.W + "styleId")?.Value is not { } id) continue;
            var name = style.Element(WordXml.W + "name")?.Attribute(WordXml.Val)?.Value ?? "";
            var outlined = style.Element(WordXml.ParagraphProperties)?.Element(WordXml.W + "outlineLvl") is { } level && OutlineLevel(level) < 9;
            if (outlined || IsHeadingName(name)) _ids.Add(id);
        }
    }

    public bool IsHeading(XElement paragraph)
    {
        var properties = paragraph.Element(WordXml.ParagraphProperties);
        if (properties?.Element(WordXml.W + "outlineLvl") is { } level) return OutlineLevel(level) < 9;
        var style = properties?.Element(WordXml.W + "pStyle")?.Attribute(WordXml.Val)?.Value;
        return style is not null && (_ids.Contains(style) || IsHeadingName(style));
    }

    /// <summary>heading 1 … heading 9, Heading1, 見出し 1, 見出し1 (the names Word and Japanese templates give them).</summary>
    private static bool IsHeadingName(string name)
    {
        var compact = name.Replace(" ", "", StringComparison.Ordinal);
        return (compact.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && compact.Length == "heading".Length + 1 && char.IsAsciiDigit(compact[^1]))
            || (compact.StartsWith("見出し", StringComparison.Ordinal) && compact.Length == "見出し".Length + 1 && char.IsAsciiDigit(compact[^1]));
    }

    /// <summary>w:outlineLvl 0–8 is a heading level; 9 is body text.</summary>
    private static int OutlineLevel(XElement level) =>
        int.TryParse(level.Attribute(WordXml.Val)?.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 9;
}
