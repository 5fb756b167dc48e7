using System.IO.Compression;

namespace OfficeDx.Fuzz.Mutators;

/// <summary>Raw deflate (the zip method 8 payload) in and out.</summary>
public static class RawDeflate
{
    public static byte[] Compress(ReadOnlySpan<byte> content)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) deflate.Write(content);
        return buffer.ToArray();
    }

    public static byte[] Decompress(byte[] stored)
    {
        using var input = new DeflateStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
