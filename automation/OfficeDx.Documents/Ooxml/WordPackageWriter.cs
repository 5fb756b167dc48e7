using System.IO.Compression;
using System.Security;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// Writes a new .docx straight into a zip: each part serialized once and deflated once, [Content_Types].xml first and the rest
/// in ordinal order with a fixed time, as <see cref="DeterministicZip"/> orders them. Writing through System.IO.Packaging
/// and then normalizing stored every part, read it back and deflated it again, a quarter of writing a plan.
/// </summary>
/// <remarks>The content types and relationships are spelled as the Open XML SDK spells them, so a package reads the same.</remarks>
internal sealed class WordPackageWriter
{
    public const string MainDocumentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string StylesType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    public const string SettingsType = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string RelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private readonly List<(string Name, string ContentType, Action<Stream> Write)> _parts = [];
    private readonly List<(string Id, string Type, string Target)> _packageRelationships = [];
    private readonly List<(string Id, string Type, string Target)> _documentRelationships = [];

    /// <summary>word/document.xml, the package's officeDocument.</summary>
    public WordPackageWriter MainDocument(OpenXmlPartRootElement document)
    {
        _packageRelationships.Add(("rIdMain", OfficeRelationships + "officeDocument", "/word/document.xml"));
        return Part("word/document.xml", MainDocumentType, stream => SaveBody(document, stream));
    }

    /// <summary>
    /// As <see cref="OpenXmlPartRootElement.Save(Stream)"/> writes it, less the SDK's search of every descendant for namespace
    /// declarations to lift to the root: that search would parse each drawing kept as markup (DrawingTemplates), and on a root
    /// that declares none, as ours, it lifts nothing. A root that does declare some is saved by the SDK.
    /// </summary>
    private static void SaveBody(OpenXmlPartRootElement root, Stream stream)
    {
        if (root.HasAttributes || root.NamespaceDeclarations.Any() || !root.HasChildren)
        {
            root.Save(stream);
            return;
        }
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { CloseOutput = false, Encoding = new UTF8Encoding(false) });
        writer.WriteStartElement(root.Prefix, root.LocalName, root.NamespaceUri);
        foreach (var child in root.ChildElements) child.WriteTo(writer);
        writer.WriteFullEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>A part the main document relates to (styles, settings), named word/<paramref name="fileName"/>.</summary>
    public WordPackageWriter DocumentPart(string id, string relationship, string fileName, string contentType, OpenXmlPartRootElement root)
    {
        _documentRelationships.Add((id, OfficeRelationships + relationship, "/word/" + fileName));
        return Part("word/" + fileName, contentType, root.Save);
    }

    /// <summary>A part the package relates to (docProps/core.xml, docProps/custom.xml), written by <paramref name="write"/>.</summary>
    public WordPackageWriter PackagePart(string id, string relationshipType, string name, string contentType, Action<Stream> write)
    {
        _packageRelationships.Add((id, relationshipType, "/" + name));
        return Part(name, contentType, write);
    }

    private WordPackageWriter Part(string name, string contentType, Action<Stream> write)
    {
        _parts.Add((name, contentType, write));
        return this;
    }

    public byte[] ToArray()
    {
        var entries = new List<(string Name, Action<Stream> Write)>(_parts.Select(p => (p.Name, p.Write)))
        {
            ("_rels/.rels", s => WriteText(s, Relationships(_packageRelationships))),
        };
        if (_documentRelationships.Count > 0) entries.Add(("word/_rels/document.xml.rels", s => WriteText(s, Relationships(_documentRelationships))));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", s => WriteText(s, ContentTypes()));
            foreach (var (name, write) in entries.OrderBy(e => e.Name, StringComparer.Ordinal)) Add(zip, name, write);
        }
        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = DeterministicZip.FixedTime;
        using var stream = entry.Open();
        write(stream);
    }

    /// <summary>As the SDK writes it: xml is the main document's default type, every other part an override, in the order added.</summary>
    private string ContentTypes()
    {
        var types = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        types.Append($"<Default Extension=\"xml\" ContentType=\"{MainDocumentType}\" /><Default Extension=\"rels\" ContentType=\"{RelationshipsType}\" />");
        foreach (var (name, contentType, _) in _parts.Where(p => p.ContentType != MainDocumentType))
            types.Append($"<Override PartName=\"/{Escape(name)}\" ContentType=\"{Escape(contentType)}\" />");
        return types.Append("</Types>").ToString();
    }

    private static string Relationships(IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (id, type, target) in relationships)
            xml.Append($"<Relationship Type=\"{Escape(type)}\" Target=\"{Escape(target)}\" Id=\"{Escape(id)}\" />");
        return xml.Append("</Relationships>").ToString();
    }

    private static string Escape(string value) => SecurityElement.Escape(value);

    private static void WriteText(Stream stream, string text)
    {
        stream.Write(Utf8WithBom.Preamble);
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
