namespace OfficeDx.Fuzz.Mutators;

/// <summary>The zip format's CRC-32 (polynomial 0xEDB88320), so that the fuzzer's packages pass the readers' checksum tests unless a mutation breaks them on purpose.</summary>
public static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Of(ReadOnlySpan<byte> data) => Append(0, data);

    /// <summary>Continues a checksum over more data (for contents produced in pieces).</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        var c = ~crc;
        foreach (var b in data) c = Table[(c ^ b) & 0xFF] ^ (c >> 8);
        return ~c;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
