namespace OfficeDx.Documents.Ooxml;

/// <summary>A package or XML text refused by <see cref="PackageGuard"/> or <see cref="SafeXml"/> before anything was built from it.</summary>
public sealed class PackageRejectedException : UnreadableFileException
{
    public PackageRejectedException(string file, string reason, bool tooLarge) : base(file, reason) => TooLarge = tooLarge;
}
