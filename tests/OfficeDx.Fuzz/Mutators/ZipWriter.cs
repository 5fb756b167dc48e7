using System.Buffers.Binary;
using System.Text;

namespace OfficeDx.Fuzz.Mutators;

/// <summary>
/// Writes a zip by hand, byte for byte, so that a mutation can produce what System.IO.Compression never would: duplicate names,
/// unknown methods, precompressed bombs, headers whose sizes or checksums lie.
/// </summary>
public static class ZipWriter
{
    public static byte[] Write(IReadOnlyList<ZipEntryData> entries)
    {
        using var output = new MemoryStream();
        var offsets = new List<long>(entries.Count);
        Span<byte> header = stackalloc byte[30];
        Span<byte> central = stackalloc byte[46];
        foreach (var entry in entries)
        {
            offsets.Add(output.Position);
            var name = Encoding.UTF8.GetBytes(entry.Name);
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 0x0800); // names are UTF-8
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], entry.Method);
            BinaryPrimitives.WriteUInt32LittleEndian(header[10..], 0x00210000); // 1980-01-01 00:00
            BinaryPrimitives.WriteUInt32LittleEndian(header[14..], entry.Crc);
            BinaryPrimitives.WriteUInt32LittleEndian(header[18..], (uint)entry.Stored.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[22..], (uint)Math.Min(entry.UncompressedSize, uint.MaxValue));
            BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)name.Length);
            output.Write(header);
            output.Write(name);
            output.Write(entry.Stored);
        }
        var directoryStart = output.Position;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var name = Encoding.UTF8.GetBytes(entry.Name);
            central.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(central, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(central[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(central[6..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(central[8..], 0x0800);
            BinaryPrimitives.WriteUInt16LittleEndian(central[10..], entry.Method);
            BinaryPrimitives.WriteUInt32LittleEndian(central[12..], 0x00210000);
            BinaryPrimitives.WriteUInt32LittleEndian(central[16..], entry.Crc);
            BinaryPrimitives.WriteUInt32LittleEndian(central[20..], (uint)entry.Stored.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(central[24..], (uint)Math.Min(entry.UncompressedSize, uint.MaxValue));
            BinaryPrimitives.WriteUInt16LittleEndian(central[28..], (ushort)name.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(central[42..], (uint)offsets[i]);
            output.Write(central);
            output.Write(name);
        }
        var directorySize = output.Position - directoryStart;
        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        var count = (ushort)Math.Min(entries.Count, ushort.MaxValue);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)directorySize);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)directoryStart);
        output.Write(end);
        return output.ToArray();
    }
}
