using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reports;
using OfficeDx.Storage.Harvesting;
using OfficeDx.Storage.Reports;

namespace OfficeDx.Storage.Tests.Reports;

/// <summary>
/// The Akita sample with a baseline and target on two indicators, its plan document, and the workbooks of three departments
/// returned with actuals for 令和3・4年度 (akita-1-01: 45.2% → 52%; akita-1-02: 35 手続 in 令和3年度, nothing in 令和4年度), one
/// department (市民課) moving akita-1-02's 令和4年度 back to 準備・検討. All harvested from a folder into a SQLite store: the
/// actuals reach the store only through the workbooks.
/// </summary>
public sealed class ProgressFixture : IAsyncDisposable
{
    public static readonly FiscalYear ReportYear = new(2022);

    private ProgressFixture(DirectoryInfo folder, HarvestStore store, ProgressReport report, Profile profile)
    {
        Folder = folder;
        Store = store;
        Report = report;
        Profile = profile;
    }

    public DirectoryInfo Folder { get; }
    public HarvestStore Store { get; }
    public ProgressReport Report { get; }
    public Profile Profile { get; }

    public static Plan Plan { get; } = WithTargets(TestFolders.Sample("akita"));

    public static async Task<ProgressFixture> CreateAsync()
    {
        var folder = TestFolders.Create();
        var docs = folder.CreateSubdirectory("docs");
        TestFolders.WritePlan(docs, "akita.docx", Plan);
        var returned = DepartmentWorkbooks.WithActuals(Plan, new()
        {
            ["akita-1-01"] = [(2021, "45.2%"), (2022, "52%")],
            ["akita-1-02"] = [(2021, "35 手続")],
        });
        var excel = docs.CreateSubdirectory("excel");
        DepartmentWorkbooks.WriteWorkbook(excel, returned, DepartmentWorkbooks.Digital);
        DepartmentWorkbooks.WriteWorkbook(excel, returned, DepartmentWorkbooks.Statistics);
        DepartmentWorkbooks.WriteWorkbook(excel, Delayed(returned, "akita-1-02", ReportYear), DepartmentWorkbooks.Citizens);
        var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "store.db")));
        var outcome = await new Harvester(store).RunAsync(new LocalFolderSource(docs));
        Assert.AreEqual(HarvestRunStatus.Completed, outcome.Status, string.Join("\n", outcome.Errors.Select(e => $"{e.Path} {e.Place}: {e.Message}")));
        var (_, report) = await StoredProgress.BuildAsync(store, Plan.Id, ReportYear);
        return new ProgressFixture(folder, store, report, ProfileLibrary.Load(Plan.Profile));
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();

    private static Plan WithTargets(Plan plan) => Map(plan, m => m.Id switch
    {
        "akita-1-01" => m with { Indicators = [m.Indicators[0] with { Baseline = Value(2020, "38.4%"), Targets = [Value(2023, "100%")] }] },
        "akita-1-02" => m with { Indicators = [m.Indicators[0] with { Baseline = Value(2020, "31 手続"), Targets = [Value(2023, "46 手続")] }] },
        _ => m,
    });

    private static Plan Delayed(Plan plan, string measureId, FiscalYear year) => Map(plan, m => m.Id != measureId ? m : m with
    {
        Schedule = m.Schedule.Select(e => e.FiscalYear == year ? e with { Phase = Phase.Preparation } : e).ToArray(),
    });

    private static IndicatorValue Value(int year, string value) => new() { FiscalYear = new FiscalYear(year), Value = value };

    private static Plan Map(Plan plan, Func<Measure, Measure> change)
    {
        Area Fill(Area area) => area with { Measures = area.Measures.Select(change).ToArray(), Areas = area.Areas.Select(Fill).ToArray() };
        return plan with { Areas = plan.Areas.Select(Fill).ToArray() };
    }
}
