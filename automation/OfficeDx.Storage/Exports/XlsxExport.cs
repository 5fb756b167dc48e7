using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeDx.Storage.Exports;

/// <summary>Writes tables as the sheets of an .xlsx summary: a bold frozen header row, numbers stored as numbers, text as inline strings.</summary>
public static class XlsxExport
{
    public static void Write(IReadOnlyList<ExportTable> tables, string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook(new Sheets());
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
        var sheets = workbookPart.Workbook.Sheets!;
        uint sheetId = 1;
        foreach (var table in tables)
        {
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Header.Cast<object?>().ToArray(), header: true));
            uint r = 2;
            foreach (var row in table.Rows) data.Append(Row(r++, row, header: false));
            var view = new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 };
            sheetPart.Worksheet = new Worksheet(new SheetViews(view), Widths(table), data);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = sheetId++, Name = table.Name });
        }
        workbookPart.Workbook.Save();
    }

    /// <summary>Column widths from the longest value (full-width characters count double), so text is readable without resizing.</summary>
    private static Columns Widths(ExportTable table)
    {
        var columns = new Columns();
        for (var c = 0; c < table.Header.Count; c++)
        {
            var widest = table.Rows.Take(500).Select(r => c < r.Length ? ExportTables.Text(r[c]) : "").Append(table.Header[c])
                .Max(t => t.Sum(ch => ch > 0xFF ? 2 : 1));
            var width = Math.Clamp(widest + 2, 6, 60);
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true });
        }
        return columns;
    }

    private static Row Row(uint index, object?[] values, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Length; c++)
        {
            var reference = Column(c) + index;
            Cell cell = values[c] is int number
                ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) }
                : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(ExportTables.Text(values[c])) { Space = SpaceProcessingModeValues.Preserve }) };
            if (header) cell.StyleIndex = 1;
            row.Append(cell);
        }
        return row;
    }

    private static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }
}
