namespace OfficeDx.Documents.Excel;

/// <summary>A file that cannot be read as an Excel workbook, with the reason in words a department understands.</summary>
public sealed class WorkbookOpenException(string file, string reason) : Exception($"{file}: {reason}")
{
    public string File { get; } = file;
    public string Reason { get; } = reason;
}
