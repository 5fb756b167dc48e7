using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeDx.Documents.Word;

/// <summary>Reads the text a person sees within a paragraph: across runs and content controls, line breaks as \n, deleted revisions skipped.</summary>
internal static class WordText
{
    public static string Of(OpenXmlElement element)
    {
        var builder = new StringBuilder();
        Append(element, builder);
        return builder.ToString();
    }

    public static IEnumerable<Paragraph> Paragraphs(OpenXmlElement element) =>
        element is Paragraph p ? [p] : element.Descendants<Paragraph>();

    /// <summary>The text of each paragraph; a line break inside a paragraph starts a new line too.</summary>
    public static IEnumerable<string> Lines(IEnumerable<Paragraph> paragraphs) =>
        paragraphs.SelectMany(p => Of(p).Split('\n'));

    private static void Append(OpenXmlElement element, StringBuilder builder)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text text: builder.Append(text.Text); break;
                case TabChar: builder.Append(' '); break;
                case Break or CarriageReturn: builder.Append('\n'); break;
                case NoBreakHyphen: builder.Append('-'); break;
                case DeletedRun or Deleted or FieldCode or DeletedText: break;
                default: Append(child, builder); break;
            }
        }
    }
}
