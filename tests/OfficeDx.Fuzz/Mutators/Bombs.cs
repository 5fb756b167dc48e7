using System.IO.Compression;
using System.Text;

namespace OfficeDx.Fuzz.Mutators;

/// <summary>
/// Main parts that inflate far beyond their compressed size, built once per run into the work folder (never committed):
/// hundreds of megabytes of elements (a reader without node limits builds a huge tree) or of whitespace (a size limit must stop it).
/// </summary>
public static class Bombs
{
    private const string WordPrefix = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";
    private const string WordSuffix = "<w:sectPr/></w:body></w:document>";
    private const string SheetPrefix = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";
    private const string SheetSuffix = "</sheetData></worksheet>";

    private static readonly (string Name, string Prefix, string Unit, long Bytes, string Suffix)[] Kinds =
    [
        ("word-elements", WordPrefix, "<w:p><w:r><w:t>x</w:t></w:r></w:p>", 64L << 20, WordSuffix),
        ("word-whitespace", WordPrefix, "                ", 600L << 20, WordSuffix),
        ("sheet-elements", SheetPrefix, """<row><c t="inlineStr"><is><t>x</t></is></c></row>""", 64L << 20, SheetSuffix),
        ("sheet-whitespace", SheetPrefix, "                ", 600L << 20, SheetSuffix),
    ];

    private static readonly Dictionary<string, (byte[] Stored, uint Crc, long Size)> Built = new(StringComparer.Ordinal);

    /// <summary>Builds the bombs into <paramref name="folder"/> once (a few seconds), for every worker to load in milliseconds.</summary>
    public static void Prepare(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, prefix, unit, bytes, suffix) in Kinds)
        {
            if (Directory.GetFiles(folder, name + ".*.bin").Length > 0) continue;
            var (stored, crc, size) = Build(prefix, unit, bytes, suffix);
            File.WriteAllBytes(Path.Combine(folder, $"{name}.{crc}.{size}.bin"), stored);
        }
    }

    public static void Load(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*.bin"))
        {
            var parts = Path.GetFileName(file).Split('.');
            Built[parts[0]] = (File.ReadAllBytes(file), uint.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A bomb entry to stand in for <paramref name="partName"/>; <paramref name="whitespace"/> picks the flavour.</summary>
    public static ZipEntryData For(string partName, bool spreadsheet, bool whitespace)
    {
        var (stored, crc, size) = Built[(spreadsheet ? "sheet-" : "word-") + (whitespace ? "whitespace" : "elements")];
        return new ZipEntryData(partName, ZipEntryData.DeflateMethod, stored, crc, size);
    }

    private static (byte[] Stored, uint Crc, long Size) Build(string prefix, string unit, long bytes, string suffix)
    {
        var head = Encoding.UTF8.GetBytes(prefix);
        var tail = Encoding.UTF8.GetBytes(suffix);
        var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, (1 << 20) / unit.Length)));
        var repeats = bytes / chunk.Length;
        using var buffer = new MemoryStream();
        uint crc = Crc32.Of(head);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(head);
            for (long i = 0; i < repeats; i++)
            {
                deflate.Write(chunk);
                crc = Crc32.Append(crc, chunk);
            }
            deflate.Write(tail);
        }
        crc = Crc32.Append(crc, tail);
        return (buffer.ToArray(), crc, head.Length + repeats * chunk.Length + tail.Length);
    }
}
