using OfficeDx.Documents.Excel;

namespace OfficeDx.Documents.Tests.Excel;

/// <summary>Finds where the template put a measure or indicator, so tests edit the cell a person would.</summary>
internal static class ExcelSheets
{
    public static int MeasureRow(byte[] workbook, string measureId) => Row(workbook, ExcelLayout.MeasuresSheet, measureId);

    public static int IndicatorRow(byte[] workbook, string measureId, int indicatorNumber)
    {
        var sheet = WorkbookFile.Read(workbook, "t.xlsx").Sheet(ExcelLayout.IndicatorsSheet)!;
        for (var row = ExcelLayout.FirstDataRow; row <= sheet.LastRow; row++)
            if (sheet[1, row].Text == measureId && sheet[3, row].Number == indicatorNumber) return row;
        throw new InvalidOperationException($"no indicator row for {measureId} #{indicatorNumber}");
    }

    /// <summary>The first row of the 施策 sheet below the measures: a blank row offered for proposing a new measure.</summary>
    public static int FirstProposalRow(byte[] workbook)
    {
        var sheet = WorkbookFile.Read(workbook, "t.xlsx").Sheet(ExcelLayout.MeasuresSheet)!;
        var row = ExcelLayout.FirstDataRow;
        while (!sheet[1, row].IsBlank) row++;
        return row;
    }

    /// <summary>The column whose header (row 3) reads exactly the given label.</summary>
    public static string Column(byte[] workbook, string sheetName, string header)
    {
        var sheet = WorkbookFile.Read(workbook, "t.xlsx").Sheet(sheetName)!;
        for (var c = 1; c <= sheet.LastColumn; c++)
            if (sheet[c, ExcelLayout.HeaderRow].Text == header) return CellReference.Column(c);
        throw new InvalidOperationException($"no column {header} on {sheetName}");
    }

    private static int Row(byte[] workbook, string sheetName, string id)
    {
        var sheet = WorkbookFile.Read(workbook, "t.xlsx").Sheet(sheetName)!;
        for (var row = ExcelLayout.FirstDataRow; row <= sheet.LastRow; row++)
            if (sheet[1, row].Text == id) return row;
        throw new InvalidOperationException($"no row for {id} on {sheetName}");
    }
}
