using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Glossary;

/// <summary>A .docx opened for the glossary passes: body, footnotes and settings as LINQ to XML, saved back deterministically.</summary>
internal sealed class GlossaryPackage : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly WordprocessingDocument? _document;

    public string FileName { get; }
    /// <summary>A hand-made glossary section's tables and paragraphs, found by the reader: not body text to mark or check.</summary>
    public HashSet<XElement> HandSection { get; } = [];
    /// <summary>The lines of that section that hold no term: its heading, あ行/か行 group lines and table heading rows (用語 | 解説 | 該当頁).</summary>
    public List<string> HandStructure { get; } = [];
    public XDocument Main { get; }
    public XElement Body { get; }
    public XDocument? Footnotes { get; private set; }
    public XDocument? Settings { get; }
    /// <summary>Which paragraph styles are headings (for naming the heading a term is first used under).</summary>
    public HeadingStyles Headings { get; }

    // The document's custom properties. LibreOffice drops document variables but keeps these, so in a document OfficeDx
    // generated (one with the tag-bookmark list) the cache is kept here too, and a re-saved document still knows its terms.
    private readonly Dictionary<string, string> _custom;
    private bool _customChanged;

    private GlossaryPackage(byte[] bytes, string fileName, bool editable)
    {
        FileName = fileName;
        // Checked first so that every way a file can be the wrong kind gets the reader's messages.
        WordFileOpener.Open(bytes, fileName).Dispose();
        _stream = new MemoryStream();
        _stream.Write(bytes);
        _stream.Position = 0;
        _document = WordprocessingDocument.Open(_stream, editable, WordFileOpener.Settings());
        var main = _document.MainDocumentPart!;
        Main = Load(main);
        Body = Main.Root?.Element(WordXml.Body) ?? throw new DocumentOpenException(fileName, "Word 文書に本文がありません。");
        Footnotes = main.FootnotesPart is { } footnotes ? Load(footnotes) : null;
        Settings = main.DocumentSettingsPart is { } settings ? Load(settings) : null;
        Headings = new HeadingStyles(main.StyleDefinitionsPart is { } styles ? Load(styles) : null);
        _custom = CustomProperties.Read(main.OpenXmlPackage);
    }

    /// <summary>A read-only view over a document the plan reader already has open, sharing its parsed body.</summary>
    private GlossaryPackage(WordParts parts, XElement body, string fileName)
    {
        FileName = fileName;
        _stream = new MemoryStream();
        _document = null;
        Main = body.Document!;
        Body = body;
        Footnotes = parts.Footnotes;
        Settings = parts.Settings;
        Headings = new HeadingStyles(parts.Styles);
        _custom = new Dictionary<string, string>(parts.Custom, StringComparer.Ordinal);
    }

    public static GlossaryPackage Open(byte[] bytes, string fileName, bool editable = false)
    {
        try
        {
            return new(bytes, fileName, editable);
        }
        catch (Exception e) when (Ooxml.PackageFailures.IsDamagedFile(e))
        {
            throw Ooxml.PackageFailures.Rejected(fileName, e, "Word 文書");
        }
    }

    internal static GlossaryPackage Over(WordParts parts, XElement body, string fileName) => new(parts, body, fileName);

    private XDocument Load(OpenXmlPart part) => Ooxml.SafeXml.Load(part, FileName);

    /// <summary>The footnotes part, created with separator footnotes when the document has none.</summary>
    public XDocument EnsureFootnotes()
    {
        Footnotes ??= new XDocument(new XElement(WordXml.W + "footnotes", new XAttribute(XNamespace.Xmlns + "w", WordXml.W.NamespaceName),
            Separator(-1, "separator", "separator"), Separator(0, "continuationSeparator", "continuationSeparator")));
        return Footnotes;
    }

    private static XElement Separator(int id, string type, string mark) => new(WordXml.W + "footnote",
        new XAttribute(WordXml.W + "type", type), new XAttribute(WordXml.W + "id", id),
        new XElement(WordXml.Paragraph,
            new XElement(WordXml.ParagraphProperties, new XElement(WordXml.W + "spacing", new XAttribute(WordXml.W + "after", 0), new XAttribute(WordXml.W + "line", 240), new XAttribute(WordXml.W + "lineRule", "auto"))),
            new XElement(WordXml.Run, new XElement(WordXml.W + mark))));

    /// <summary>What the section does not show (reading, expansion, variants), as the writer cached it.</summary>
    public IReadOnlyList<GlossaryTerm> Cache()
    {
        var value = Settings?.Root?.Element(WordXml.DocVars)?.Elements(WordXml.DocVar)
            .FirstOrDefault(v => v.Attribute(WordXml.Name)?.Value == GlossaryTags.CacheVariable)?.Attribute(WordXml.Val)?.Value
            ?? _custom.GetValueOrDefault(GlossaryTags.CacheVariable);
        if (string.IsNullOrEmpty(value)) return [];
        try
        {
            // A document's own cache is not trusted either: null entries are dropped like a damaged cache.
            return (JsonSerializer.Deserialize<GlossaryTerm?[]>(value, PlanJson.Options) ?? []).OfType<GlossaryTerm>().ToArray();
        }
        catch (JsonException)
        {
            return [];   // a damaged cache only loses what the section itself does not show
        }
    }

    public void WriteCache(IReadOnlyList<GlossaryTerm> terms)
    {
        KeepInCustomProperties(terms.Count == 0 ? null : JsonSerializer.Serialize(CacheEntries(terms), CompactOptions));
        if (Settings?.Root is not { } root) return;
        var variables = root.Element(WordXml.DocVars);
        variables?.Elements(WordXml.DocVar).Where(v => v.Attribute(WordXml.Name)?.Value == GlossaryTags.CacheVariable).Remove();
        if (terms.Count == 0)
        {
            if (variables is not null && !variables.HasElements) variables.Remove();
            return;
        }
        var json = JsonSerializer.Serialize(CacheEntries(terms), CompactOptions);
        if (variables is null)
        {
            variables = new XElement(WordXml.DocVars);
            // docVars sits after compat/rsids in the schema order; before themeFontLang and everything after it is safe.
            var anchor = root.Elements().FirstOrDefault(e => e.Name.LocalName is "rsids" or "mathPr" or "attachedSchema" or "themeFontLang"
                or "clrSchemeMapping" or "doNotIncludeSubdocsInStats" or "doNotAutoCompressPictures" or "forceUpgrade" or "captions"
                or "readModeInkLockDown" or "smartTagType" or "schemaLibrary" or "shapeDefaults" or "doNotEmbedSmartTags" or "decimalSymbol" or "listSeparator");
            if (anchor is null) root.Add(variables); else anchor.AddBeforeSelf(variables);
        }
        variables.Add(new XElement(WordXml.DocVar, new XAttribute(WordXml.Name, GlossaryTags.CacheVariable), new XAttribute(WordXml.Val, json)));
    }

    private static GlossaryTerm[] CacheEntries(IReadOnlyList<GlossaryTerm> terms) => terms.Select(t => new GlossaryTerm
    {
        Term = t.Term,
        Reading = t.Reading,
        Expansion = t.Expansion,
        Variants = t.Variants,
        Definition = t.Definition,
    }).ToArray();

    /// <summary>Only in a document with the tag-bookmark list: other documents cannot be read back after a re-save anyway.</summary>
    private void KeepInCustomProperties(string? json)
    {
        if (!_custom.ContainsKey(TagBookmarks.Property) || _custom.GetValueOrDefault(GlossaryTags.CacheVariable) == json) return;
        if (json is null) _custom.Remove(GlossaryTags.CacheVariable); else _custom[GlossaryTags.CacheVariable] = json;
        _customChanged = true;
    }

    private static readonly JsonSerializerOptions CompactOptions = new(PlanJson.Options) { WriteIndented = false };

    /// <summary>Writes the edited parts back and returns the package with fixed entry order and times.</summary>
    public byte[] Save()
    {
        var main = _document?.MainDocumentPart ?? throw new InvalidOperationException("opened read-only");
        Write(main, Main);
        if (Footnotes is not null) Write(main.FootnotesPart ?? main.AddNewPart<FootnotesPart>("rIdFootnotes"), Footnotes);
        if (Settings is not null && main.DocumentSettingsPart is { } settings) Write(settings, Settings);
        if (_customChanged && _document!.CustomFilePropertiesPart is { } custom) CustomProperties.Write(custom, _custom.Select(p => (p.Key, p.Value)));
        _document!.Dispose();
        return DeterministicZip.Normalize(_stream.ToArray());
    }

    private static void Write(OpenXmlPart part, XDocument xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.Save(writer);
    }

    public void Dispose()
    {
        _document?.Dispose();
        _stream.Dispose();
    }
}
