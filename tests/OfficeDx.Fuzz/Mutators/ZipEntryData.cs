namespace OfficeDx.Fuzz.Mutators;

/// <summary>One entry of a package as the fuzzer writes it: name, compression method, the stored bytes and what the headers claim.</summary>
public sealed record ZipEntryData(string Name, ushort Method, byte[] Stored, uint Crc, long UncompressedSize)
{
    public const ushort StoredMethod = 0;
    public const ushort DeflateMethod = 8;

    /// <summary>The entry holding <paramref name="content"/>, deflated or stored as asked.</summary>
    public static ZipEntryData Of(string name, byte[] content, bool deflate = true) =>
        new(name, deflate ? DeflateMethod : StoredMethod, deflate ? RawDeflate.Compress(content) : content, Crc32.Of(content), content.LongLength);
}
