using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeDx.Documents.Excel;

namespace OfficeDx.Documents.Tests.Excel;

/// <summary>The template locks the columns the shared workbook layout calls locked, and only those.</summary>
[TestClass]
public sealed class ExcelLayoutLockTests
{
    [TestMethod]
    public void EveryColumnOfAPlanRowIsLockedExactlyWhenTheLayoutSaysSo()
    {
        var workbook = ExcelSamples.Workbook(ExcelSamples.Citizens);
        AssertLocks(workbook, ExcelLayout.Measures, ExcelSheets.MeasureRow(workbook, "akita-1-02"), proposalRow: false);
        AssertLocks(workbook, ExcelLayout.Indicators, ExcelSheets.IndicatorRow(workbook, "akita-1-02", 1), proposalRow: false);
    }

    [TestMethod]
    public void AProposalRowOpensTheAreaButKeepsIdAndNumberLocked()
    {
        var workbook = ExcelSamples.Workbook(ExcelSamples.Citizens);
        var locked = AssertLocks(workbook, ExcelLayout.Measures, ExcelSheets.FirstProposalRow(workbook), proposalRow: true);
        CollectionAssert.AreEquivalent(new[] { ExcelLayout.MeasureIdHeader, ExcelLayout.NumberHeader }, locked);
    }

    private static List<string> AssertLocks(byte[] bytes, SheetLayout layout, int row, bool proposalRow)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToArray();
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name == layout.Name);
        var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var table = WorkbookFile.Read(bytes, "t.xlsx").Sheet(layout.Name)!;
        var locked = new List<string>();
        for (var column = 1; column <= table.LastColumn; column++)
        {
            var header = table[column, ExcelLayout.HeaderRow].Text;
            if (header.Length == 0) continue;
            var reference = ColumnName(column) + row;
            var isLocked = formats[(int)cells[reference].StyleIndex!.Value].Protection?.Locked?.Value ?? true;
            Assert.AreEqual(layout.IsLocked(header, ExcelSamples.Akita, proposalRow), isLocked, $"{layout.Name}!{reference}（{header}）");
            if (isLocked) locked.Add(header);
        }
        Assert.IsNotEmpty(locked, "the layout locks some columns of " + layout.Name);
        return locked;
    }

    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }
}
