using System.IO.Compression;
using System.Xml;

namespace OfficeDx.Documents.Ooxml;

/// <summary>Which entries of a package are XML, by extension and by [Content_Types].xml, so that each is scanned before it is parsed.</summary>
internal sealed class ContentTypes
{
    private const string EntryName = "[Content_Types].xml";
    private readonly HashSet<string> _xmlExtensions = new(StringComparer.OrdinalIgnoreCase) { "xml", "rels" };
    private readonly HashSet<string> _xmlParts = new(StringComparer.OrdinalIgnoreCase);

    public bool IsXml(string entryName)
    {
        var dot = entryName.LastIndexOf('.');
        return _xmlParts.Contains("/" + entryName) || (dot >= 0 && _xmlExtensions.Contains(entryName[(dot + 1)..]));
    }

    public static ContentTypes XmlParts(ZipArchive zip, string file, InputLimits limits)
    {
        var types = new ContentTypes();
        var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, EntryName, StringComparison.OrdinalIgnoreCase));
        if (entry is null) return types;
        if (entry.Length > limits.MaxContentTypesBytes)
            throw PackageGuard.TooLarge(file, $"部品 {EntryName} が {InputLimits.Count(entry.Length)} バイトあり、{InputLimits.Name(nameof(InputLimits.MaxContentTypesBytes), limits.MaxContentTypesBytes)} バイトを超えています（壊れているか、手を加えられたファイルです）。");
        try
        {
            using var stream = entry.Open();
            // Read under its own small budget here; the full pass over every entry counts it again against the package.
            var settings = XmlScan.Settings(limits);
            settings.MaxCharactersInDocument = Math.Min(limits.MaxContentTypesBytes, limits.MaxPartBytes);
            using var reader = XmlReader.Create(stream, settings);
            var budget = new PackageGuard.Budget(file, limits);
            while (reader.Read())
            {
                if (++budget.Nodes > limits.MaxXmlNodes || reader.Depth >= limits.MaxXmlDepth)
                    throw PackageGuard.TooLarge(file, $"部品 {EntryName} が大きすぎるか、入れ子が深すぎます（{InputLimits.Name(nameof(InputLimits.MaxXmlNodes), limits.MaxXmlNodes)}、{InputLimits.Name(nameof(InputLimits.MaxXmlDepth), limits.MaxXmlDepth)}）。");
                if (reader.NodeType == XmlNodeType.Element && reader.HasAttributes) XmlScan.CheckAttributes(reader, file, EntryName, limits);
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } name && !IsPartName(name))
                    throw PackageGuard.Damaged(file, $"部品 {EntryName} の部品名「{PackageGuard.Shown(name)}」が部品名（/word/document.xml のように / で始まる名前）ではありません（壊れているか、手を加えられたファイルです）。");
                if (reader.NodeType != XmlNodeType.Element || reader.GetAttribute("ContentType") is not { } type || !IsXmlType(type)) continue;
                if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension) types._xmlExtensions.Add(extension);
                else if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } part) types._xmlParts.Add(part);
            }
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw PackageGuard.TooLarge(file, $"部品 {EntryName} が{InputLimits.Name(nameof(InputLimits.MaxContentTypesBytes), limits.MaxContentTypesBytes)} 文字を超えています。");
        }
        catch (XmlException e)
        {
            throw PackageGuard.Damaged(file, $"部品 {EntryName} の XML が壊れていて読めません{XmlScan.Where(e)}。");
        }
        catch (InvalidDataException)
        {
            throw PackageGuard.Damaged(file, $"部品 {EntryName} を展開できません（対応していない圧縮方式か、ZIP が壊れています）。");
        }
        return types;
    }

    /// <summary>An OPC part name: starts with a single /, and is a relative URI (System.IO.Packaging throws a UriFormatException on anything else while saving).</summary>
    private static bool IsPartName(string name) =>
        name.Length > 1 && name[0] == '/' && name[1] != '/' && Uri.TryCreate(name, UriKind.Relative, out _);

    private static bool IsXmlType(string contentType)
    {
        var type = contentType.Split(';')[0].Trim();
        return type.EndsWith("+xml", StringComparison.OrdinalIgnoreCase) || type.EndsWith("/xml", StringComparison.OrdinalIgnoreCase);
    }
}
