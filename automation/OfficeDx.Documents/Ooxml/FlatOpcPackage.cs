using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeDx.Documents.Ooxml;

/// <summary>Writes and opens the flat-OPC packages (pkg:package) that Word's insertOoxml takes and getOoxml returns.</summary>
public static class FlatOpcPackage
{
    public static readonly XNamespace Pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentPartName = "/word/document.xml";
    private const string RelationshipContentType = "application/vnd.openxmlformats-package.relationships+xml";

    /// <summary>
    /// The smallest package Word accepts for content that uses styles: the package relationships, the main document and its styles.
    /// Concatenated as text rather than written through the SDK: the same parts always give the same text, and no DOM is built twice.
    /// </summary>
    public static string Write(string documentXml, string stylesXml)
    {
        var text = new StringBuilder(documentXml.Length + stylesXml.Length + 1024);
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<?mso-application progid=\"Word.Document\"?>");
        text.Append("<pkg:package xmlns:pkg=\"").Append(Pkg.NamespaceName).Append("\">");
        Part(text, "/_rels/.rels", RelationshipContentType,
            Relationships("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml"));
        Part(text, DocumentPartName, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", documentXml);
        Part(text, "/word/_rels/document.xml.rels", RelationshipContentType,
            Relationships("rIdStyles", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"));
        Part(text, "/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", stylesXml);
        return text.Append("</pkg:package>").ToString();
    }

    /// <summary>The main document part of a flat-OPC package (w:document); throws <see cref="DocumentOpenException"/> when there is none.</summary>
    public static XElement MainDocument(string flatOpc, string source) => MainDocument(Parse(flatOpc, source), source);

    private static XElement MainDocument(XElement package, string source)
    {
        var part = package.Elements(Pkg + "part").FirstOrDefault(p => (string?)p.Attribute(Pkg + "name") == DocumentPartName)
            ?? throw new DocumentOpenException(source, "OOXML のパッケージに本文（/word/document.xml）がありません。");
        return part.Element(Pkg + "xmlData")?.Elements().FirstOrDefault(e => e.Name == WordXml.W + "document")
            ?? throw new DocumentOpenException(source, "OOXML のパッケージの /word/document.xml に w:document 要素がありません。");
    }

    /// <summary>Turns a flat-OPC package into .docx bytes, for harvest and rendering.</summary>
    public static byte[] ToDocx(string flatOpc, string source)
    {
        using var stream = new MemoryStream();
        Open(flatOpc, source, stream, _ => 0);
        return stream.ToArray();
    }

    /// <summary>
    /// Opens a flat-OPC package as a Word document in memory and gives it to <paramref name="use"/> (validation reads it there, without
    /// writing the package out and opening it again); failures of the package are <see cref="DocumentOpenException"/>s.
    /// </summary>
    public static T Open<T>(string flatOpc, string source, Func<WordprocessingDocument, T> use) => Open(flatOpc, source, new MemoryStream(), use);

    private static T Open<T>(string flatOpc, string source, MemoryStream stream, Func<WordprocessingDocument, T> use)
    {
        var package = Parse(flatOpc, source);
        MainDocument(package, source);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.FromFlatOpcString(flatOpc, stream, true);
        }
        catch (Exception e) when (IsPackageFailure(e))
        {
            throw Unassembled(package, source);
        }
        try
        {
            // Parts and relationships are read as they are used, and the package is written when it is closed: a relationship id
            // that is not an XML name (Id="2147483647") fails only there (fuzz run 7, #86845: a 500 from /api/word/fragments/document).
            using (document) return use(document);
        }
        catch (Exception e) when (IsPackageFailure(e))
        {
            throw Unassembled(package, source);
        }
    }

    private static bool IsPackageFailure(Exception e) =>
        e is OpenXmlPackageException or System.Xml.XmlException or InvalidOperationException or ArgumentException or FormatException or IOException;

    /// <summary>The SDK's own sentence is English and names no part: say which part name is wrong when one is, else what to check.</summary>
    private static DocumentOpenException Unassembled(XElement package, string source)
    {
        var badName = package.Elements(Pkg + "part").Select(p => (string?)p.Attribute(Pkg + "name") ?? "")
            .FirstOrDefault(name => !name.StartsWith('/') || name.Contains(':') || !Uri.TryCreate(name, UriKind.Relative, out _));
        return new DocumentOpenException(source, badName is not null
            ? $"OOXML のパッケージのパーツ名「{badName}」は使えません（/word/document.xml のように / で始まる名前にしてください）。"
            : "OOXML のパッケージを Word 文書に組み立てられません（パーツの名前・種類・リレーションシップのどれかが正しくありません）。");
    }

    private static XElement Parse(string flatOpc, string source)
    {
        // Depth and size are checked before the tree is built: the readers below walk it recursively.
        var document = Ooxml.SafeXml.Parse(flatOpc, source);
        if (document.Root is not { } root || root.Name != Pkg + "package")
            throw new DocumentOpenException(source, "Word の insertOoxml が受け取る形式（pkg:package）ではありません。");
        return root;
    }

    private static void Part(StringBuilder text, string name, string contentType, string xml) =>
        text.Append("<pkg:part pkg:name=\"").Append(name).Append("\" pkg:contentType=\"").Append(contentType).Append("\"><pkg:xmlData>")
            .Append(xml).Append("</pkg:xmlData></pkg:part>");

    private static string Relationships(string id, string type, string target) =>
        $"<Relationships xmlns=\"{Rels.NamespaceName}\"><Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{target}\" /></Relationships>";
}
