using OfficeDx.Core.Model;
using OfficeDx.Documents.Excel;
using static OfficeDx.Documents.Tests.Excel.ExcelSamples;

namespace OfficeDx.Documents.Tests.Excel;

/// <summary>Every kind of bad entry a returned workbook can hold is reported at its Sheet!Cell, and nothing of it reaches the plan.</summary>
[TestClass]
public sealed class ExcelBadEntryTests
{
    private static CollectResult CollectOne(string department, Func<WorkbookEdits, WorkbookEdits> edit) =>
        Collect((department + ".xlsx", edit(WorkbookEdits.Of(Workbook(department))).Bytes()));

    private static ReportEntry Single(CollectResult result, ReportStatus status, string place)
    {
        var entries = result.Report.Where(e => e.Status == status && e.Place == place).ToArray();
        Assert.HasCount(1, entries, $"expected one {status} at {place}; report:\n" + string.Join("\n", result.Report));
        return entries[0];
    }

    private static Measure Measure(CollectResult result, string id) => result.Plan.AllMeasures().Single(m => m.Id == id);

    [TestMethod]
    public void APhaseNotInTheListSuchAsTyped継続IsReportedAtItsCell()
    {
        var result = CollectOne(Digital, e => e.Text("施策", "H4", "継続"));
        var entry = Single(result, ReportStatus.Rejected, "施策!H4");
        Assert.AreEqual("akita-1-01", entry.MeasureId);
        StringAssert.Contains(entry.Message, "「継続」は一覧にない取組です");
        Assert.AreEqual(Phase.Continuation, Measure(result, "akita-1-01").PhaseIn(new(2023)));
    }

    [TestMethod]
    public void AnUnknownMeasureIdIsReportedWithTheRowsContent()
    {
        var result = CollectOne(Digital, e => e.Text("施策", "A4", "akita-9-99").Text("施策", "D4", "名称を変えた"));
        var entry = Single(result, ReportStatus.Rejected, "施策!A4");
        StringAssert.Contains(entry.Message, "計画にありません");
        StringAssert.Contains(entry.Value!, "名称を変えた");
        Assert.AreEqual(Sample.AllMeasures().First().Name, Measure(result, "akita-1-01").Name);
        Single(result, ReportStatus.Notice, "施策!A3");
    }

    [TestMethod]
    public void AnIdEditedIntoAnotherDepartmentsMeasureIsReported()
    {
        var result = CollectOne(Digital, e => e.Text("施策", "A4", "akita-1-02").Text("施策", "D4", "名称を変えた"));
        StringAssert.Contains(Single(result, ReportStatus.Rejected, "施策!A4").Message, "デジタル化推進本部の施策ではありません");
        Assert.AreEqual(Sample.AllMeasures().Single(m => m.Id == "akita-1-02").Name, Measure(result, "akita-1-02").Name);
    }

    [TestMethod]
    public void AnActualThatIsNotANumberIsReportedAtItsCell()
    {
        var row = ExcelSheets.IndicatorRow(Workbook(Citizens), "akita-1-02", 1);
        var result = CollectOne(Citizens, e => e.Text("指標", $"L{row}", "未集計"));
        StringAssert.Contains(Single(result, ReportStatus.Rejected, $"指標!L{row}").Message, "数値として読み取れません");
        Assert.IsFalse(Measure(result, "akita-1-02").Indicators[0].Actuals.Any(a => a.FiscalYear.StartYear == 2023));
    }

    [TestMethod]
    public void AnApproximateActualSuchAs約100IsReportedAsAmbiguous()
    {
        var row = ExcelSheets.IndicatorRow(Workbook(Citizens), "akita-1-02", 1);
        var result = CollectOne(Citizens, e => e.Text("指標", $"L{row}", "約100"));
        var entry = Single(result, ReportStatus.Rejected, $"指標!L{row}");
        StringAssert.Contains(entry.Message, "概数");
        Assert.AreEqual("約100", entry.Value);
    }

    [TestMethod]
    public void NumbersAsAJapaneseOfficeTypesThemComeBackInTheIndicatorsTextForm()
    {
        var citizens = ExcelSheets.IndicatorRow(Workbook(Citizens), "akita-1-02", 1);
        var tax = ExcelSheets.IndicatorRow(Workbook(Tax), "akita-1-04", 1);
        var digital = ExcelSheets.IndicatorRow(Workbook(Digital), "akita-1-01", 1);
        var result = Collect(
            ("citizens.xlsx", WorkbookEdits.Of(Workbook(Citizens)).Text("指標", $"K{citizens}", "１２３").Text("指標", $"L{citizens}", "４０手続").Number("指標", $"J{citizens}", 35).Bytes()),
            ("tax.xlsx", WorkbookEdits.Of(Workbook(Tax)).Text("指標", $"J{tax}", "12,345").Number("指標", $"K{tax}", 13000).Bytes()),
            ("digital.xlsx", WorkbookEdits.Of(Workbook(Digital)).Number("指標", $"K{digital}", 0.384m, percent: true).Text("指標", $"L{digital}", "５０．５％").Bytes()));
        Assert.IsEmpty(result.NotAccepted.ToArray(), string.Join("\n", result.NotAccepted));
        string[] Actuals(string id) => Measure(result, id).Indicators[0].Actuals.Select(a => $"{a.FiscalYear.StartYear}={a.Value}").ToArray();
        CollectionAssert.AreEqual(new[] { "2021=35 手続", "2022=123 手続", "2023=40 手続" }, Actuals("akita-1-02"));
        CollectionAssert.AreEqual(new[] { "2021=12,345 件", "2022=13,000 件" }, Actuals("akita-1-04"));
        CollectionAssert.AreEqual(new[] { "2021=45.2%", "2022=38.4%", "2023=50.5%" }, Actuals("akita-1-01"));
    }

    [TestMethod]
    public void APercentTypedIntoAnIndicatorCountedInAnotherUnitIsReported()
    {
        var row = ExcelSheets.IndicatorRow(Workbook(Citizens), "akita-1-02", 1);
        var result = CollectOne(Citizens, e => e.Number("指標", $"L{row}", 0.5m, percent: true));
        StringAssert.Contains(Single(result, ReportStatus.Rejected, $"指標!L{row}").Message, "この指標の単位は「手続」");
    }

    [TestMethod]
    public void ClearingAnActualRemovesItAndIsReportedAsAccepted()
    {
        var row = ExcelSheets.IndicatorRow(Workbook(Citizens), "akita-1-02", 1);
        var result = CollectOne(Citizens, e => e.Clear("指標", $"J{row}"));
        var entry = Single(result, ReportStatus.Accepted, $"指標!J{row}");
        Assert.AreEqual("35 手続", entry.Original);
        Assert.IsFalse(Measure(result, "akita-1-02").Indicators[0].Actuals.Any(a => a.FiscalYear.StartYear == 2021));
    }

    [TestMethod]
    public void AFiscalYearOutsideThePlanPeriodIsReportedAtEachFilledCell()
    {
        var result = CollectOne(Digital, e => e.Text("施策", "H3", "令和6年度").Text("施策", "H4", "実施"));
        StringAssert.Contains(Single(result, ReportStatus.Rejected, "施策!H4").Message, "計画期間（令和3年度～令和5年度）の外");
    }

    [TestMethod]
    public void DuplicateRowsOfOneMeasureAreAllReportedAndNoneIsChosen()
    {
        var row = ExcelSheets.FirstProposalRow(Workbook(Digital));
        var result = CollectOne(Digital, e => e.Text("施策", $"A{row}", "akita-1-01").Text("施策", $"D{row}", "別の名称").Text("施策", "D4", "さらに別の名称"));
        StringAssert.Contains(Single(result, ReportStatus.Rejected, "施策!A4").Message, "2 行あります");
        Single(result, ReportStatus.Rejected, $"施策!A{row}");
        Assert.AreEqual(Sample.AllMeasures().First().Name, Measure(result, "akita-1-01").Name);
    }

    [TestMethod]
    public void DuplicateTermRowsAreReported()
    {
        var result = CollectOne(Digital, e => e.Text("用語", "A4", "RPA").Text("用語", "C4", "定型作業の自動化").Text("用語", "A5", "ＲＰＡ").Text("用語", "C5", "ロボット"));
        Single(result, ReportStatus.Rejected, "用語!A4");
        Single(result, ReportStatus.Rejected, "用語!A5");
        Assert.IsEmpty(result.Plan.Glossary);
    }

    [TestMethod]
    public void AWorkbookForAnotherPlanIsReportedWhole()
    {
        var result = CollectOne(Digital, e => e.Text(ExcelLayout.MarkerSheet, "B1", "katagami-2023").Text("施策", "D4", "変更"));
        StringAssert.Contains(Single(result, ReportStatus.Rejected, $"{ExcelLayout.MarkerSheet}!B1").Message, "別の計画（katagami-2023）");
        Assert.HasCount(1, result.Report);
        Assert.AreEqual(Sample.AllMeasures().First().Name, Measure(result, "akita-1-01").Name);
    }

    [TestMethod]
    public void AWorkbookForAnotherEditionIsReportedWhole()
    {
        var result = CollectOne(Digital, e => e.Text(ExcelLayout.MarkerSheet, "B2", "令和3年3月策定"));
        StringAssert.Contains(Single(result, ReportStatus.Rejected, $"{ExcelLayout.MarkerSheet}!B2").Message, "別の版（令和3年3月策定）");
    }

    [TestMethod]
    public void FilesThatAreNotWorkbooksAreReportedAndTheOthersStillCollected()
    {
        var docx = Writing.PlanDocumentWriter.Write(Sample, Akita);
        var result = Collect(
            ("memo.txt", "提出します"u8.ToArray()),
            ("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]),
            ("plan.docx", docx),
            ("digital.xlsx", WorkbookEdits.Of(Workbook(Digital)).Text("施策", "D4", "新しい名称").Bytes()));
        var files = result.Report.Where(e => e.Status == ReportStatus.Rejected).ToDictionary(e => e.File, e => e.Message);
        StringAssert.Contains(files["memo.txt"], "Excel ブック（.xlsx）ではありません");
        StringAssert.Contains(files["old.xls"], "古い形式（.xls）");
        Assert.IsTrue(files.ContainsKey("plan.docx"), "a Word document is not a workbook");
        Assert.AreEqual("新しい名称", Measure(result, "akita-1-01").Name);
    }

    [TestMethod]
    public void TwoDepartmentsChangingASharedMeasureDifferentlyAreAConflictWithBothValuesAndNeitherWritten()
    {
        var result = Collect(
            ("digital.xlsx", WorkbookEdits.Of(Workbook(Digital)).Text("施策", "D4", "案A").Text("施策", "F4", "実施").Bytes()),
            ("statistics.xlsx", WorkbookEdits.Of(Workbook(Statistics)).Text("施策", "D4", "案B").Text("施策", "F4", "実施").Bytes()));
        var conflicts = result.Report.Where(e => e.Status == ReportStatus.Conflict).ToArray();
        Assert.HasCount(2, conflicts);
        CollectionAssert.AreEquivalent(new[] { "案A", "案B" }, conflicts.Select(c => c.Value).ToArray());
        StringAssert.Contains(conflicts.Single(c => c.Value == "案A").Message, "「案B」");
        Assert.AreEqual(Sample.AllMeasures().First().Name, Measure(result, "akita-1-01").Name);
        // The same change made by both is no conflict: it is written once.
        Assert.AreEqual(Phase.Implementation, Measure(result, "akita-1-01").PhaseIn(new(2021)));
        Assert.AreEqual(2, result.Accepted.Count());
    }

    [TestMethod]
    public void ProposedMeasuresAndTermsAreAddedAndAnIncompleteProposalIsReported()
    {
        var workbook = Workbook(Digital);
        var row = ExcelSheets.FirstProposalRow(workbook);
        var area = DepartmentScope.AreaLabels(Sample)[1].Label;
        var result = CollectOne(Digital, e => e
            .Text("施策", $"B{row}", area).Text("施策", $"D{row}", "生成AIの試行").Text("施策", $"G{row}", "準備・検討").Text("施策", $"I{row}", "試行した業務数")
            .Text("施策", $"D{row + 1}", "分野のない提案")
            .Text("用語", "A4", "生成AI").Text("用語", "B4", "せいせいえーあい").Text("用語", "C4", "文章や画像を作り出す人工知能。"));
        StringAssert.Contains(Single(result, ReportStatus.Rejected, $"施策!B{row + 1}").Message, "分野が空です");
        var added = result.Plan.AllMeasures().Single(m => m.Name == "生成AIの試行");
        Assert.AreEqual(MeasureState.Added, added.State);
        Assert.AreEqual(Phase.Preparation, added.PhaseIn(new(2022)));
        CollectionAssert.AreEqual(new[] { Digital }, added.Departments.ToArray());
        Assert.AreEqual("試行した業務数", added.Indicators.Single().Name);
        var term = result.Plan.Glossary.Single();
        Assert.AreEqual(("生成AI", "せいせいえーあい"), (term.Term, term.Reading));
    }

    [TestMethod]
    public void RemovingAnIndicatorIsRefusedBecauseItsActualsWouldBeLost()
    {
        var result = CollectOne(Citizens, e => e.Clear("施策", "I4"));
        StringAssert.Contains(Single(result, ReportStatus.Rejected, "施策!I4").Message, "減らすことはこの様式ではできません");
        Assert.HasCount(1, Measure(result, "akita-1-02").Indicators);
    }
}
