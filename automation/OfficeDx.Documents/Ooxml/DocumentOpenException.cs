namespace OfficeDx.Documents.Ooxml;

/// <summary>A file that cannot be read as a Word document, with the reason in words a drafter understands.</summary>
public sealed class DocumentOpenException(string file, string reason) : UnreadableFileException(file, reason);
