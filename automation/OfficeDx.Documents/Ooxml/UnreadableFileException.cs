namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// A file handed to OfficeDx that cannot be read: damaged, the wrong kind, or past a limit. Bad input, never a fault:
/// the CLI exits 2, the service answers 400 (413 when <see cref="TooLarge"/>), a harvest records it and goes on.
/// </summary>
public abstract class UnreadableFileException(string file, string reason) : Exception($"{file}: {reason}")
{
    /// <summary>The file as the user named it (a path, or the name of an upload).</summary>
    public string File { get; } = file;

    /// <summary>What is wrong, in Japanese, naming the part or place and, for a limit, the setting.</summary>
    public string Reason { get; } = reason;

    /// <summary>True when a size limit was reached rather than the file being damaged.</summary>
    public bool TooLarge { get; init; }
}
