using System.Text;

namespace OfficeDx.Fuzz.Mutators;

/// <summary>
/// Mutations of a .docx or .xlsx: at the zip level (entries dropped, doubled, renamed, truncated, recompressed, with lying headers,
/// a bomb for the main part, thousands of entries), at the XML level of one part (<see cref="XmlMutator"/>), or both.
/// </summary>
public static class PackageMutator
{
    public static (byte[] Package, string Mutation) Mutate(byte[] seed, bool spreadsheet, Random random)
    {
        var entries = ZipReader.Read(seed);
        var mainPart = spreadsheet ? "xl/worksheets/sheet" : "word/document.xml";
        var mutations = new List<string>();
        var layer = random.Next(100);
        var contents = entries.Select(e => (e.Name, e.Content)).ToList();
        if (layer < 65)
        {
            var xmlParts = contents.Select((e, i) => (e.Name, i)).Where(e => e.Name.EndsWith(".xml", StringComparison.Ordinal) || e.Name.EndsWith(".rels", StringComparison.Ordinal)).ToList();
            var main = xmlParts.Where(e => e.Name.StartsWith(mainPart, StringComparison.Ordinal) || e.Name.Contains("custom.xml", StringComparison.Ordinal) || e.Name.Contains("sharedStrings", StringComparison.Ordinal)).ToList();
            var (name, index) = random.Next(2) == 0 && main.Count > 0 ? random.Pick(main) : random.Pick(xmlParts);
            var (xml, mutation) = XmlMutator.Mutate(Encoding.UTF8.GetString(contents[index].Content), name, random);
            contents[index] = (name, Encoding.UTF8.GetBytes(xml));
            mutations.Add($"{name}:{mutation}");
        }
        var zipEntries = contents.Select(e => ZipEntryData.Of(e.Name, e.Content, deflate: true)).ToList();
        if (layer >= 50)
        {
            var (package, mutation) = MutateZip(zipEntries, mainPart, spreadsheet, random);
            mutations.Add(mutation);
            return (package, string.Join(" + ", mutations));
        }
        return (ZipWriter.Write(zipEntries), string.Join(" + ", mutations));
    }

    private static (byte[], string) MutateZip(List<ZipEntryData> entries, string mainPart, bool spreadsheet, Random random)
    {
        var index = random.Next(entries.Count);
        var entry = entries[index];
        switch (random.Next(14))
        {
            case 0:
                entries.RemoveAt(index);
                return (ZipWriter.Write(entries), $"drop-entry({entry.Name})");
            case 1:
                entries.Insert(random.Next(entries.Count + 1), entry with { });
                return (ZipWriter.Write(entries), $"duplicate-entry({entry.Name})");
            case 2:
                var newName = random.Pick(new[] { entry.Name.ToUpperInvariant(), "../" + entry.Name, "/" + entry.Name, entry.Name + "/", entry.Name.Replace('/', '\\'), "" });
                entries[index] = entry with { Name = newName };
                return (ZipWriter.Write(entries), $"rename-entry({entry.Name}->{newName})");
            case 3:
                var whole = ZipWriter.Write(entries);
                var cut = random.Next(whole.Length);
                return (whole[..cut], $"truncate-zip({cut}/{whole.Length})");
            case 4:
                var method = random.Pick(new ushort[] { 1, 6, 12, 14, 93, 95, 99, 0xFFFF });
                entries[index] = entry with { Method = method };
                return (ZipWriter.Write(entries), $"unknown-method({entry.Name}:{method})");
            case 5:
                return (ZipWriter.Write(entries.Select(e => ZipEntryData.Of(e.Name, Content(e), deflate: false)).ToList()), "stored-entries");
            case 6:
                var claimed = random.Pick(new long[] { 0, 1, entry.UncompressedSize / 2, entry.UncompressedSize * 1000, uint.MaxValue });
                entries[index] = entry with { UncompressedSize = claimed };
                return (ZipWriter.Write(entries), $"lying-size({entry.Name}:{claimed})");
            case 7:
                entries[index] = entry with { Crc = entry.Crc ^ 0x5A5A5A5A };
                return (ZipWriter.Write(entries), $"bad-crc({entry.Name})");
            case 8:
                var damaged = entry.Stored.ToArray();
                for (var i = 0; i < Math.Max(1, damaged.Length / 200); i++) if (damaged.Length > 0) damaged[random.Next(damaged.Length)] ^= (byte)random.Next(1, 256);
                entries[index] = entry with { Stored = damaged };
                return (ZipWriter.Write(entries), $"corrupt-data({entry.Name})");
            case 9:
                var bytes = ZipWriter.Write(entries);
                var flips = random.Next(1, 9);
                for (var i = 0; i < flips; i++) bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                return (bytes, $"flip-bytes({flips})");
            case 10:
                var target = entries.FindIndex(e => e.Name.StartsWith(mainPart, StringComparison.Ordinal));
                if (target < 0) target = index;
                var whitespace = random.Next(2) == 0;
                entries[target] = Bombs.For(entries[target].Name, spreadsheet, whitespace);
                return (ZipWriter.Write(entries), $"bomb({entries[target].Name}:{(whitespace ? "whitespace" : "elements")})");
            case 11:
                var count = random.Next(2) == 0 ? 5_000 : 40_000;
                var extra = ZipEntryData.Of("x", []);
                for (var i = 0; i < count; i++) entries.Add(extra with { Name = $"customXml/item{i}.xml" });
                return (ZipWriter.Write(entries), $"many-entries({count})");
            case 12:
                entries[index] = ZipEntryData.Of(entry.Name, []);
                return (ZipWriter.Write(entries), $"empty-entry({entry.Name})");
            default:
                var rels = entries.FindIndex(e => e.Name == "_rels/.rels");
                var garbage = random.Pick(new[]
                {
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"missing.xml\"/></Relationships>",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"x\" Target=\"../../../etc/passwd\" TargetMode=\"External\"/></Relationships>",
                    "garbage",
                });
                var replacement = ZipEntryData.Of(rels >= 0 && random.Next(2) == 0 ? "_rels/.rels" : "docProps/_rels/custom.xml.rels", Encoding.UTF8.GetBytes(garbage));
                if (rels >= 0 && replacement.Name == "_rels/.rels") entries[rels] = replacement;
                else entries.Add(replacement);
                return (ZipWriter.Write(entries), $"relationships({replacement.Name})");
        }
    }

    private static byte[] Content(ZipEntryData entry) => entry.Method == ZipEntryData.DeflateMethod ? RawDeflate.Decompress(entry.Stored) : entry.Stored;
}
