using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace OfficeDx.Testing.Hostile;

/// <summary>
/// Builds the hostile and damaged packages of issue 12 in memory, a few kilobytes each: bombs are streamed into the
/// compressor, never held or committed. Every builder makes the smallest .docx that is otherwise valid, so that the
/// one defect is what the readers meet.
/// </summary>
public static class HostileFiles
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string StylesRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private const string CustomRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
    private const string CoreRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    /// <summary>A valid one-paragraph document.</summary>
    public static byte[] Minimal(string text = "施策") => Docx(Body($"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"));

    /// <summary>w:sdt nested <paramref name="depth"/> times (25,000 once killed harvest, import, validate and the service with a stack overflow).</summary>
    public static byte[] NestedContentControls(int depth = 25_000)
    {
        var xml = new StringBuilder(depth * 40 + 200);
        for (var i = 0; i < depth; i++) xml.Append("<w:sdt><w:sdtContent>");
        xml.Append("<w:p><w:r><w:t>深い</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++) xml.Append("</w:sdtContent></w:sdt>");
        return Docx(Body(xml.ToString()));
    }

    /// <summary>A document.xml that inflates to <paramref name="inflatedBytes"/> (200 MB from about 200 KB), written in chunks.</summary>
    public static byte[] DeflateBomb(long inflatedBytes = 200L * 1024 * 1024) => Package(zip =>
    {
        AddStandardParts(zip, includeStyles: false);
        using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
        Write(stream, $"<w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>");
        var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
        for (long written = 0; written < inflatedBytes; written += chunk.Length) stream.Write(chunk);
        Write(stream, "</w:t></w:r></w:p></w:body></w:document>");
    });

    /// <summary>A small document whose zip directory claims document.xml inflates to <paramref name="declared"/> bytes.</summary>
    public static byte[] LyingSize(uint declared) => PatchEntry(Minimal(), "word/document.xml", (header, central) =>
        BitConverter.TryWriteBytes(header.AsSpan(central ? 24 : 22, 4), declared));

    /// <summary>A document with <paramref name="count"/> extra tiny entries.</summary>
    public static byte[] ManyEntries(int count) => Package(zip =>
    {
        AddStandardParts(zip);
        AddText(zip, "word/document.xml", Body("<w:p/>"));
        for (var i = 0; i < count; i++) AddText(zip, $"extra/{i}.bin", "x");
    });

    /// <summary>document.xml stored with compression method 99, which no reader knows.</summary>
    public static byte[] UnknownCompression() => PatchEntry(Minimal(), "word/document.xml", (header, central) =>
        BitConverter.TryWriteBytes(header.AsSpan(central ? 10 : 8, 2), (ushort)99));

    /// <summary>Two entries named word/document.xml.</summary>
    public static byte[] DuplicateEntry() => Package(zip =>
    {
        AddStandardParts(zip);
        AddText(zip, "word/document.xml", Body("<w:p><w:r><w:t>一つ目</w:t></w:r></w:p>"));
        AddText(zip, "word/document.xml", Body("<w:p><w:r><w:t>二つ目</w:t></w:r></w:p>"));
    });

    /// <summary>A document whose relationships entry lost its name (fuzz seed 1 #6813: the glossary writer's copy threw, exit 70 / 500).</summary>
    public static byte[] NamelessEntry()
    {
        // ZipArchive will not write an empty name: the last entry is written as "~" and its one-byte name cut out of both headers.
        var bytes = Package(zip =>
        {
            AddStandardParts(zip);
            AddText(zip, "word/document.xml", Body("<w:p><w:r><w:t>施策</w:t></w:r></w:p>"));
            AddText(zip, "~", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
        });
        var end = bytes.Length - 22;
        var directory = (int)BitConverter.ToUInt32(bytes, end + 16);
        var record = directory;
        while (!(bytes[record + 28] == 1 && bytes[record + 29] == 0 && bytes[record + 46] == (byte)'~'))
            record += 46 + BitConverter.ToUInt16(bytes, record + 28) + BitConverter.ToUInt16(bytes, record + 30) + BitConverter.ToUInt16(bytes, record + 32);
        var local = (int)BitConverter.ToUInt32(bytes, record + 42);
        var result = new List<byte>(bytes.Length);
        result.AddRange(bytes[..(local + 26)]);
        result.AddRange(new byte[] { 0, 0 });
        result.AddRange(bytes[(local + 28)..(local + 30)]);
        result.AddRange(bytes[(local + 31)..(record + 28)]);
        result.AddRange(new byte[] { 0, 0 });
        result.AddRange(bytes[(record + 30)..(record + 46)]);
        result.AddRange(bytes[(record + 47)..]);
        var patched = result.ToArray();
        var newEnd = patched.Length - 22;
        BitConverter.GetBytes(BitConverter.ToUInt32(patched, newEnd + 12) - 1).CopyTo(patched, newEnd + 12);
        BitConverter.GetBytes((uint)directory - 1).CopyTo(patched, newEnd + 16);
        return patched;
    }

    /// <summary>A valid document whose end-of-central-directory record counts one entry more than the directory holds.</summary>
    public static byte[] WrongEntryCount()
    {
        var bytes = Minimal();
        for (var i = bytes.Length - 22; i >= 0; i--)
        {
            if (BitConverter.ToUInt32(bytes, i) != 0x06054b50) continue;
            foreach (var field in new[] { 8, 10 }) BitConverter.TryWriteBytes(bytes.AsSpan(i + field, 2), (ushort)(BitConverter.ToUInt16(bytes, i + field) + 1));
            break;
        }
        return bytes;
    }

    /// <summary>The first <paramref name="fraction"/> of a valid document's bytes.</summary>
    public static byte[] Truncated(double fraction = 0.6)
    {
        var bytes = Minimal();
        return bytes[..(int)(bytes.Length * fraction)];
    }

    /// <summary>Relationships name <paramref name="part"/> (word/styles.xml, docProps/core.xml …) but the zip does not hold it.</summary>
    public static byte[] MissingPart(string part) => Package(zip =>
    {
        var core = part == "docProps/core.xml";
        AddText(zip, "[Content_Types].xml", ContentTypes(("/word/document.xml", MainType), ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")));
        AddText(zip, "_rels/.rels", Relationships(("rId1", OfficeDocument, "word/document.xml"), ("rId2", CoreRelationship, "docProps/core.xml")));
        AddText(zip, "word/_rels/document.xml.rels", Relationships(("rId1", StylesRelationship, "styles.xml")));
        AddText(zip, "word/document.xml", Body("<w:p><w:r><w:t>部品が足りない</w:t></w:r></w:p>"));
        if (part != "word/styles.xml") AddText(zip, "word/styles.xml", Styles);
        if (!core) AddText(zip, "docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"/>");
    });

    /// <summary>The package relationships (_rels/.rels) are an empty file.</summary>
    public static byte[] EmptyRootRelationships() => Package(zip =>
    {
        AddText(zip, "[Content_Types].xml", ContentTypes(("/word/document.xml", MainType)));
        AddText(zip, "_rels/.rels", "");
        AddText(zip, "word/document.xml", Body("<w:p/>"));
    });

    /// <summary>A custom-properties relationship whose target is not a part name at all.</summary>
    public static byte[] GarbageCustomPropertiesRelationship() => Package(zip =>
    {
        AddText(zip, "[Content_Types].xml", ContentTypes(("/word/document.xml", MainType)));
        AddText(zip, "_rels/.rels", Relationships(("rId1", OfficeDocument, "word/document.xml"), ("rId2", CustomRelationship, "::/%%\u00ff??#garbage")));
        AddText(zip, "word/document.xml", Body("<w:p/>"));
    });

    /// <summary>A valid document whose [Content_Types].xml also names <paramref name="partName"/>, which is not a part name (odx:area: once reached System.IO.Packaging as an English UriFormatException).</summary>
    public static byte[] ForeignPartName(string partName = "odx:area:") => Package(zip =>
    {
        AddText(zip, "[Content_Types].xml", ContentTypes(("/word/document.xml", MainType), (partName, "application/vnd.openxmlformats-package.core-properties+xml")));
        AddText(zip, "_rels/.rels", Relationships(("rId1", OfficeDocument, "word/document.xml")));
        AddText(zip, "word/document.xml", Body("<w:p><w:r><w:t>施策</w:t></w:r></w:p>"));
    });

    /// <summary>A valid document whose [Content_Types].xml carries an attribute of <paramref name="characters"/> letters (4,000,000 once kept a request busy past 10 s).</summary>
    public static byte[] LongContentTypesAttribute(int characters = 4_000_000) => ReplaceEntry(Minimal(), "[Content_Types].xml",
        xml => xml.Replace("<Override ", $"<Override fuzz=\"{new string('A', characters)}\" "));

    /// <summary>A document.xml paragraph carrying an attribute of <paramref name="characters"/> letters.</summary>
    public static byte[] LongAttribute(int characters) => Docx(Body($"<w:p w:rsidR=\"{new string('A', characters)}\"><w:r><w:t>施策</w:t></w:r></w:p>"));

    /// <summary>document.xml with an external entity (XXE) pointing at <paramref name="target"/>.</summary>
    public static byte[] ExternalEntity(string target = "file:///etc/passwd") => Docx(
        $"<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"{target}\">]><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>");

    /// <summary>document.xml with the billion-laughs entity expansion.</summary>
    public static byte[] BillionLaughs()
    {
        var dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++) dtd.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        return Docx($"<?xml version=\"1.0\"?><!DOCTYPE w:document [{dtd}]><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
    }

    /// <summary>A valid document plus an entry whose name climbs out of any folder it is extracted to.</summary>
    public static byte[] ZipSlip() => Package(zip =>
    {
        AddStandardParts(zip);
        AddText(zip, "word/document.xml", Body("<w:p><w:r><w:t>zip slip</w:t></w:r></w:p>"));
        AddText(zip, "../../../../tmp/odx-zip-slip.txt", "escaped");
    });

    /// <summary>Adds <paramref name="rowXml"/> at the end of sheetData in the worksheet part <paramref name="sheetPart"/> of an .xlsx (the element prefix is taken from the part).</summary>
    public static byte[] WithRows(byte[] xlsx, string sheetPart, Func<string, string> rowXml) => ReplaceEntry(xlsx, sheetPart, xml =>
    {
        var close = Regex.Match(xml, "</(?<p>\\w+:)?sheetData>");
        if (!close.Success) throw new InvalidOperationException($"{sheetPart} has no sheetData");
        return xml.Insert(close.Index, rowXml(close.Groups["p"].Value));
    });

    /// <summary>A copy of a package with one entry's text rewritten.</summary>
    public static byte[] ReplaceEntry(byte[] package, string entryName, Func<string, string> edit)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = entry.Open();
                using var copy = new MemoryStream();
                reader.CopyTo(copy);
                var bytes = entry.FullName == entryName ? Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(copy.ToArray()))) : copy.ToArray();
                using var writer = target.CreateEntry(entry.FullName).Open();
                writer.Write(bytes);
            }
        }
        return output.ToArray();
    }

    /// <summary>The names of a package's entries, for finding a part.</summary>
    public static IReadOnlyList<string> EntryNames(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    /// <summary>The text of one entry.</summary>
    public static string EntryText(byte[] package, string entryName)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(entryName)!.Open());
        return reader.ReadToEnd();
    }

    public static string Body(string inner) => $"<w:document xmlns:w=\"{W}\"><w:body>{inner}</w:body></w:document>";

    /// <summary>The smallest valid .docx around a document.xml text.</summary>
    public static byte[] Docx(string documentXml) => Package(zip =>
    {
        AddStandardParts(zip);
        AddText(zip, "word/document.xml", documentXml);
    });

    private const string Styles = "<w:styles xmlns:w=\"" + W + "\"/>";

    private static void AddStandardParts(ZipArchive zip, bool includeStyles = true)
    {
        AddText(zip, "[Content_Types].xml", ContentTypes(("/word/document.xml", MainType), ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")));
        AddText(zip, "_rels/.rels", Relationships(("rId1", OfficeDocument, "word/document.xml")));
        if (!includeStyles) return;
        AddText(zip, "word/_rels/document.xml.rels", Relationships(("rId1", StylesRelationship, "styles.xml")));
        AddText(zip, "word/styles.xml", Styles);
    }

    private static string ContentTypes(params (string Part, string Type)[] overrides) =>
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + string.Concat(overrides.Select(o => $"<Override PartName=\"{o.Part}\" ContentType=\"{o.Type}\"/>")) + "</Types>";

    private static string Relationships(params (string Id, string Type, string Target)[] relationships) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{r.Type}\" Target=\"{System.Security.SecurityElement.Escape(r.Target)}\"/>")) + "</Relationships>";

    private static byte[] Package(Action<ZipArchive> fill)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true)) fill(zip);
        return output.ToArray();
    }

    private static void AddText(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        Write(stream, text);
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>Edits an entry's local header (central: false) and its central-directory header (central: true) in place.</summary>
    private static byte[] PatchEntry(byte[] package, string entryName, Action<byte[], bool> patch)
    {
        var bytes = (byte[])package.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        foreach (var (signature, nameOffset, central) in new[] { (0x04034b50u, 30, false), (0x02014b50u, 46, true) })
        {
            for (var i = 0; i + nameOffset + name.Length <= bytes.Length; i++)
            {
                if (BitConverter.ToUInt32(bytes, i) != signature || !bytes.AsSpan(i + nameOffset, name.Length).SequenceEqual(name)) continue;
                var header = bytes[i..(i + nameOffset)];
                patch(header, central);
                header.CopyTo(bytes, i);
            }
        }
        return bytes;
    }
}
