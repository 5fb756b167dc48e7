using System.Xml.Linq;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Glossary;

/// <summary>Builds WordprocessingML runs and paragraphs as LINQ to XML, the way the glossary passes edit any .docx.</summary>
internal static class Texts
{
    public static readonly XName VertAlign = WordXml.W + "vertAlign";

    public static XElement Create(string text) => new(WordXml.Text, new XAttribute(XNamespace.Xml + "space", "preserve"), text);

    public static XElement Run(string text, params object[] properties) =>
        new(WordXml.Run, properties.Length == 0 ? null : new XElement(WordXml.RunProperties, properties), Create(text));

    /// <summary>A run whose lines are separated by w:br, as one multi-line definition.</summary>
    public static XElement Lines(string text, params object[] properties)
    {
        var run = new XElement(WordXml.Run, properties.Length == 0 ? null : new XElement(WordXml.RunProperties, properties));
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Add(new XElement(WordXml.Break));
            run.Add(Create(lines[i]));
        }
        return run;
    }

    public static XElement Superscript() => new(VertAlign, new XAttribute(WordXml.Val, "superscript"));

    public static XElement Bold() => new(WordXml.W + "b");

    public static XElement Paragraph(string? style, params object[] content) => new(WordXml.Paragraph,
        style is null ? null : new XElement(WordXml.ParagraphProperties, new XElement(WordXml.W + "pStyle", new XAttribute(WordXml.Val, style))),
        content);

    public static XElement Sdt(int id, string tag, string title, params object[] content) => new(WordXml.Sdt,
        new XElement(WordXml.SdtProperties,
            new XElement(WordXml.W + "alias", new XAttribute(WordXml.Val, title)),
            new XElement(WordXml.Tag, new XAttribute(WordXml.Val, tag)),
            new XElement(WordXml.W + "id", new XAttribute(WordXml.Val, id))),
        new XElement(WordXml.SdtContent, content));
}
