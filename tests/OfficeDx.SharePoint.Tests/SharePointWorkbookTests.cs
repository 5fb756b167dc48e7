using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;
using OfficeDx.SharePoint.Tests.StandIn;
using OfficeDx.Storage;

namespace OfficeDx.SharePoint.Tests;

/// <summary>A department workbook (.xlsx made by `officedx excel template`) in the SharePoint library, next to the plan documents.</summary>
[TestClass]
public sealed class SharePointWorkbookTests
{
    private const string Department = "市民生活部市民課";
    private const string WorkbookId = "01BOOK0001";
    private const string ActualsQuery = "SELECT department, measure_id, indicator_no, fiscal_year, value FROM submissions WHERE field = '実績' ORDER BY fiscal_year";

    /// <summary>市民課's workbook of the Akita plan with akita-1-02's actual values filled in.</summary>
    private static byte[] Workbook(params (int Year, string Value)[] actuals)
    {
        var akita = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));
        Area Fill(Area area) => area with
        {
            Measures = area.Measures.Select(m => m.Id != "akita-1-02" ? m : m with
            {
                Indicators = [m.Indicators[0] with { Actuals = actuals.Select(a => new IndicatorValue { FiscalYear = new FiscalYear(a.Year), Value = a.Value }).ToArray() }, .. m.Indicators.Skip(1)],
            }).ToArray(),
            Areas = area.Areas.Select(Fill).ToArray(),
        };
        var plan = akita with { Areas = akita.Areas.Select(Fill).ToArray() };
        return ExcelTemplateWriter.Write(plan, ProfileLibrary.Load(plan.Profile), Department);
    }

    private static IReadOnlyList<string> Lines(IEnumerable<string?[]> rows) => rows.Select(r => string.Join("|", r)).ToList();

    [TestMethod]
    public async Task AWorkbookInTheLibraryIsHarvestedIntoSubmissionsThenUpdatedAndDeletedIncrementally()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        TestLibrary.Populate(standIn, 3);
        standIn.AddFile(WorkbookId, "市民課.xlsx", TestLibrary.DepartmentsFolderId, Workbook((2021, "35 手続"), (2022, "40 手続")));
        await using var store = await TestLibrary.NewStoreAsync("workbook");

        var first = await TestLibrary.HarvestAsync(standIn, store);

        Assert.AreEqual(HarvestRunStatus.Completed, first.Status, string.Join("\n", first.Errors.Select(e => e.Message)));
        Assert.IsEmpty(first.Errors);
        Assert.AreEqual(4, first.Counts.Harvested);
        CollectionAssert.AreEqual(new[] { $"{Department}|akita-1-02|1|2021|35", $"{Department}|akita-1-02|1|2022|40" },
            Lines(await store.QueryAsync(ActualsQuery)).ToList());
        var path = await store.QueryAsync("SELECT DISTINCT d.path FROM submissions s JOIN documents d ON d.document_id = s.document_id");
        Assert.AreEqual("部局/市民課.xlsx", path.Single()[0]);

        // The department corrects 令和4年度: only the workbook is downloaded again, and only its changed row changes.
        var before = Lines(await store.QueryAsync("SELECT measure_id, field, indicator_no, fiscal_year, value, harvested_at FROM submissions WHERE NOT (field = '実績' AND fiscal_year = 2022)"));
        standIn.UpdateFile(WorkbookId, Workbook((2021, "35 手続"), (2022, "42 手続")));
        standIn.Requests.Clear();
        var second = await TestLibrary.HarvestAsync(standIn, store);

        Assert.AreEqual(1, second.Counts.Harvested);
        Assert.AreEqual($"/_download/{WorkbookId}", standIn.Requests.Single(r => r.Url.StartsWith("/_download/", StringComparison.Ordinal)).Url.Split('?')[0]);
        CollectionAssert.AreEqual(new[] { $"{Department}|akita-1-02|1|2021|35", $"{Department}|akita-1-02|1|2022|42" },
            Lines(await store.QueryAsync(ActualsQuery)).ToList());
        CollectionAssert.AreEqual(before.ToList(),
            Lines(await store.QueryAsync("SELECT measure_id, field, indicator_no, fiscal_year, value, harvested_at FROM submissions WHERE NOT (field = '実績' AND fiscal_year = 2022)")).ToList());

        standIn.DeleteItem(WorkbookId);
        var third = await TestLibrary.HarvestAsync(standIn, store);

        Assert.AreEqual(1, third.Counts.Deleted);
        Assert.IsEmpty(await store.QueryAsync("SELECT * FROM submissions"));
        Assert.HasCount(3, await StoredPlans.LoadAsync(store));
    }

    [TestMethod]
    public async Task AWorkbookDroppedMidDownloadIsResumedAndStoredOnce()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        TestLibrary.Populate(standIn, 2);
        standIn.AddFile(WorkbookId, "市民課.xlsx", TestLibrary.PlansFolderId, Workbook((2021, "35 手続")));
        // The stand-in drops only the first download of an item, so the faulty run goes first.
        standIn.Faults.DropOnce[WorkbookId] = true;
        await using var faulty = await TestLibrary.NewStoreAsync("faulty");
        var outcome = await TestLibrary.HarvestAsync(standIn, faulty);
        Assert.AreEqual(HarvestRunStatus.Completed, outcome.Status);
        Assert.IsTrue(standIn.Requests.Any(r => r.Url.StartsWith($"/_download/{WorkbookId}", StringComparison.Ordinal) && r.Range is not null));

        standIn.Faults.Clear();
        await using var clean = await TestLibrary.NewStoreAsync("clean");
        await TestLibrary.HarvestAsync(standIn, clean);
        CollectionAssert.AreEqual((await StoreContents.DumpAsync(clean)).ToList(), (await StoreContents.DumpAsync(faulty)).ToList());
        Assert.HasCount(1, await faulty.QueryAsync(ActualsQuery));
    }
}
