using System.Net;
using System.Text;
using System.Text.Json;
using OfficeDx.Documents.Excel;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;
using static OfficeDx.Service.Tests.Support.ExcelRequests;

namespace OfficeDx.Service.Tests;

/// <summary>
/// A filled department workbook checked and submitted through the service: every finding at its sheet and cell with the message
/// `officedx excel collect` gives, submissions kept and merged, and a problem document for whatever cannot be checked.
/// </summary>
[TestClass]
public sealed class ExcelWorkbookEndpointTests
{
    private const string Check = "/api/excel/workbooks/check";
    private const string Submit = "/api/excel/workbooks/submit";
    private static RunningService _service = null!;
    private static string _data = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        _data = Directory.CreateTempSubdirectory("odx-service-data-").FullName;
        _service = await RunningService.StartAsync(new ServiceOptions { PlanFolders = [RepositoryFiles.Samples], DataFolder = _data });
    }

    [ClassCleanup]
    public static async Task Stop()
    {
        await _service.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private static byte[] WithBadEntries(out string phaseCell, out string actualCell)
    {
        var workbook = Workbook(Digital);
        phaseCell = $"H{WorkbookCells.MeasureRow(workbook, "akita-1-01")}";
        actualCell = WorkbookCells.FirstActualCell(workbook, "akita-1-01");
        // A phase not in the drop-down list and an actual that is not a number, both pasted past the validation.
        return WorkbookCells.Type(workbook, ("施策", phaseCell, "継続"), ("指標", actualCell, "未集計"));
    }

    [TestMethod]
    public async Task CheckReportsEveryBadCellAtItsSheetAndCellWithTheCollectorsMessage()
    {
        var workbook = WithBadEntries(out var phaseCell, out var actualCell);
        var answer = await JsonAsync(await _service.PostWorkbookAsync(Check, workbook, "デジタル.xlsx"));

        Assert.AreEqual(Akita.Id, answer.GetProperty("planId").GetString());
        Assert.AreEqual(Digital, answer.GetProperty("department").GetString());
        Assert.IsFalse(answer.GetProperty("clean").GetBoolean());
        var findings = answer.GetProperty("findings").EnumerateArray()
            .Select(f => (Status: f.GetProperty("status").GetString(), Place: f.GetProperty("place").GetString(), Sheet: f.GetProperty("sheet").GetString(),
                Cell: f.GetProperty("cell").GetString(), Message: f.GetProperty("message").GetString()))
            .ToArray();
        var expected = CollectReport("デジタル.xlsx", workbook).Where(e => e.Status != ReportStatus.Accepted).ToArray();
        Assert.HasCount(expected.Length, findings);
        CollectionAssert.AreEqual(expected.Select(e => (e.Place, e.Message)).ToArray(), findings.Select(f => (f.Place, f.Message)).ToArray());

        var phase = findings.Single(f => f.Place == "施策!" + phaseCell);
        Assert.AreEqual(("rejected", "施策", phaseCell), (phase.Status, phase.Sheet, phase.Cell));
        StringAssert.Contains(phase.Message, "「継続」は一覧にない取組です");
        var actual = findings.Single(f => f.Place == "指標!" + actualCell);
        Assert.AreEqual(("rejected", "指標", actualCell), (actual.Status, actual.Sheet, actual.Cell));
        StringAssert.Contains(actual.Message, "数値として読み取れません");
    }

    [TestMethod]
    public async Task AnUntouchedWorkbookIsCleanAndChangesNothing()
    {
        var answer = await JsonAsync(await _service.PostWorkbookAsync(Check, Workbook(Statistics)));
        Assert.IsTrue(answer.GetProperty("clean").GetBoolean(), answer.ToString());
        Assert.AreEqual(0, answer.GetProperty("summary").GetProperty("rejected").GetInt32());
        Assert.AreEqual(0, answer.GetProperty("changes").GetArrayLength());
    }

    [TestMethod]
    public async Task AChangedNameIsListedAsAChangeWithItsCell()
    {
        var workbook = Workbook(Statistics);
        var row = WorkbookCells.MeasureRow(workbook, "akita-1-01");
        var answer = await JsonAsync(await _service.PostWorkbookAsync(Check, WorkbookCells.Type(workbook, ("施策", $"D{row}", "行政手続のオンライン化（改）"))));
        var change = answer.GetProperty("changes").EnumerateArray().Single();
        Assert.AreEqual(("施策", $"D{row}", "行政手続のオンライン化（改）"),
            (change.GetProperty("sheet").GetString(), change.GetProperty("cell").GetString(), change.GetProperty("value").GetString()));
    }

    [TestMethod]
    public async Task FilesThatAreNotWorkbooksAreRefusedWithTheCollectorsReason()
    {
        var text = await ProblemAnswers.AssertProblemAsync(await _service.PostWorkbookAsync(Check, Encoding.UTF8.GetBytes("施策ID,名称\n"), "施策.csv"), HttpStatusCode.BadRequest);
        StringAssert.Contains(text.GetProperty("detail").GetString(), "Excel ブック（.xlsx）ではありません");
        var docx = await ProblemAnswers.AssertProblemAsync(await _service.PostWorkbookAsync(Check, OfficeDx.Documents.Ooxml.FlatOpcPackage.ToDocx(
            OfficeDx.Documents.Writing.WordFragments.Legend(OfficeDx.Documents.Profiles.ProfileLibrary.Load("akita")), "凡例"), "凡例.docx"), HttpStatusCode.BadRequest);
        StringAssert.Contains(docx.GetProperty("detail").GetString(), "凡例.docx");
        await ProblemAnswers.AssertProblemAsync(await _service.PostWorkbookAsync(Check, []), HttpStatusCode.BadRequest);
    }

    [TestMethod]
    public async Task AWorkbookWithoutTheMarkerIsNotAnOfficeDxTemplate()
    {
        var report = CollectReportWriter.Xlsx([]);
        var problem = await ProblemAnswers.AssertProblemAsync(await _service.PostWorkbookAsync(Check, report, "回収結果.xlsx"), HttpStatusCode.UnprocessableEntity);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "OfficeDx で作成した様式ではありません");
    }

    [TestMethod]
    public async Task AMarkerForAnotherPlanOrEditionIsRefusedWhole()
    {
        var workbook = Workbook(Digital);
        var other = await ProblemAnswers.AssertProblemAsync(await _service.PostWorkbookAsync(Check + "?plan=katagami-2023", workbook), HttpStatusCode.UnprocessableEntity);
        StringAssert.Contains(other.GetProperty("detail").GetString(), $"別の計画（{Akita.Id}）の様式です");

        var unknown = await ProblemAnswers.AssertProblemAsync(
            await _service.PostWorkbookAsync(Check, WorkbookCells.Type(workbook, (ExcelLayout.MarkerSheet, "B1", "akita-1999"))), HttpStatusCode.UnprocessableEntity);
        StringAssert.Contains(unknown.GetProperty("detail").GetString(), "計画「akita-1999」");

        var edited = WorkbookCells.Type(workbook, (ExcelLayout.MarkerSheet, "B2", "令和2年3月"));
        var edition = await ProblemAnswers.AssertProblemAsync(await _service.PostWorkbookAsync(Check, edited, "古い版.xlsx"), HttpStatusCode.UnprocessableEntity);
        // The words `officedx excel collect` reports for the same workbook.
        var collectSays = CollectReport("古い版.xlsx", edited).Single(e => e.Status == ReportStatus.Rejected).Message;
        Assert.AreEqual($"古い版.xlsx: {collectSays}", edition.GetProperty("detail").GetString());
        Assert.AreEqual($"{ExcelLayout.MarkerSheet}!B2", edition.GetProperty("errors")[0].GetProperty("place").GetString());
    }

    [TestMethod]
    public async Task AWorkbookOverTheBodyLimitIsRefusedWith413()
    {
        await using var small = await RunningService.StartAsync(new ServiceOptions { PlanFolders = [RepositoryFiles.Samples], MaxRequestBytes = 4 * 1024 });
        var workbook = Workbook(Digital);
        Assert.IsGreaterThan(4 * 1024, workbook.Length);
        await ProblemAnswers.AssertProblemAsync(await small.PostWorkbookAsync(Check, workbook), HttpStatusCode.RequestEntityTooLarge);
    }

    [TestMethod]
    public async Task SubmissionsAreKeptPerDepartmentAndMergedIntoThePlanWithConflictsReported()
    {
        var digital = Workbook(Digital);
        var statistics = Workbook(Statistics);
        // akita-1-01 belongs to both departments: the same field changed two ways is a conflict, and neither value is taken.
        var digitalRow = WorkbookCells.MeasureRow(digital, "akita-1-01");
        var statisticsRow = WorkbookCells.MeasureRow(statistics, "akita-1-01");
        var first = await JsonAsync(await _service.PostWorkbookAsync(Submit, WorkbookCells.Type(digital, ("施策", $"D{digitalRow}", "名称A")), "d.xlsx"));
        Assert.AreEqual(1, first.GetProperty("workbooks").GetInt32());
        Assert.AreEqual("名称A", Measure(first, "akita-1-01").GetProperty("name").GetString());
        var kept = await new OfficeDx.Storage.WorkbookArchive(OfficeDx.Storage.StoreLocation.Sqlite(Path.Combine(_data, "officedx.db"))).ListAsync(Akita.Id);
        Assert.AreEqual(first.GetProperty("storedAs").GetString(), kept[0].Id);
        Assert.AreEqual(Digital, kept[0].Department);

        var second = await JsonAsync(await _service.PostWorkbookAsync(Submit, WorkbookCells.Type(statistics, ("施策", $"D{statisticsRow}", "名称B")), "s.xlsx"));
        Assert.AreEqual(2, second.GetProperty("workbooks").GetInt32());
        Assert.AreEqual(Akita.AllMeasures().Single(m => m.Id == "akita-1-01").Name, Measure(second, "akita-1-01").GetProperty("name").GetString());
        Assert.AreEqual(2, second.GetProperty("report").EnumerateArray().Count(e => e.GetProperty("status").GetString() == "conflict"));

        // The department agrees: its new submission replaces the earlier one, and the change is taken.
        var third = await JsonAsync(await _service.PostWorkbookAsync(Submit, WorkbookCells.Type(statistics, ("施策", $"D{statisticsRow}", "名称A")), "s.xlsx"));
        Assert.AreEqual(2, third.GetProperty("workbooks").GetInt32());
        Assert.AreEqual("名称A", Measure(third, "akita-1-01").GetProperty("name").GetString());
    }

    [TestMethod]
    public async Task ASubmissionToAServiceWithoutADataFolderIsRefused()
    {
        await using var noData = await RunningService.StartAsync(new ServiceOptions { PlanFolders = [RepositoryFiles.Samples] });
        await ProblemAnswers.AssertProblemAsync(await noData.PostWorkbookAsync(Submit, Workbook(Digital)), HttpStatusCode.ServiceUnavailable);
    }

    private static JsonElement Measure(JsonElement answer, string id) => Descend(answer.GetProperty("plan").GetProperty("areas")).Single(m => m.GetProperty("id").GetString() == id);

    private static IEnumerable<JsonElement> Descend(JsonElement areas) => areas.EnumerateArray().SelectMany(a =>
        a.GetProperty("measures").EnumerateArray().Concat(a.TryGetProperty("areas", out var inner) ? Descend(inner) : []));
}
