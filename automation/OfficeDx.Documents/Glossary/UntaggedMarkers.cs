using System.Text.RegularExpressions;
using System.Xml.Linq;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Glossary;

/// <summary>
/// Glossary markers that lost their tag: content controls holding only a marker (*3, ※3, a superscript 3 or a footnote
/// reference) and no tag. LibreOffice 7.4 leaves them so when it re-saves a document, and it also moves the text in
/// front of a marker that sits inside a measure field into the next control, so their presence means the fields may have changed.
/// Tagged with an empty term (<see cref="Retag"/>), a marker's term is found again from the known term right before it.
/// </summary>
internal static partial class UntaggedMarkers
{
    [GeneratedRegex(@"^\s*[*＊※]?\s?[0-9０-９]{1,3}\s*$")]
    private static partial Regex MarkerText();

    /// <summary>
    /// Tags each such marker as a marker of a term not yet known (an empty term), so that field text leaves it out and the
    /// glossary reader names its term from the text before it; returns how many there were.
    /// </summary>
    public static int Retag(XElement body)
    {
        var markers = body.Descendants(WordXml.Sdt).Where(IsMarker).ToList();
        foreach (var marker in markers)
        {
            var properties = marker.Element(WordXml.SdtProperties);
            if (properties is null) marker.AddFirst(properties = new XElement(WordXml.SdtProperties));
            properties.Add(new XElement(WordXml.Tag, new XAttribute(WordXml.Val, GlossaryTags.MarkerPrefix)));
        }
        return markers.Count;
    }

    private static bool IsMarker(XElement sdt)
    {
        if (WordXml.TagOf(sdt) is not null || sdt.Descendants(WordXml.Sdt).Any()) return false;
        var content = WordXml.ContentOf(sdt);
        // A tag-carrying bookmark inside means a field of OfficeDx's own (the measure number), not a marker.
        if (content.Descendants(WordXml.W + "bookmarkStart").Any()) return false;
        if (content.Descendants(WordXml.W + "footnoteReference").Any()) return true;
        var superscript = content.Descendants(WordXml.W + "vertAlign").Any(v => v.Attribute(WordXml.Val)?.Value == "superscript");
        return superscript && MarkerText().IsMatch(WordText.Of(content));
    }
}
