namespace OfficeDx.Documents.Ooxml;

/// <summary>Tells by its first bytes what kind of file a supposed Office package really is.</summary>
public static class FileSignature
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>A ZIP archive, as every .docx/.xlsx is.</summary>
    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Zip);

    /// <summary>An OLE compound file: a password-protected (encrypted) Office file, or an old .doc/.xls.</summary>
    public static bool IsCompoundFile(ReadOnlySpan<byte> bytes) => bytes.StartsWith(CompoundFile);
}
