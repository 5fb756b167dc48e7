using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeDx.Storage.Tests.Reports;

/// <summary>Reads a sheet of an .xlsx as rows of header → cell text (blank cells as "").</summary>
public static class Sheets
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(byte[] xlsx, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.Descendants<Row>()
            .Select(r => r.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()), Text)).ToList();
        var header = rows[0];
        return rows.Skip(1).Select(r => (IReadOnlyDictionary<string, string>)header.ToDictionary(h => h.Value, h => r.GetValueOrDefault(h.Key, ""))).ToList();
    }

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
}
