namespace OfficeDx.Documents.Excel;

/// <summary>Something a returned workbook holds outside the template (an added sheet, a value beside the used cells), at Sheet!Cell: never read, so reported.</summary>
public sealed record OutsideEntry(string Place, string Field, string? Value, string Message);
