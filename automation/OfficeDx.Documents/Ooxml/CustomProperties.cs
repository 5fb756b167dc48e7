using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// Writes and reads docProps/custom.xml (File ▸ Properties ▸ Custom in Word). LibreOffice keeps these properties when it
/// saves a .docx, while it drops document variables and content-control tags, so they carry what harvest needs from the file.
/// </summary>
internal static class CustomProperties
{
    private const string Namespace = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private const string VTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    private const string FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    public const string ContentType = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
    public const string RelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";

    public static void Write(CustomFilePropertiesPart part, IEnumerable<(string Name, string Value)> properties)
    {
        using var stream = part.GetStream(FileMode.Create);
        Write(stream, properties);
    }

    public static void Write(Stream stream, IEnumerable<(string Name, string Value)> properties)
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize });
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("Properties", Namespace);
        writer.WriteAttributeString("xmlns", "vt", null, VTypes);
        // Property ids start at 2: 0 and 1 are reserved by the property-set format.
        var pid = 2;
        foreach (var (name, value) in properties)
        {
            writer.WriteStartElement("property", Namespace);
            writer.WriteAttributeString("fmtid", FormatId);
            writer.WriteAttributeString("pid", (pid++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteAttributeString("name", name);
            writer.WriteElementString("vt", "lpwstr", VTypes, value);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>The text properties of a package, by name; an unreadable part counts as none.</summary>
    public static Dictionary<string, string> Read(OpenXmlPackage package)
    {
        var part = package.GetPartsOfType<CustomFilePropertiesPart>().FirstOrDefault();
        if (part is null) return [];
        try
        {
            return Properties(Ooxml.SafeXml.Load(part, "docProps/custom.xml"));
        }
        catch (Ooxml.PackageRejectedException)
        {
            return [];
        }
    }

    /// <summary>The text properties of a custom-properties part <see cref="PackageGuard"/> checked and parsed.</summary>
    public static Dictionary<string, string> ReadKept(XDocument part) => Properties(part);

    private static Dictionary<string, string> Properties(XDocument xml)
    {
        XNamespace ns = Namespace;
        return xml.Root?.Elements(ns + "property")
            .Where(p => p.Attribute("name") is not null)
            .GroupBy(p => p.Attribute("name")!.Value)
            .ToDictionary(g => g.Key, g => g.First().Elements().FirstOrDefault()?.Value ?? "") ?? [];
    }
}
