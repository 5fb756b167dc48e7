using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeDx.Documents.Excel;

namespace OfficeDx.Documents.Tests.Excel;

/// <summary>
/// Edits a workbook the way Excel stores what a person typed or pasted: text as a shared string (with a furigana run, as Japanese
/// Excel adds), numbers as numbers, 38.4% as 0.384 in a percent-formatted cell. Protection is ignored, as a paste after unprotecting does.
/// </summary>
internal sealed class WorkbookEdits
{
    private readonly MemoryStream stream = new();

    private WorkbookEdits(byte[] workbook)
    {
        stream.Write(workbook);
        stream.Position = 0;
    }

    public static WorkbookEdits Of(byte[] workbook) => new(workbook);

    public WorkbookEdits Text(string sheet, string reference, string text, string? furigana = null)
    {
        Edit(sheet, reference, (document, cell) =>
        {
            var part = document.WorkbookPart!.SharedStringTablePart ?? document.WorkbookPart.AddNewPart<SharedStringTablePart>();
            part.SharedStringTable ??= new SharedStringTable();
            var item = new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            if (furigana is not null) item.Append(new PhoneticRun(new Text(furigana)) { BaseTextStartIndex = 0, EndingBaseIndex = (uint)Math.Min(text.Length, 1) });
            part.SharedStringTable.Append(item);
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue((part.SharedStringTable.Count() - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        return this;
    }

    public WorkbookEdits Number(string sheet, string reference, decimal number, bool percent = false)
    {
        Edit(sheet, reference, (document, cell) =>
        {
            cell.DataType = null;
            cell.CellValue = new CellValue(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (percent) cell.StyleIndex = PercentStyle(document);
        });
        return this;
    }

    public WorkbookEdits Clear(string sheet, string reference)
    {
        Edit(sheet, reference, (_, cell) =>
        {
            cell.DataType = null;
            cell.CellValue = null;
            cell.InlineString = null;
        });
        return this;
    }

    /// <summary>Lifts a sheet's protection, as a department does (no password) before typing into the locked cells.</summary>
    public WorkbookEdits Unprotect(string sheetName)
    {
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name == sheetName);
            ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.RemoveAllChildren<SheetProtection>();
        }
        stream.Position = 0;
        return this;
    }

    /// <summary>Adds an empty worksheet after the others, as 「シートの追加」 does; fill it with <see cref="Text"/>.</summary>
    public WorkbookEdits AddSheet(string name)
    {
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData());
            var sheets = workbook.Workbook!.Sheets!;
            var id = sheets.Elements<Sheet>().Max(s => s.SheetId!.Value) + 1;
            sheets.Append(new Sheet { Name = name, SheetId = id, Id = workbook.GetIdOfPart(part) });
        }
        stream.Position = 0;
        return this;
    }

    /// <summary>Adds a chart sheet (a sheet with a drawing and no cells), as 「グラフの移動」 to a new sheet does.</summary>
    public WorkbookEdits AddChartSheet(string name)
    {
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var part = workbook.AddNewPart<ChartsheetPart>();
            var drawing = part.AddNewPart<DrawingsPart>();
            drawing.WorksheetDrawing = new DocumentFormat.OpenXml.Drawing.Spreadsheet.WorksheetDrawing();
            part.Chartsheet = new Chartsheet(new ChartSheetViews(new ChartSheetView { WorkbookViewId = 0 }), new Drawing { Id = part.GetIdOfPart(drawing) });
            var sheets = workbook.Workbook!.Sheets!;
            sheets.Append(new Sheet { Name = name, SheetId = sheets.Elements<Sheet>().Max(s => s.SheetId!.Value) + 1, Id = workbook.GetIdOfPart(part) });
        }
        stream.Position = 0;
        return this;
    }

    public byte[] Bytes() => stream.ToArray();

    private static uint PercentStyle(SpreadsheetDocument document)
    {
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!;
        formats.Append(new CellFormat { NumberFormatId = 10, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true });
        formats.Count = (uint)formats.Count();
        return (uint)formats.Count() - 1;
    }

    private void Edit(string sheetName, string reference, Action<SpreadsheetDocument, Cell> change)
    {
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name == sheetName);
            var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.GetFirstChild<SheetData>()!;
            CellReference.TryParse(reference, out var column, out var rowNumber);
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
                var before = row.Elements<Cell>().FirstOrDefault(c => CellReference.TryParse(c.CellReference, out var other, out _) && other > column);
                if (before is null) row.Append(cell); else before.InsertBeforeSelf(cell);
            }
            cell.InlineString = null;
            change(document, cell);
        }
        stream.Position = 0;
    }
}
