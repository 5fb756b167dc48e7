using OfficeDx.Core.Json;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;
using static OfficeDx.Documents.Tests.Excel.ExcelSamples;

namespace OfficeDx.Documents.Tests.Excel;

/// <summary>
/// Cells the template copies from the plan and locks, changed after a department lifted the sheet protection: each is reported
/// at its Sheet!Cell with the plan's value and the value found, and none reaches the plan.
/// </summary>
[TestClass]
public sealed class ExcelLockedColumnTests
{
    private static string Text(byte[] workbook, string sheet, int column, int row) => WorkbookFile.Read(workbook, "t.xlsx").Sheet(sheet)![column, row].Text;

    private static void AssertFindings(CollectResult result, params (string Place, string? MeasureId, string Field, string? Original, string? Value, string Message)[] expected)
    {
        Assert.AreEqual(PlanJson.Serialize(Sample), PlanJson.Serialize(result.Plan), "a locked cell must never be merged");
        Assert.IsTrue(result.Report.All(e => e.Status == ReportStatus.Rejected), string.Join("\n", result.Report));
        CollectionAssert.AreEqual(expected, result.Report.Select(e => (e.Place, e.MeasureId, e.Field, e.Original, e.Value, e.Message)).ToArray(),
            "report:\n" + string.Join("\n", result.Report));
    }

    [TestMethod]
    public void AreaAndNumberEditedOnTheMeasureSheetAreReportedWithThePlansValue()
    {
        var workbook = Workbook(Citizens);
        var row = ExcelSheets.MeasureRow(workbook, "akita-1-02");
        var proposalRow = ExcelSheets.FirstProposalRow(workbook);
        var area = Text(workbook, "施策", 2, row);
        var edited = WorkbookEdits.Of(workbook).Unprotect("施策")
            .Text("施策", $"B{row}", "7 別の分野").Text("施策", $"C{row}", "9").Text("施策", $"C{proposalRow}", "5").Bytes();

        var result = Collect(("市民課.xlsx", edited));

        const string number = "「番号」の列は計画から転記した値で、ここでは変更できません。番号は計画を改訂するときに DX推進担当が付けます。反映していません。";
        AssertFindings(result,
            ($"施策!C{proposalRow}", null, "番号", "", "5", number),
            ($"施策!B{row}", "akita-1-02", "分野", area, "7 別の分野",
                "「分野」の列は計画から転記した値で、ここでは変更できません。施策を別の分野へ移すときは DX推進担当に連絡してください。反映していません。"),
            ($"施策!C{row}", "akita-1-02", "番号", "2", "9", number));
    }

    [TestMethod]
    public void MeasureNameIndicatorNameUnitBaselineAndTargetEditedOnTheIndicatorSheetAreReportedWithWhereToChangeThem()
    {
        var workbook = Workbook(Citizens);
        var row = ExcelSheets.IndicatorRow(workbook, "akita-1-02", 1);
        var measureName = Sample.AllMeasures().Single(m => m.Id == "akita-1-02").Name;
        var indicatorName = Sample.AllMeasures().Single(m => m.Id == "akita-1-02").Indicators[0].Name;
        var nameLabel = Akita.Row(MeasureField.Name).Label;
        var indicatorsLabel = Akita.Row(MeasureField.Indicators).Label;
        var edited = WorkbookEdits.Of(workbook).Unprotect("指標")
            .Text("指標", $"B{row}", "キャッシュレス決済")
            .Text("指標", $"D{row}", "キャッシュレス対応の窓口数")
            .Text("指標", $"E{row}", "窓口")
            .Number("指標", $"G{row}", 30)
            .Text("指標", $"I{row}", "50 手続")
            .Bytes();

        var result = Collect(("市民課.xlsx", edited));

        const string askOffice = "変更が必要なときは DX推進担当に連絡してください。反映していません。";
        AssertFindings(result,
            ($"指標!B{row}", "akita-1-02", $"指標1 {nameLabel}", measureName, "キャッシュレス決済",
                $"「{nameLabel}」の列は計画から転記した値で、ここでは変更できません。名称の変更は記入要領のとおり「施策」シートの「{nameLabel}」欄に書いてください。反映していません。"),
            ($"指標!D{row}", "akita-1-02", "指標1 指標名", indicatorName, "キャッシュレス対応の窓口数",
                $"「指標名」の列は計画から転記した値で、ここでは変更できません。指標名の変更は記入要領のとおり「施策」シートの「{indicatorsLabel}」欄に書いてください。反映していません。"),
            ($"指標!E{row}", "akita-1-02", "指標1 単位", "手続", "窓口", "「単位」の列は計画から転記した値で、ここでは変更できません。" + askOffice),
            ($"指標!G{row}", "akita-1-02", "指標1 基準値", "31 手続", "30", "「基準値」の列は計画から転記した値で、ここでは変更できません。" + askOffice),
            ($"指標!I{row}", "akita-1-02", "指標1 目標値", "46 手続", "50 手続", "「目標値」の列は計画から転記した値で、ここでは変更できません。" + askOffice));
    }
}
