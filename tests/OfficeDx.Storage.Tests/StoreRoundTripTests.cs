using CsCheck;
using OfficeDx.Core.Json;

namespace OfficeDx.Storage.Tests;

[TestClass]
public sealed class StoreRoundTripTests
{
    [TestMethod]
    public async Task RandomPlansComeBackFromSqliteUnchanged()
    {
        var folder = TestFolders.Create();
        await using var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "rt.db")));
        await RoundTrip(store, iterations: 100);
    }

    [TestMethod]
    public async Task RandomPlansComeBackFromPostgresUnchanged()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var store = await HarvestStore.OpenAsync(database.Location);
        await RoundTrip(store, iterations: 40);
    }

    private static async Task RoundTrip(HarvestStore store, int iterations)
    {
        var run = await store.BeginRunAsync("test");
        var n = 0;
        PlanGenerators.Plan.Sample(plan =>
        {
            var document = new DocumentRecord("test", $"item-{n++}", "plan.docx", "\"e1\"", 1);
            store.ClearAsync().GetAwaiter().GetResult();
            store.SaveDocumentAsync(run, document, plan, []).GetAwaiter().GetResult();
            var back = StoredPlans.LoadAsync(store).GetAwaiter().GetResult();
            Assert.HasCount(1, back);
            Assert.AreEqual(PlanJson.Serialize(plan), PlanJson.Serialize(back[0].Plan));
        }, iter: iterations, threads: 1);
    }

    [TestMethod]
    public async Task SavingTheSameDocumentAgainLeavesTheSameRows()
    {
        var folder = TestFolders.Create();
        await using var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "again.db")));
        var plan = TestFolders.Sample("akita");
        var document = new DocumentRecord("test", "item-1", "akita.docx", "\"e1\"", 10);
        await store.SaveDocumentAsync(await store.BeginRunAsync("test"), document, plan, []);
        var first = await StoreContents.DumpAsync(store);
        await store.SaveDocumentAsync(await store.BeginRunAsync("test"), document, plan, []);
        CollectionAssert.AreEqual(first.ToList(), (await StoreContents.DumpAsync(store)).ToList());
        Assert.IsTrue(first.Count(l => l.StartsWith("measures|", StringComparison.Ordinal)) > 10);
    }

    [TestMethod]
    public async Task DuplicateMeasureIdsAreReportedNotDropped()
    {
        var folder = TestFolders.Create();
        await using var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "dup.db")));
        var plan = TestFolders.Sample("akita");
        var area = plan.Areas[0];
        var twice = plan with { Areas = [area with { Measures = [.. area.Measures, area.Measures[0]] }, .. plan.Areas.Skip(1)] };
        var run = await store.BeginRunAsync("test");
        await store.SaveDocumentAsync(run, new DocumentRecord("test", "item-1", "dup.docx", "\"e\"", 1), twice, []);
        var errors = await store.ErrorsAsync(run);
        Assert.IsNotEmpty(errors);
        StringAssert.Contains(errors[0].Message, area.Measures[0].Id);
        Assert.AreEqual(1, (await store.QueryAsync("SELECT COUNT(*) FROM measures WHERE measure_id = @m", default, ("m", area.Measures[0].Id)))[0][0] is "1" ? 1 : 0);
        Assert.AreEqual("dup.docx", errors[0].Path);
    }

    [TestMethod]
    public async Task MigrationsAreAppliedOnce()
    {
        var folder = TestFolders.Create();
        var location = StoreLocation.Sqlite(Path.Combine(folder.FullName, "m.db"));
        await using (await HarvestStore.OpenAsync(location)) { }
        await using var store = await HarvestStore.OpenAsync(location);
        var rows = await store.QueryAsync("SELECT version, name FROM schema_migrations ORDER BY version");
        CollectionAssert.AreEqual(new[] { "0001_initial", "0002_submissions", "0003_workbook_archive", "0004_sharepoint_copy" }, rows.Select(r => r[1]).ToList());
    }

    [TestMethod]
    public async Task AStoreMadeBeforeTheSubmissionsMigrationGetsItWhenOpened()
    {
        var folder = TestFolders.Create();
        var location = StoreLocation.Sqlite(Path.Combine(folder.FullName, "old.db"));
        await using (var old = await HarvestStore.OpenAsync(location))
        {
            // Back to the schema of a store written before 0002: its plan rows stay, the submissions table is not there yet.
            await old.SaveDocumentAsync(await old.BeginRunAsync("test"), new DocumentRecord("test", "i1", "akita.docx", "\"e\"", 1), TestFolders.Sample("akita"), []);
            await old.QueryAsync("DROP TABLE submissions");
            await old.QueryAsync("DELETE FROM schema_migrations WHERE version = 2");
        }

        await using var store = await HarvestStore.OpenAsync(location);

        Assert.HasCount(4, await store.QueryAsync("SELECT version FROM schema_migrations"));
        Assert.IsEmpty(await store.QueryAsync("SELECT * FROM submissions"));
        Assert.HasCount(1, await StoredPlans.LoadAsync(store));
    }
}
