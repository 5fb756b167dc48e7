using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeDx.Documents.Excel;

namespace OfficeDx.Service.Tests.Support;

/// <summary>Types into a department workbook the way a paste does (an inline string, protection and validation bypassed), and finds a measure's row.</summary>
public static class WorkbookCells
{
    public static byte[] Type(byte[] workbook, params (string Sheet, string Reference, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            foreach (var (sheetName, reference, text) in entries)
            {
                var part = document.WorkbookPart!;
                var sheet = part.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name == sheetName);
                var data = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet!.GetFirstChild<SheetData>()!;
                CellReference.TryParse(reference, out var column, out var rowNumber);
                var row = data.Elements<Row>().First(r => r.RowIndex! == (uint)rowNumber);
                var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
                if (cell is null)
                {
                    cell = new Cell { CellReference = reference };
                    var before = row.Elements<Cell>().FirstOrDefault(c => CellReference.TryParse(c.CellReference, out var other, out _) && other > column);
                    if (before is null) row.Append(cell); else before.InsertBeforeSelf(cell);
                }
                cell.CellValue = null;
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
        return stream.ToArray();
    }

    /// <summary>The cell of the 指標 sheet for a measure's first indicator under the first header ending in 実績 (an actual value).</summary>
    public static string FirstActualCell(byte[] workbook, string measureId)
    {
        var sheet = WorkbookFile.Read(workbook, "t.xlsx").Sheet(ExcelLayout.IndicatorsSheet)!;
        var column = Enumerable.Range(1, sheet.LastColumn).First(c => sheet[c, ExcelLayout.HeaderRow].Text.EndsWith(ExcelLayout.ActualSuffix, StringComparison.Ordinal));
        var row = Enumerable.Range(ExcelLayout.FirstDataRow, sheet.LastRow).First(r => sheet[1, r].Text == measureId);
        return CellReference.Of(column, row);
    }

    /// <summary>The row of the 施策 sheet holding the measure (its id in column A).</summary>
    public static int MeasureRow(byte[] workbook, string measureId)
    {
        var sheet = WorkbookFile.Read(workbook, "t.xlsx").Sheet(ExcelLayout.MeasuresSheet)!;
        for (var row = ExcelLayout.FirstDataRow; row <= sheet.LastRow; row++)
            if (sheet[1, row].Text == measureId) return row;
        throw new InvalidOperationException($"施策 {measureId} の行がありません");
    }
}
