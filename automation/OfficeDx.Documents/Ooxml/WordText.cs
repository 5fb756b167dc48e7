using System.Text;
using System.Xml.Linq;

namespace OfficeDx.Documents.Ooxml;

/// <summary>Reads the text a person sees: across runs and content controls, line breaks as \n, deleted revisions, drawings and fallbacks skipped.</summary>
internal static class WordText
{
    /// <summary>The text inside one element, paragraphs run together (use <see cref="Lines"/> for paragraph text).</summary>
    public static string Of(XElement element)
    {
        var builder = new StringBuilder();
        Append(element, builder);
        return builder.ToString();
    }

    /// <summary>The paragraphs under an element, not those inside drawings or text boxes.</summary>
    public static IEnumerable<XElement> Paragraphs(XElement element)
    {
        if (element.Name == WordXml.Paragraph) return [element];
        if (element.AncestorsAndSelf().Any(IsOutsideText)) return [];
        var paragraphs = new List<XElement>();
        Collect(element, paragraphs);
        return paragraphs;
    }

    private static bool IsOutsideText(XElement element) => element.Name == WordXml.Drawing || element.Name == WordXml.Fallback;

    /// <summary>The paragraphs under an element in document order, not going into drawings or fallbacks: one walk, not one walk up per paragraph.</summary>
    private static void Collect(XElement element, List<XElement> paragraphs)
    {
        foreach (var child in element.Elements())
        {
            if (IsOutsideText(child)) continue;
            if (child.Name == WordXml.Paragraph) paragraphs.Add(child);
            Collect(child, paragraphs);
        }
    }

    /// <summary>The text of each paragraph; a line break inside a paragraph starts a new line too.</summary>
    public static IEnumerable<string> Lines(IEnumerable<XElement> paragraphs) =>
        paragraphs.SelectMany(p => Of(p).Split('\n'));

    /// <summary>A glossary marker (*3) is not part of the sentence it follows.</summary>
    private static bool IsGlossaryMarker(XElement element) =>
        element.Name == WordXml.Sdt && WordXml.TagOf(element)?.StartsWith(GlossaryTags.MarkerPrefix, StringComparison.Ordinal) == true;

    private static void Append(XElement element, StringBuilder builder)
    {
        foreach (var child in element.Elements())
        {
            var name = child.Name;
            if (name == WordXml.Text) builder.Append(child.Value);
            else if (name == WordXml.Tab) builder.Append(' ');
            else if (name == WordXml.Break || name == WordXml.CarriageReturn) builder.Append('\n');
            else if (name == WordXml.NoBreakHyphen) builder.Append('-');
            else if (name == WordXml.Deleted || name == WordXml.MoveFrom || name == WordXml.Drawing || name == WordXml.Pict
                     || name == WordXml.Fallback || name == WordXml.RunProperties || name == WordXml.ParagraphProperties
                     || name == WordXml.SdtProperties || IsGlossaryMarker(child)) continue;
            else Append(child, builder);
        }
    }
}
