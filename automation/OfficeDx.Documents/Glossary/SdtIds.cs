using System.Globalization;
using System.Xml.Linq;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Glossary;

/// <summary>
/// Content-control ids for new controls: above every id the document uses outside the glossary section and glossary
/// footnotes (which are regenerated), so that refreshing twice allocates the same ids.
/// </summary>
internal sealed class SdtIds(int next)
{
    private int _next = next;

    public static SdtIds After(IEnumerable<XElement> roots) => new(1 + roots.SelectMany(r => r.Descendants(WordXml.W + "id"))
        .Where(e => e.Parent?.Name == WordXml.SdtProperties && !Regenerated(e.Parent.Parent!))
        .Select(e => int.TryParse(e.Attribute(WordXml.Val)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0)
        .DefaultIfEmpty(0).Max());

    private static bool Regenerated(XElement sdt) => sdt.AncestorsAndSelf(WordXml.Sdt).Any(s => WordXml.TagOf(s) is { } tag
        && (tag == GlossaryTags.Section || tag.StartsWith(GlossaryTags.EntryPrefix, StringComparison.Ordinal)));

    public int Next() => _next++;
}
