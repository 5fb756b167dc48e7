using System.IO.Compression;

namespace OfficeDx.Fuzz.Mutators;

/// <summary>Reads a seed package (a well-formed .docx or .xlsx) into its entries and their contents.</summary>
public static class ZipReader
{
    public static List<(string Name, byte[] Content)> Read(byte[] package)
    {
        using var archive = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = new List<(string, byte[])>();
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var content = new MemoryStream();
            stream.CopyTo(content);
            entries.Add((entry.FullName, content.ToArray()));
        }
        return entries;
    }
}
