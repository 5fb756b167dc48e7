using System.Text.Json.Nodes;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Core.Validation;
using OfficeDx.SharePoint.Lists;
using OfficeDx.SharePoint.Tests.StandIn;
using OfficeDx.Storage;

namespace OfficeDx.SharePoint.Tests;

/// <summary>The SharePoint-list sink, through the real Graph SDK against the stand-in's list endpoints.</summary>
[TestClass]
public sealed class SharePointListSinkTests
{
    private const string ListId = "list-progress";
    private const string ListTitle = "施策の進捗";
    private static readonly SharePointListLocation Location = SharePointListLocation.Parse($"sharepoint-list:{GraphStandIn.Host}/{GraphStandIn.SitePath}/{ListTitle}");

    private static Plan Akita(string actual2022) =>
        PlanFile.Load(RepositoryFiles.SamplePlan("akita")) is var plan
            ? plan with
            {
                Areas = plan.Areas.Select(a => a with
                {
                    Measures = a.Measures.Select(m => m.Id != "akita-1-01" ? m : m with
                    {
                        Indicators = [m.Indicators[0] with
                  {
                      Baseline = new IndicatorValue { FiscalYear = new FiscalYear(2020), Value = "38.4%" },
                      Targets = [new IndicatorValue { FiscalYear = new FiscalYear(2025), Value = "100%" }],
                      Actuals = [new IndicatorValue { FiscalYear = new FiscalYear(2021), Value = "45.2%" }, new IndicatorValue { FiscalYear = new FiscalYear(2022), Value = actual2022 }],
                  }, .. m.Indicators.Skip(1)],
                    }).ToArray()
                }).ToArray()
            }
            : throw new InvalidOperationException();

    private static IReadOnlyList<ListRow> Rows(Plan plan) => MeasureProgressRows.From([new StoredPlan("d", "s", "akita.docx", plan)]);

    private static async Task<GraphStandIn> StandInWithListAsync()
    {
        var standIn = await GraphStandIn.StartAsync();
        standIn.Lists.AddList(ListId, "progress", ListTitle);
        standIn.Lists.PageSize = 4; // the Akita plan's active measures span several pages
        return standIn;
    }

    private static SharePointListSink Sink(GraphStandIn standIn) =>
        new(GraphClients.Create(new StaticTokenCredential(TestLibrary.BearerToken), standIn.BaseUrl), Location);

    private static JsonObject ItemOf(GraphStandIn standIn, string measureId) =>
        standIn.Lists.Items(ListId).Values.Single(i => (string?)i[MeasureProgressRows.MeasureIdColumn] == measureId);

    [TestMethod]
    public async Task EachActiveMeasureBecomesOneItemWithItsIndicatorProgress()
    {
        await using var standIn = await StandInWithListAsync();
        var plan = Akita("52.0%");
        var rows = Rows(plan);

        var outcome = await Sink(standIn).WriteAsync(rows);

        var active = plan.AllMeasures().Count(m => m.State != MeasureState.Completed);
        Assert.AreEqual(new ListSinkOutcome(active, 0, 0), outcome);
        Assert.HasCount(active, standIn.Lists.Items(ListId));
        var item = ItemOf(standIn, "akita-1-01");
        Assert.AreEqual(plan.Id, (string?)item[MeasureProgressRows.PlanIdColumn]);
        Assert.AreEqual(plan.AllMeasures().Single(m => m.Id == "akita-1-01").Name, (string?)item["Title"]);
        Assert.AreEqual("38.4%", (string?)item["Baseline"]);
        Assert.AreEqual(2025, (int?)item["TargetFiscalYear"]);
        Assert.AreEqual("100%", (string?)item["Target"]);
        Assert.AreEqual(2022, (int?)item["ActualFiscalYear"]);
        Assert.AreEqual("52.0%", (string?)item["Actual"]);
        Assert.AreEqual("デジタル化推進本部、企画財政部情報統計課", (string?)item["Departments"]);
        Assert.IsTrue(standIn.Requests.Where(r => r.Url.Contains("/lists", StringComparison.Ordinal)).All(r => r.Authorized));
    }

    [TestMethod]
    public async Task PlansHarvestedFromTheLibraryAreWrittenOncePerPlanAndMeasure()
    {
        await using var standIn = await StandInWithListAsync();
        TestLibrary.Populate(standIn, 3);
        await using var store = await TestLibrary.NewStoreAsync("sink");
        await TestLibrary.HarvestAsync(standIn, store);
        var plans = await StoredPlans.LoadAsync(store);

        var first = await Sink(standIn).WriteAsync(MeasureProgressRows.From(plans));
        var again = await Sink(standIn).WriteAsync(MeasureProgressRows.From(await StoredPlans.LoadAsync(store)));

        var perPlan = plans[0].Plan.AllMeasures().Count(m => m.State != MeasureState.Completed);
        Assert.AreEqual(new ListSinkOutcome(3 * perPlan, 0, 0), first);
        Assert.AreEqual(new ListSinkOutcome(0, 0, 3 * perPlan), again);
        var keys = standIn.Lists.Items(ListId).Values.Select(i => $"{i[MeasureProgressRows.PlanIdColumn]}|{i[MeasureProgressRows.MeasureIdColumn]}").ToList();
        Assert.HasCount(3 * perPlan, keys.Distinct());
        CollectionAssert.AreEquivalent(new[] { "plan-000", "plan-001", "plan-002" }, keys.Select(k => k.Split('|')[0]).Distinct().ToList());
    }

    [TestMethod]
    public async Task WritingAgainChangesNothingAndAChangedValueUpdatesTheSameItem()
    {
        await using var standIn = await StandInWithListAsync();
        await Sink(standIn).WriteAsync(Rows(Akita("52.0%")));
        var before = standIn.Lists.Items(ListId);
        var idBefore = before.Single(i => (string?)i.Value[MeasureProgressRows.MeasureIdColumn] == "akita-1-01").Key;
        standIn.Requests.Clear();

        var again = await Sink(standIn).WriteAsync(Rows(Akita("52.0%")));

        Assert.AreEqual(new ListSinkOutcome(0, 0, before.Count), again);
        Assert.IsFalse(standIn.Requests.Any(r => r.Method is "POST" or "PATCH"));
        Assert.IsTrue(standIn.Requests.Count(r => r.Url.Contains("/items", StringComparison.Ordinal)) > 1, "the items are read page by page");

        var changed = await Sink(standIn).WriteAsync(Rows(Akita("61.5%")));

        Assert.AreEqual(new ListSinkOutcome(0, 1, before.Count - 1), changed);
        var after = standIn.Lists.Items(ListId);
        Assert.HasCount(before.Count, after);
        Assert.AreEqual("61.5%", (string?)after[idBefore]["Actual"]);
    }

    [TestMethod]
    public async Task AnItemAPersonMadeIsMatchedByPlanAndMeasureIdAndKeepsItsOtherColumns()
    {
        await using var standIn = await StandInWithListAsync();
        var plan = Akita("52.0%");
        var manual = standIn.Lists.AddItem(ListId, new JsonObject
        {
            ["Title"] = "手入力",
            [MeasureProgressRows.PlanIdColumn] = plan.Id,
            [MeasureProgressRows.MeasureIdColumn] = "akita-1-01",
            ["Comment"] = "会議で確認済み",
        });
        standIn.Lists.AddItem(ListId, new JsonObject { ["Title"] = "別の用途の項目" });

        await Sink(standIn).WriteAsync(Rows(plan));

        var items = standIn.Lists.Items(ListId);
        Assert.AreEqual(1, items.Values.Count(i => (string?)i[MeasureProgressRows.MeasureIdColumn] == "akita-1-01"));
        Assert.AreEqual("会議で確認済み", (string?)items[manual]["Comment"]);
        Assert.AreEqual("52.0%", (string?)items[manual]["Actual"]);
        Assert.IsTrue(items.Values.Any(i => (string?)i["Title"] == "別の用途の項目"));
    }

    private static Plan Changed(Plan plan, Func<Measure, Measure?> change)
    {
        Area Apply(Area area) => area with { Measures = area.Measures.Select(change).OfType<Measure>().ToArray(), Areas = area.Areas.Select(Apply).ToArray() };
        return plan with { Areas = plan.Areas.Select(Apply).ToArray() };
    }

    private static Task<ListSinkOutcome> WriteAsync(GraphStandIn standIn, Plan plan) =>
        Sink(standIn).WriteAsync(Rows(plan), MeasureProgressRows.Keys([new StoredPlan("d", "s", "akita.docx", plan)]));

    [TestMethod]
    public async Task AnItemWhoseMeasureIsGoneFromAWrittenPlanIsDeletedEvenWhenThrottledAndOtherPlansItemsAreKept()
    {
        await using var standIn = await StandInWithListAsync();
        var plan = Akita("52.0%");
        var first = await WriteAsync(standIn, plan);
        var other = standIn.Lists.AddItem(ListId, new JsonObject
        {
            ["Title"] = "別の計画",
            [MeasureProgressRows.PlanIdColumn] = "other-plan",
            [MeasureProgressRows.MeasureIdColumn] = "other-1-01",
        });
        var keyless = standIn.Lists.AddItem(ListId, new JsonObject { ["Title"] = "別の用途の項目" });
        var gone = Rows(plan)[1].MeasureId;
        var before = standIn.Lists.Items(ListId);
        standIn.Requests.Clear();
        // The deletion is the run's first write: throttled once, retried by the SDK, deleted once.
        standIn.Faults.ThrottleListWrites[first.Created + 1] = true;

        var outcome = await WriteAsync(standIn, Changed(plan, m => m.Id == gone ? null : m));

        Assert.AreEqual(new ListSinkOutcome(0, 0, first.Created - 1, 1), outcome);
        var after = standIn.Lists.Items(ListId);
        Assert.HasCount(before.Count - 1, after);
        Assert.IsFalse(after.Values.Any(i => (string?)i[MeasureProgressRows.MeasureIdColumn] == gone));
        Assert.IsTrue(after.ContainsKey(other) && after.ContainsKey(keyless), "items of other plans and items without keys are never touched");
        Assert.AreEqual(2, standIn.Requests.Count(r => r.Method == "DELETE"));
    }

    [TestMethod]
    public async Task ACompletedMeasureStillInThePlanKeepsItsItem()
    {
        await using var standIn = await StandInWithListAsync();
        var plan = Akita("52.0%");
        var first = await WriteAsync(standIn, plan);

        var outcome = await WriteAsync(standIn, Changed(plan, m => m.Id == "akita-1-01" ? m with { State = MeasureState.Completed } : m));

        Assert.AreEqual(new ListSinkOutcome(0, 0, first.Created - 1, 0), outcome);
        Assert.HasCount(first.Created, standIn.Lists.Items(ListId));
        Assert.AreEqual("52.0%", (string?)ItemOf(standIn, "akita-1-01")["Actual"]);
    }

    [TestMethod]
    public async Task ThrottledWritesAreRetriedWithoutDuplicates()
    {
        await using var standIn = await StandInWithListAsync();
        standIn.Faults.ThrottleListWrites[1] = true;
        standIn.Faults.ThrottleListWrites[3] = true;
        var rows = Rows(Akita("52.0%"));

        var outcome = await Sink(standIn).WriteAsync(rows);

        Assert.AreEqual(rows.Count, outcome.Created);
        Assert.HasCount(rows.Count, standIn.Lists.Items(ListId));
        Assert.AreEqual(rows.Count + 2, standIn.Requests.Count(r => r.Method == "POST"));
    }

    [TestMethod]
    public async Task AMissingListIsAPlainMessageNamingTheColumnsToCreate()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        var error = await Assert.ThrowsExactlyAsync<SharePointException>(() => Sink(standIn).WriteAsync(Rows(Akita("52.0%"))));
        StringAssert.Contains(error.Message, $"リスト「{ListTitle}」がありません");
        StringAssert.Contains(error.Message, MeasureProgressRows.MeasureIdColumn);
    }

    [TestMethod]
    public async Task ASiteWithoutAWriteGrantNamesSitesSelected()
    {
        await using var standIn = await StandInWithListAsync();
        standIn.Faults.Forbidden = true;
        var error = await Assert.ThrowsExactlyAsync<SharePointException>(() => Sink(standIn).WriteAsync(Rows(Akita("52.0%"))));
        StringAssert.Contains(error.Message, "Sites.Selected");
        Assert.DoesNotContain(TestLibrary.BearerToken, error.Message);
    }

    [TestMethod]
    [DataRow("sharepoint-list:contoso.sharepoint.com/sites/dx/施策の進捗", "contoso.sharepoint.com", "sites/dx", "施策の進捗")]
    [DataRow("sharepoint-list:https://contoso.sharepoint.com/teams/dx/Progress%20List", "contoso.sharepoint.com", "teams/dx", "Progress List")]
    public void ListLocationsAreReadFromHostSiteAndListName(string text, string host, string site, string list) =>
        Assert.AreEqual(new SharePointListLocation(host, site, list), SharePointListLocation.Parse(text));

    [TestMethod]
    [DataRow("sharepoint-list:contoso.sharepoint.com/sites/dx")]
    [DataRow("sharepoint-list:contoso.sharepoint.com/lists/dx/施策")]
    [DataRow("sharepoint-list:contoso.sharepoint.com/sites/dx/a/b")]
    public void AListLocationWithoutSiteAndListIsRefusedInJapanese(string text) =>
        StringAssert.Contains(Assert.ThrowsExactly<SharePointException>(() => SharePointListLocation.Parse(text)).Message, "sharepoint-list:テナント.sharepoint.com/sites/サイト名/リスト名");
}
