using System.Xml.Linq;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Glossary;

/// <summary>
/// The numbers Word prints for footnote references: automatic ones count 1, 2, 3 … in document order, and a reference
/// with a custom mark (*1 typed after it) does not count.
/// </summary>
internal static class FootnoteNumbers
{
    public static readonly XName Reference = WordXml.W + "footnoteReference";

    public static bool HasCustomMark(XElement reference) =>
        reference.Attribute(WordXml.W + "customMarkFollows")?.Value is "1" or "true" or "on";

    public static Dictionary<XElement, int> Of(XElement body)
    {
        var numbers = new Dictionary<XElement, int>();
        foreach (var reference in body.Descendants(Reference).Where(r => !HasCustomMark(r)))
            numbers[reference] = numbers.Count + 1;
        return numbers;
    }
}
