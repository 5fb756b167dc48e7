using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Excel;

/// <summary>A file that cannot be read as an Excel workbook, with the reason in words a department understands.</summary>
public sealed class WorkbookOpenException(string file, string reason) : UnreadableFileException(file, reason);
