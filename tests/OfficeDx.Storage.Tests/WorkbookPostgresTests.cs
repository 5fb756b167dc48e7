using OfficeDx.Storage.Harvesting;

namespace OfficeDx.Storage.Tests;

/// <summary>Department workbooks harvested into PostgreSQL and SQLite give the same submissions and the same answers.</summary>
[TestClass]
public sealed class WorkbookPostgresTests
{
    [TestMethod]
    public async Task SqliteAndPostgresHoldTheSameSubmissionsAndAnswerTheActualsQueryAlike()
    {
        var folder = TestFolders.Create();
        var docs = folder.CreateSubdirectory("docs");
        DepartmentWorkbooks.Write(docs, DepartmentWorkbooks.Plan);
        var source = new LocalFolderSource(docs);

        await using var database = await PostgresDatabase.CreateAsync();
        await using var postgres = await HarvestStore.OpenAsync(database.Location);
        await using var sqlite = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "s.db")));
        await new Harvester(postgres).RunAsync(source);
        await new Harvester(sqlite).RunAsync(source);

        var dump = await StoreContents.DumpAsync(sqlite);
        Assert.IsTrue(dump.Any(l => l.StartsWith("submissions|", StringComparison.Ordinal)));
        CollectionAssert.AreEqual(dump.ToList(), (await StoreContents.DumpAsync(postgres)).ToList());
        var fromSqlite = DepartmentWorkbooks.Lines(await sqlite.QueryAsync(DepartmentWorkbooks.ActualsQuery));
        Assert.HasCount(4, fromSqlite);
        CollectionAssert.AreEqual(fromSqlite.ToList(), DepartmentWorkbooks.Lines(await postgres.QueryAsync(DepartmentWorkbooks.ActualsQuery)).ToList());

        const string progress = """
            SELECT s.plan_id, s.fiscal_year, COUNT(*) AS reported
            FROM submissions s JOIN plans p ON p.plan_id = s.plan_id
            WHERE s.field = '実績'
            GROUP BY s.plan_id, s.fiscal_year
            """;
        CollectionAssert.AreEqual(DepartmentWorkbooks.Lines(await sqlite.QueryAsync(progress)).ToList(), DepartmentWorkbooks.Lines(await postgres.QueryAsync(progress)).ToList());
    }

    [TestMethod]
    public async Task ProposedMeasuresAndTermsAreStoredAndQueriedAlikeInSqliteAndPostgres()
    {
        var folder = TestFolders.Create();
        var workbook = ProposalWorkbook.Write(folder.CreateSubdirectory("docs"));
        var source = new LocalFolderSource(workbook.Docs);
        await using var database = await PostgresDatabase.CreateAsync();
        await using var postgres = await HarvestStore.OpenAsync(database.Location);
        await using var sqlite = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "s.db")));
        await new Harvester(postgres).RunAsync(source);
        await new Harvester(sqlite).RunAsync(source);

        CollectionAssert.AreEqual((await StoreContents.DumpAsync(sqlite)).ToList(), (await StoreContents.DumpAsync(postgres)).ToList());
        const string added = """
            SELECT department, measure_id, field, value FROM submissions WHERE measure_id LIKE 'new:%' OR measure_id LIKE 'term:%'
            """;
        var fromSqlite = DepartmentWorkbooks.Lines(await sqlite.QueryAsync(added));
        Assert.HasCount(6, fromSqlite);
        CollectionAssert.AreEqual(fromSqlite.ToList(), DepartmentWorkbooks.Lines(await postgres.QueryAsync(added)).ToList());
        var kinds = (await StoredSubmissions.LoadAsync(postgres)).GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.AreEqual(3, kinds[SubmissionKind.Proposal]);
        Assert.AreEqual(3, kinds[SubmissionKind.Term]);
    }

    [TestMethod]
    public async Task RewritingAnUnchangedWorkbookIntoPostgresChangesNoRowNorItsHarvestedTime()
    {
        var folder = TestFolders.Create();
        var docs = folder.CreateSubdirectory("docs");
        DepartmentWorkbooks.Write(docs, DepartmentWorkbooks.Plan);
        await using var database = await PostgresDatabase.CreateAsync();
        await using var store = await HarvestStore.OpenAsync(database.Location);
        var harvester = new Harvester(store);
        await harvester.RunAsync(new LocalFolderSource(docs));
        var first = DepartmentWorkbooks.Lines(await store.QueryAsync("SELECT * FROM submissions"));

        // Saved again by a department without changes: a new eTag, so it is downloaded and read again, and every upsert is a no-op.
        foreach (var file in new DirectoryInfo(Path.Combine(docs.FullName, "excel")).GetFiles()) file.LastWriteTimeUtc = DateTime.UtcNow.AddMinutes(1);
        var again = await harvester.RunAsync(new LocalFolderSource(docs));

        Assert.AreEqual(DepartmentWorkbooks.Departments.Length, again.Counts.Harvested);
        CollectionAssert.AreEqual(first.ToList(), DepartmentWorkbooks.Lines(await store.QueryAsync("SELECT * FROM submissions")).ToList());
    }
}
