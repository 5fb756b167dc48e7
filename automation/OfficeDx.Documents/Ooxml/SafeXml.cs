using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// Loads XML from a package part or a request into LINQ to XML only after a streaming pass has checked it against the limits:
/// no DTD, no nesting past <see cref="InputLimits.MaxXmlDepth"/>, so no reader below recurses deeper than the limit allows.
/// </summary>
public static class SafeXml
{
    /// <summary>A part of an opened package; throws <see cref="PackageRejectedException"/> naming the file and the part.</summary>
    public static XDocument Load(OpenXmlPart part, string file)
    {
        var limits = InputLimits.Current;
        using var buffer = new MemoryStream();
        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            stream.CopyTo(buffer);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw PackageGuard.Damaged(file, $"部品 {part.Uri} を展開できません（ZIP が壊れています）。");
        }
        var name = part.Uri.ToString().TrimStart('/');
        if (buffer.Length > limits.MaxPartBytes) throw PackageGuard.PartTooLarge(file, name, buffer.Length, limits);
        buffer.Position = 0;
        XmlScan.Scan(buffer, file, name, new PackageGuard.Budget(file, limits));
        buffer.Position = 0;
        return Parse(XmlReader.Create(buffer, XmlScan.Settings(limits)), file, name);
    }

    /// <summary>XML text from a request (a flat-OPC package); <paramref name="source"/> names it in messages.</summary>
    public static XDocument Parse(string xml, string source)
    {
        var limits = InputLimits.Current;
        if (xml.Length > limits.MaxPartBytes) throw PackageGuard.PartTooLarge(source, "XML", xml.Length, limits);
        using (var scan = XmlReader.Create(new StringReader(xml), XmlScan.Settings(limits)))
            XmlScan.Scan(scan, source, "XML", new PackageGuard.Budget(source, limits));
        return Parse(XmlReader.Create(new StringReader(xml), XmlScan.Settings(limits)), source, "XML");
    }

    private static XDocument Parse(XmlReader reader, string file, string part)
    {
        using (reader)
        {
            try
            {
                return XDocument.Load(reader);
            }
            catch (XmlException e)
            {
                throw PackageGuard.Damaged(file, $"部品 {PackageGuard.Shown(part)} の XML が壊れていて読めません{XmlScan.Where(e)}。");
            }
        }
    }
}
