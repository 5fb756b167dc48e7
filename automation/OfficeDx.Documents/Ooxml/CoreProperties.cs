using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeDx.Documents.Ooxml;

/// <summary>Writes docProps/core.xml by hand: System.IO.Packaging's own properties part gets a random name on every run.</summary>
internal static class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    public const string ContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string RelationshipType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    public static void Write(CoreFilePropertiesPart part, string title, string subject)
    {
        using var stream = part.GetStream(FileMode.Create);
        Write(stream, title, subject);
    }

    public static void Write(Stream stream, string title, string subject)
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("cp", "coreProperties", Cp);
        writer.WriteAttributeString("xmlns", "dc", null, Dc);
        writer.WriteElementString("dc", "title", Dc, title);
        writer.WriteElementString("dc", "subject", Dc, subject);
        writer.WriteElementString("dc", "creator", Dc, "OfficeDx");
        writer.WriteElementString("dc", "language", Dc, "ja-JP");
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
