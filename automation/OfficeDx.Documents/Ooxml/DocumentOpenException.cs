namespace OfficeDx.Documents.Ooxml;

/// <summary>A file that cannot be read as a Word document, with the reason in words a drafter understands.</summary>
public sealed class DocumentOpenException(string file, string reason) : Exception($"{file}: {reason}")
{
    public string File { get; } = file;
    public string Reason { get; } = reason;
}
