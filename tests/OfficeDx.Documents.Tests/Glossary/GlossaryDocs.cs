using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Glossary;

/// <summary>Reads what the glossary passes wrote: body and footnotes XML, styles by name, the shipped term base.</summary>
internal static class GlossaryDocs
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static TermBase Terms { get; } = TermBaseFile.Shipped();

    public static GlossaryStyle Style(GlossarySectionStyle section, GlossaryMarkerStyle marker = GlossaryMarkerStyle.ReferenceMark) =>
        new() { Section = section, Marker = marker, Heading = "用語集" };

    public static XDocument Part(byte[] docx, Func<MainDocumentPart, OpenXmlPart?> pick)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var part = pick(document.MainDocumentPart!) ?? throw new AssertFailedException("part missing");
        using var stream = part.GetStream();
        return XDocument.Load(stream);
    }

    public static XDocument Body(byte[] docx) => Part(docx, m => m);

    public static XDocument? Footnotes(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.FootnotesPart is null ? null : Part(docx, m => m.FootnotesPart);
    }

    /// <summary>The text a reader sees in the body, glossary section and markers included.</summary>
    public static string Text(XDocument document) => string.Concat(document.Descendants(W + "t").Select(t => t.Value));

    public static IEnumerable<XElement> Markers(XDocument body) => body.Descendants(W + "sdt")
        .Where(s => s.Element(W + "sdtPr")?.Element(W + "tag")?.Attribute(W + "val")?.Value.StartsWith(GlossaryTags.MarkerPrefix, StringComparison.Ordinal) == true);

    public static string MarkerTerm(XElement marker) => marker.Element(W + "sdtPr")!.Element(W + "tag")!.Attribute(W + "val")!.Value[GlossaryTags.MarkerPrefix.Length..];

    public static string MarkerText(XElement marker) => string.Concat(marker.Descendants(W + "t").Select(t => t.Value));
}
