using OfficeDx.Storage.Harvesting;

namespace OfficeDx.Storage.Tests;

[TestClass]
public sealed class PostgresTests
{
    [TestMethod]
    public async Task SqliteAndPostgresHoldTheSameRowsAndAnswerQueriesAlike()
    {
        var folder = TestFolders.Create();
        var docs = folder.CreateSubdirectory("docs");
        foreach (var name in TestFolders.SampleNames()) TestFolders.WritePlan(docs, $"{name}.docx", TestFolders.Sample(name));
        var source = new LocalFolderSource(docs);

        await using var database = await PostgresDatabase.CreateAsync();
        await using var postgres = await HarvestStore.OpenAsync(database.Location);
        await using var sqlite = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "s.db")));
        await new Harvester(postgres).RunAsync(source);
        await new Harvester(sqlite).RunAsync(source);

        CollectionAssert.AreEqual((await StoreContents.DumpAsync(sqlite)).ToList(), (await StoreContents.DumpAsync(postgres)).ToList());
        const string progress = """
            SELECT p.municipality, s.fiscal_year, s.phase, COUNT(*) AS measures
            FROM schedule s JOIN plans p ON p.document_id = s.document_id
            GROUP BY p.municipality, s.fiscal_year, s.phase
            ORDER BY s.fiscal_year, s.phase, measures
            """;
        static string Flat(IEnumerable<string?[]> rows) => string.Join("\n", rows.Select(r => string.Join("|", r)).Order(StringComparer.Ordinal));
        var fromSqlite = await sqlite.QueryAsync(progress);
        Assert.IsNotEmpty(fromSqlite);
        Assert.AreEqual(Flat(fromSqlite), Flat(await postgres.QueryAsync(progress)));
    }

    [TestMethod]
    public async Task HarvestingTwiceIntoPostgresChangesNothing()
    {
        var folder = TestFolders.Create();
        TestFolders.WritePlan(folder, "akita.docx", TestFolders.Sample("akita"));
        await using var database = await PostgresDatabase.CreateAsync();
        await using var store = await HarvestStore.OpenAsync(database.Location);
        var harvester = new Harvester(store);
        await harvester.RunAsync(new LocalFolderSource(folder));
        var first = await StoreContents.DumpAsync(store);
        var again = await harvester.RunAsync(new LocalFolderSource(folder));
        Assert.AreEqual(1, again.Counts.Unchanged);
        CollectionAssert.AreEqual(first.ToList(), (await StoreContents.DumpAsync(store)).ToList());
    }
}
