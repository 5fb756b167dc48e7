using System.Xml.Linq;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Glossary;

/// <summary>The glossary section as a flat-OPC fragment for Word's insertOoxml, in the profile's style and with its styles.</summary>
public static class GlossaryFragments
{
    /// <summary>
    /// The section listing <paramref name="terms"/> (marked ones, with <see cref="GlossaryTerm.Marker"/> set, first);
    /// null for a profile whose glossary is footnotes, which have no section.
    /// </summary>
    public static string? Section(Profile profile, IReadOnlyList<GlossaryTerm> terms)
    {
        var section = new SectionWriter(profile.Glossary, new SdtIds(1)).Write(terms);
        return section is null ? null : Package(profile, section);
    }

    /// <summary>
    /// What a refresh changed that a task pane can put back into the open document: the regenerated section (null when
    /// there is none) and every marker's new text, in document order.
    /// </summary>
    public static RefreshedGlossary Refreshed(byte[] refreshedDocx, string fileName, Profile profile)
    {
        using var package = GlossaryPackage.Open(refreshedDocx, fileName);
        var section = package.Body.Elements(WordXml.Sdt).FirstOrDefault(s => WordXml.TagOf(s) == GlossaryTags.Section);
        var markers = package.Body.Descendants(WordXml.Sdt)
            .Select(s => (Control: s, Tag: WordXml.TagOf(s)))
            .Where(s => s.Tag?.StartsWith(GlossaryTags.MarkerPrefix, StringComparison.Ordinal) == true)
            .Select(s => new RefreshedMarker(s.Tag![GlossaryTags.MarkerPrefix.Length..], WordText.Of(s.Control)))
            .ToArray();
        return new RefreshedGlossary(section is null ? null : Package(profile, new XElement(section)), markers);
    }

    private static string Package(Profile profile, XElement content)
    {
        var document = new XElement(WordXml.W + "document", new XAttribute(XNamespace.Xmlns + "w", WordXml.W.NamespaceName),
            new XElement(WordXml.Body, content));
        return FlatOpcPackage.Write(document.ToString(SaveOptions.DisableFormatting), StyleSheet.Create(profile).OuterXml);
    }
}

/// <summary>The refreshed glossary section as a fragment (null for footnotes or when no term is left) and the markers' new texts.</summary>
public sealed record RefreshedGlossary(string? Section, IReadOnlyList<RefreshedMarker> Markers);

/// <summary>A marker's term and the text it now shows (*3, ※3, 3).</summary>
public sealed record RefreshedMarker(string Term, string Text);
