using CsCheck;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeDx.Documents.Excel;

namespace OfficeDx.Documents.Tests.Excel;

[TestClass]
public sealed class ExcelTemplateTests
{
    private static IReadOnlyList<string> Errors(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToArray();
    }

    [TestMethod]
    public void EveryAkitaDepartmentWorkbookPassesTheOpenXmlValidator()
    {
        foreach (var department in DepartmentScope.Departments(ExcelSamples.Sample))
        {
            var errors = Errors(ExcelSamples.Workbook(department));
            Assert.IsEmpty(errors, department + ": " + string.Join(Environment.NewLine, errors));
        }
    }

    [TestMethod]
    public void RandomPlanWorkbooksPassTheOpenXmlValidator()
    {
        PlanGenerators.Plan.Where(p => DepartmentScope.Departments(p).Count > 0).Sample(plan =>
        {
            var department = DepartmentScope.Departments(plan)[0];
            var errors = Errors(ExcelTemplateWriter.Write(plan, ExcelSamples.Akita, department, new DateOnly(2026, 1, 30)));
            Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
        }, iter: 40);
    }

    [TestMethod]
    public void TheSameDepartmentGivesTheSameBytes()
    {
        CollectionAssert.AreEqual(ExcelSamples.Workbook(ExcelSamples.Digital), ExcelSamples.Workbook(ExcelSamples.Digital));
    }

    [TestMethod]
    public void TheWorkbookHasTheFourSheetsAndAVeryHiddenMarkerOfPlanAndEdition()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(ExcelSamples.Workbook(ExcelSamples.Digital)), false);
        var sheets = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().ToArray();
        CollectionAssert.AreEqual(new[] { "記入要領", "施策", "指標", "用語", ExcelLayout.MarkerSheet }, sheets.Select(s => s.Name!.Value).ToArray());
        Assert.AreEqual(SheetStateValues.VeryHidden, sheets[4].State!.Value);
        var marker = WorkbookFile.Read(ExcelSamples.Workbook(ExcelSamples.Digital), "t.xlsx").Sheet(ExcelLayout.MarkerSheet)!;
        Assert.AreEqual(ExcelSamples.Sample.Id, marker[2, 1].Text);
        Assert.AreEqual(ExcelSamples.Sample.Edition, marker[2, 2].Text);
        Assert.AreEqual(ExcelSamples.Digital, marker[2, 3].Text);
    }

    [TestMethod]
    public void TheMeasureSheetIsAProtectedTableWithPhaseDropDownsFrozenHeaderAndA4Landscape()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(ExcelSamples.Workbook(ExcelSamples.Digital)), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name == "施策");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var worksheet = part.Worksheet!;

        var table = part.TableDefinitionParts.Single().Table!;
        Assert.AreEqual("A3", table.Reference!.Value!.Split(':')[0]);
        CollectionAssert.Contains(table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value).ToArray(), "令和4年度");

        var protection = worksheet.GetFirstChild<SheetProtection>()!;
        Assert.IsTrue(protection.Sheet!.Value);
        Assert.IsNull(protection.Password);
        Assert.IsNull(protection.HashValue);

        var phases = worksheet.Descendants<DataValidation>().First(v => v.Type!.Value == DataValidationValues.List && v.Formula1!.Text.Contains("継続実施"));
        Assert.AreEqual("\"準備・検討,実施,継続実施\"", phases.Formula1!.Text);
        Assert.AreEqual(DataValidationErrorStyleValues.Stop, phases.ErrorStyle!.Value);
        StringAssert.Contains(phases.Prompt!.Value, "一覧から選んでください");
        StringAssert.Contains(phases.Error!.Value, "継続");

        var pane = worksheet.Descendants<Pane>().Single();
        Assert.AreEqual(PaneStateValues.Frozen, pane.State!.Value);
        Assert.AreEqual(3, pane.VerticalSplit!.Value);

        var setup = worksheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.PageSetup>()!;
        Assert.AreEqual(9u, setup.PaperSize!.Value);
        Assert.AreEqual(OrientationValues.Landscape, setup.Orientation!.Value);
    }

    [TestMethod]
    public void EditableCellsAreUnlockedAndIdCellsLocked()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(ExcelSamples.Workbook(ExcelSamples.Digital)), false);
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToArray();
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name == "施策");
        var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        bool Locked(string reference) => formats[(int)cells[reference].StyleIndex!.Value].Protection?.Locked?.Value ?? true;
        Assert.IsTrue(Locked("A4"), "施策ID");
        Assert.IsFalse(Locked("D4"), "施策の名称");
        Assert.IsFalse(Locked("E4"), "施策の概要");
        Assert.IsFalse(Locked("F4"), "令和3年度");
    }

    [TestMethod]
    public void NumericActualsAreNumbersWithTheirUnitAndOtherValuesStayText()
    {
        var workbook = ExcelSamples.Workbook(ExcelSamples.Citizens);
        var row = ExcelSheets.IndicatorRow(workbook, "akita-1-02", 1);
        var sheet = WorkbookFile.Read(workbook, "t.xlsx").Sheet("指標")!;
        Assert.AreEqual("手続", sheet[5, row].Text);
        Assert.AreEqual(35m, sheet[10, row].Number, "令和3年度実績 35 手続 → 35");
        Assert.AreEqual("-", sheet[11, row].Text, "令和4年度実績 - stays text");
        Assert.IsNull(sheet[11, row].Number);
    }
}
