using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeDx.Storage.Tests;

/// <summary>
/// Types into a department workbook as Excel stores it: text as an inline string, an error value (#N/A …) as an error cell, and
/// a cleared cell without a value. Protection is ignored, as a paste after unprotecting does.
/// </summary>
public sealed class WorkbookCells
{
    private readonly MemoryStream stream = new();

    private WorkbookCells(byte[] workbook)
    {
        stream.Write(workbook);
        stream.Position = 0;
    }

    public static WorkbookCells Of(byte[] workbook) => new(workbook);

    public WorkbookCells Text(string sheet, string reference, string text) => Edit(sheet, reference, cell =>
    {
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    });

    public WorkbookCells Error(string sheet, string reference, string error) => Edit(sheet, reference, cell =>
    {
        cell.DataType = CellValues.Error;
        cell.CellValue = new CellValue(error);
    });

    public WorkbookCells Clear(string sheet, string reference) => Edit(sheet, reference, cell => cell.DataType = null);

    /// <summary>Adds an empty worksheet after the others, as 「シートの追加」 does; fill it with <see cref="Text"/>.</summary>
    public WorkbookCells AddSheet(string name)
    {
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData());
            var sheets = workbook.Workbook!.Sheets!;
            sheets.Append(new Sheet { Name = name, SheetId = sheets.Elements<Sheet>().Max(s => s.SheetId!.Value) + 1, Id = workbook.GetIdOfPart(part) });
        }
        stream.Position = 0;
        return this;
    }

    public byte[] Bytes() => stream.ToArray();

    private WorkbookCells Edit(string sheetName, string reference, Action<Cell> change)
    {
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name == sheetName);
            var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.GetFirstChild<SheetData>()!;
            Documents.Excel.CellReference.TryParse(reference, out var column, out var rowNumber);
            var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == (uint)rowNumber);
            if (row is null)
            {
                row = new Row { RowIndex = (uint)rowNumber };
                var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex! < (uint)rowNumber);
                if (after is null) data.PrependChild(row); else after.InsertAfterSelf(row);
            }
            var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
            if (cell is null)
            {
                cell = new Cell { CellReference = reference };
                var before = row.Elements<Cell>().FirstOrDefault(c => Documents.Excel.CellReference.TryParse(c.CellReference, out var other, out _) && other > column);
                if (before is null) row.Append(cell); else before.InsertBeforeSelf(cell);
            }
            cell.InlineString = null;
            cell.CellValue = null;
            cell.CellFormula = null;
            change(cell);
        }
        stream.Position = 0;
        return this;
    }
}
