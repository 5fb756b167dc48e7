using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Reports;

/// <summary>A sheet to write: its name, header row and rows of cells (a double is a number cell, a string text, null blank).</summary>
public sealed record ReportSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows);

/// <summary>
/// Writes sheets as a machine-readable .xlsx (総務省's rules: one value per cell, numbers as numbers, units in the header, no
/// merged cells), with a bold frozen header row; the same bytes for the same sheets.
/// </summary>
public static class ReportSheets
{
    public static byte[] Write(IReadOnlyList<ReportSheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // Explicit relationship ids: the SDK would otherwise pick random ones and the bytes would differ on every run.
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            workbookPart.Workbook = new Workbook(new Sheets());
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
            var list = workbookPart.Workbook.Sheets!;
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>($"rIdSheet{sheetId}");
                var data = new SheetData();
                data.Append(Row(1, sheet.Header.Cast<object?>().ToArray(), header: true));
                uint r = 2;
                foreach (var row in sheet.Rows) data.Append(Row(r++, row, header: false));
                var view = new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 };
                sheetPart.Worksheet = new Worksheet(new SheetViews(view), Widths(sheet), data);
                list.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = sheetId++, Name = sheet.Name });
            }
            workbookPart.Workbook.Save();
        }
        return DeterministicZip.Normalize(stream.ToArray());
    }

    /// <summary>The column's letters for a zero-based index (0 → A, 26 → AA).</summary>
    public static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    private static Columns Widths(ReportSheet sheet)
    {
        var columns = new Columns();
        for (var c = 0; c < sheet.Header.Count; c++)
        {
            var widest = sheet.Rows.Take(500).Select(r => c < r.Length ? Text(r[c]) : "").Append(sheet.Header[c]).Max(t => t.Sum(ch => ch > 0xFF ? 2 : 1));
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Clamp(widest + 2, 6, 60), CustomWidth = true });
        }
        return columns;
    }

    private static Row Row(uint index, object?[] values, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Length; c++)
        {
            var reference = Column(c) + index;
            Cell? cell = values[c] switch
            {
                null => null,
                double number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
                int number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
                var value => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Text(value)) { Space = SpaceProcessingModeValues.Preserve }),
                },
            };
            if (cell is null) continue;
            if (header) cell.StyleIndex = 1;
            row.Append(cell);
        }
        return row;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
