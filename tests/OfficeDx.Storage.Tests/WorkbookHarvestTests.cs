using OfficeDx.Storage.Harvesting;

namespace OfficeDx.Storage.Tests;

/// <summary>Department workbooks in a harvested folder: their values end up in the submissions table, upserted by stable keys.</summary>
[TestClass]
public sealed class WorkbookHarvestTests
{
    private static async Task<(DirectoryInfo Docs, HarvestStore Store)> HarvestedAsync()
    {
        var folder = TestFolders.Create();
        var docs = folder.CreateSubdirectory("docs");
        DepartmentWorkbooks.Write(docs, DepartmentWorkbooks.Plan);
        var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "store.db")));
        var outcome = await new Harvester(store).RunAsync(new LocalFolderSource(docs));
        Assert.AreEqual(HarvestRunStatus.Completed, outcome.Status);
        Assert.IsEmpty(outcome.Errors, string.Join("\n", outcome.Errors.Select(e => $"{e.Path} {e.Place}: {e.Message}")));
        Assert.AreEqual(1 + DepartmentWorkbooks.Departments.Length, outcome.Counts.Harvested);
        return (docs, store);
    }

    [TestMethod]
    public async Task IndicatorActualsByFiscalYearAreQueryableForEveryDepartmentThatReportsThem()
    {
        var (_, store) = await HarvestedAsync();
        await using var _ = store;

        var rows = await store.QueryAsync(DepartmentWorkbooks.ActualsQuery);

        // The shared measure is in both its departments' workbooks; numbers are stored without their unit, "-" as typed.
        CollectionAssert.AreEqual(new[]
        {
            $"{DepartmentWorkbooks.Statistics}|akita-1-01|1|2021|45.2",
            $"{DepartmentWorkbooks.Digital}|akita-1-01|1|2021|45.2",
            $"{DepartmentWorkbooks.Citizens}|akita-1-02|1|2021|35",
            $"{DepartmentWorkbooks.Citizens}|akita-1-02|1|2022|-",
        }.Order(StringComparer.Ordinal).ToList(), DepartmentWorkbooks.Lines(rows).ToList());
        var plan = await store.QueryAsync("SELECT DISTINCT plan_id, edition FROM submissions");
        Assert.AreEqual(DepartmentWorkbooks.Plan.Id, plan.Single()[0]);
        Assert.AreEqual(DepartmentWorkbooks.Plan.Edition ?? "", plan.Single()[1]);
    }

    [TestMethod]
    public async Task ActualsJoinTheHarvestedPlansIndicatorsByPlanMeasureAndNumber()
    {
        var (_, store) = await HarvestedAsync();
        await using var _ = store;

        var rows = await store.QueryAsync("""
            SELECT DISTINCT s.measure_id, i.name, s.fiscal_year, s.value
            FROM submissions s
            JOIN plans p ON p.plan_id = s.plan_id
            JOIN indicators i ON i.document_id = p.document_id AND i.measure_id = s.measure_id AND i.indicator_no = s.indicator_no
            WHERE s.field = '実績' AND s.measure_id = 'akita-1-02'
            """);

        var name = DepartmentWorkbooks.Plan.AllMeasures().Single(m => m.Id == "akita-1-02").Indicators[0].Name;
        CollectionAssert.AreEqual(new[] { $"akita-1-02|{name}|2021|35", $"akita-1-02|{name}|2022|-" }, DepartmentWorkbooks.Lines(rows).ToList());
    }

    [TestMethod]
    public async Task TheMeasuresSheetIsStoredCellByCellWithScheduleColumnsByFiscalYear()
    {
        var (_, store) = await HarvestedAsync();
        await using var _ = store;
        var measure = DepartmentWorkbooks.Plan.AllMeasures().Single(m => m.Id == "akita-1-02");

        var names = await store.QueryAsync("SELECT value, place FROM submissions WHERE measure_id = 'akita-1-02' AND value = @n", default, ("n", measure.Name));
        StringAssert.StartsWith(names.Single()[1], "施策!");
        var schedule = await store.QueryAsync("SELECT fiscal_year FROM submissions WHERE measure_id = 'akita-1-02' AND field = '工程'");
        CollectionAssert.IsSubsetOf(
            measure.Schedule.Where(e => e.Phase != Core.Model.Phase.None).Select(e => e.FiscalYear.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            schedule.Select(r => r[0]).ToList());
    }

    [TestMethod]
    public async Task HarvestingAChangedWorkbookUpdatesOnlyTheChangedValuesAndKeepsWhenTheOthersWereHarvested()
    {
        var (docs, store) = await HarvestedAsync();
        await using var _ = store;
        const string times = "SELECT department, measure_id, field, indicator_no, fiscal_year, harvested_at FROM submissions";
        var before = DepartmentWorkbooks.Lines(await store.QueryAsync(times));

        // 市民課 corrects 令和3年度 and clears 令和4年度.
        var changed = DepartmentWorkbooks.WithActuals(DepartmentWorkbooks.Plan, new()
        {
            ["akita-1-01"] = [(2021, "45.2%")],
            ["akita-1-02"] = [(2021, "36 手続")],
        });
        var excel = new DirectoryInfo(Path.Combine(docs.FullName, "excel"));
        DepartmentWorkbooks.WriteWorkbook(excel, changed, DepartmentWorkbooks.Citizens);
        var citizens = excel.GetFiles().Single(f => f.Name.Contains(DepartmentWorkbooks.Citizens, StringComparison.Ordinal));
        citizens.LastWriteTimeUtc = DateTime.UtcNow.AddMinutes(1);

        var outcome = await new Harvester(store).RunAsync(new LocalFolderSource(docs));

        Assert.AreEqual(1, outcome.Counts.Harvested);
        var actuals = DepartmentWorkbooks.Lines(await store.QueryAsync(DepartmentWorkbooks.ActualsQuery));
        CollectionAssert.Contains(actuals.ToList(), $"{DepartmentWorkbooks.Citizens}|akita-1-02|1|2021|36");
        Assert.IsFalse(actuals.Any(a => a.Contains("|2022|", StringComparison.Ordinal)), string.Join("\n", actuals));
        var after = DepartmentWorkbooks.Lines(await store.QueryAsync(times));
        var untouched = before.Where(l => !l.Contains("|akita-1-02|実績|", StringComparison.Ordinal)).ToList();
        CollectionAssert.IsSubsetOf(untouched, after.ToList(), "rows whose value did not change keep their harvested_at");
    }

    [TestMethod]
    public async Task HarvestingWorkbooksTwiceChangesNothing()
    {
        var (docs, store) = await HarvestedAsync();
        await using var _ = store;
        var first = await store.QueryAsync("SELECT * FROM submissions");
        var again = await new Harvester(store).RunAsync(new LocalFolderSource(docs));
        Assert.AreEqual(0, again.Counts.Harvested);
        CollectionAssert.AreEqual(DepartmentWorkbooks.Lines(first).ToList(), DepartmentWorkbooks.Lines(await store.QueryAsync("SELECT * FROM submissions")).ToList());
    }

    [TestMethod]
    public async Task AnUpdatedStoreEqualsAStoreHarvestedFromScratch()
    {
        var (docs, store) = await HarvestedAsync();
        await using var _ = store;
        var changed = DepartmentWorkbooks.WithActuals(DepartmentWorkbooks.Plan, new() { ["akita-1-01"] = [(2021, "50%"), (2022, "61.5%")] });
        var excel = new DirectoryInfo(Path.Combine(docs.FullName, "excel"));
        DepartmentWorkbooks.WriteWorkbook(excel, changed, DepartmentWorkbooks.Digital);
        excel.GetFiles().Single(f => f.Name.Contains(DepartmentWorkbooks.Digital, StringComparison.Ordinal)).LastWriteTimeUtc = DateTime.UtcNow.AddMinutes(1);
        File.Delete(excel.GetFiles().Single(f => f.Name.Contains(DepartmentWorkbooks.Statistics, StringComparison.Ordinal)).FullName);
        await new Harvester(store).RunAsync(new LocalFolderSource(docs));

        await using var fresh = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(TestFolders.Create().FullName, "fresh.db")));
        await new Harvester(fresh).RunAsync(new LocalFolderSource(docs));

        var deletedStatistics = (await store.QueryAsync("SELECT document_id FROM documents WHERE deleted = 1")).Single()[0]!;
        var updated = (await StoreContents.DumpAsync(store)).Where(l => !l.Contains(deletedStatistics, StringComparison.Ordinal)).ToList();
        CollectionAssert.AreEqual((await StoreContents.DumpAsync(fresh)).ToList(), updated);
        Assert.IsEmpty(await store.QueryAsync("SELECT * FROM submissions WHERE document_id = @d", default, ("d", deletedStatistics)));
    }

    [TestMethod]
    public async Task AWorkbookNotMadeByOfficeDxIsStoredWithoutValuesOrProblemsAndABrokenOneIsReported()
    {
        var folder = TestFolders.Create();
        var docs = folder.CreateSubdirectory("docs");
        Exports.XlsxExport.Write([new Exports.ExportTable("予算", ["費目", "金額"], [["委託料", 1200]])], Path.Combine(docs.FullName, "予算.xlsx"));
        await File.WriteAllTextAsync(Path.Combine(docs.FullName, "壊れた.xlsx"), "not a workbook");
        await using var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "store.db")));

        var outcome = await new Harvester(store).RunAsync(new LocalFolderSource(docs));

        Assert.AreEqual(2, outcome.Counts.Harvested);
        var error = outcome.Errors.Single();
        Assert.AreEqual("壊れた.xlsx", error.Path);
        StringAssert.Contains(error.Message, "ZIP");
        Assert.IsEmpty(await store.QueryAsync("SELECT * FROM submissions"));
        Assert.HasCount(2, await store.QueryAsync("SELECT * FROM documents WHERE deleted = 0"));
    }
}
