using OfficeDx.Core.Json;
using OfficeDx.Documents.Excel;
using static OfficeDx.Documents.Tests.Excel.ExcelSamples;

namespace OfficeDx.Documents.Tests.Excel;

/// <summary>Sheets a department adds and values typed outside the template's cells are never read, so each is reported at its Sheet!Cell.</summary>
[TestClass]
public sealed class ExcelOutsideTemplateTests
{
    private const string Stray = "様式の記入欄の外に値があります。この値は読み取っていません。記入は様式の白いセルに書いてください。反映していません。";

    private static string AddedSheet(string name) =>
        $"様式にないシート「{name}」があります。追加したシートは読み取っていません。記入は「施策」「指標」「用語」シートの白いセルに書いてください。反映していません。";

    private static void AssertFindings(CollectResult result, params (string Place, string Field, string? Value, string Message)[] expected)
    {
        Assert.AreEqual(PlanJson.Serialize(Sample), PlanJson.Serialize(result.Plan));
        Assert.IsTrue(result.Report.All(e => e.Status == ReportStatus.Rejected), string.Join("\n", result.Report));
        CollectionAssert.AreEqual(expected, result.Report.Select(e => (e.Place, e.Field, e.Value, e.Message)).ToArray(),
            "report:\n" + string.Join("\n", result.Report));
    }

    [TestMethod]
    public void ValuesBesideTheTemplatesCellsAndAddedSheetsChartSheetsIncludedAreEachReported()
    {
        var workbook = Workbook(Digital);
        var beyond = CellReference.Column(WorkbookFile.Read(workbook, "t.xlsx").Sheet("施策")!.LastColumn + 2);
        var edited = WorkbookEdits.Of(workbook)
            .Text("記入要領", "B5", "了解しました")
            .Text("記入要領", "A20", "担当：山田")
            .Text("施策", $"{beyond}4", "来年度に見直し")
            .Text("指標", "B1", "確認済")
            .Text("用語", "E4", "参考")
            .AddSheet("メモ").Text("メモ", "C2", "下書き")
            .AddSheet("Sheet1")
            .AddChartSheet("グラフ1")
            .Bytes();

        var result = Collect(("デジタル.xlsx", edited));

        AssertFindings(result,
            ("記入要領!B5", "様式の外のセル", "了解しました", Stray),
            ("記入要領!A20", "様式の外のセル", "担当：山田", Stray),
            ($"施策!{beyond}4", "様式の外のセル", "来年度に見直し", Stray),
            ("指標!B1", "様式の外のセル", "確認済", Stray),
            ("用語!E4", "様式の外のセル", "参考", Stray),
            ("メモ!C2", "シート", "値のあるセル 1 か所", AddedSheet("メモ")),
            ("Sheet1!A1", "シート", "（空のシート）", AddedSheet("Sheet1")),
            ("グラフ1!A1", "シート", "（グラフのシート）", AddedSheet("グラフ1")));
    }

    [TestMethod]
    public void MoreThanTwentyStrayCellsOnASheetAreListedUpToTwentyAndTheRestSummedUp()
    {
        var edits = WorkbookEdits.Of(Workbook(Digital));
        for (var row = 4; row < 4 + 25; row++) edits.Text("用語", $"F{row}", $"メモ{row}");

        var result = Collect(("デジタル.xlsx", edits.Bytes()));

        AssertFindings(result,
        [
            .. Enumerable.Range(4, 20).Select(row => ($"用語!F{row}", "様式の外のセル", (string?)$"メモ{row}", Stray)),
            ("用語!F24", "様式の外のセル", "ほか 5 か所",
                "「用語」シートには、ほかにも様式の記入欄の外に値のあるセルが 5 か所あります（F24～F28）。どの値も読み取っていません。反映していません。"),
        ]);
    }

    [TestMethod]
    public void AnIndicatorNameTypedInARowBelowTheIndicatorsIsReportedAtItsCell()
    {
        var workbook = Workbook(Citizens);
        var below = WorkbookFile.Read(workbook, "t.xlsx").Sheet("指標")!.LastRow + 1;
        var result = Collect(("市民課.xlsx", WorkbookEdits.Of(workbook).Text("指標", $"D{below}", "新しい指標").Bytes()));

        AssertFindings(result,
            ($"指標!D{below}", "指標名", "新しい指標", "施策IDと指標番号のない行に値があります。どの指標の値か分からないため反映していません。"));
    }
}
