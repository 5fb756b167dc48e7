using OfficeDx.Core.Model;
using OfficeDx.Storage.Harvesting;

namespace OfficeDx.Storage.Tests;

/// <summary>Store writes batched in transactions: one commit for many documents, each document still all or nothing.</summary>
[TestClass]
public sealed class BatchTests
{
    private static DocumentRecord Document(string item) => new("local:batch", item, item + ".docx", "etag-" + item, 100);

    private static Plan Akita => TestFolders.Sample("akita");

    private static async Task<int> DocumentCountAsync(HarvestStore store) =>
        int.Parse((await store.QueryAsync("SELECT COUNT(*) FROM documents"))[0][0]!, System.Globalization.CultureInfo.InvariantCulture);

    [TestMethod]
    public async Task DocumentsSavedInABatchReachOtherConnectionsOnlyWhenItIsCommitted()
    {
        var file = Path.Combine(TestFolders.Create().FullName, "store.db");
        await using var writer = await HarvestStore.OpenAsync(StoreLocation.Sqlite(file));
        await using var reader = await HarvestStore.OpenAsync(StoreLocation.Sqlite(file));
        var run = await writer.BeginRunAsync("local:batch");

        await writer.BeginBatchAsync();
        await writer.SaveDocumentAsync(run, Document("a"), Akita, []);
        await writer.SaveDocumentAsync(run, Document("b"), Akita, []);
        Assert.AreEqual(2, await DocumentCountAsync(writer), "the batch sees its own writes");
        Assert.AreEqual(0, await DocumentCountAsync(reader), "nobody else sees them before the commit");

        await writer.CommitBatchAsync();
        Assert.AreEqual(2, await DocumentCountAsync(reader));
    }

    [TestMethod]
    public async Task RollingBackABatchLeavesTheStoreAsItWas()
    {
        await using var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(TestFolders.Create().FullName, "store.db")));
        var run = await store.BeginRunAsync("local:batch");
        await store.SaveDocumentAsync(run, Document("kept"), Akita, []);
        var before = await StoreContents.DumpAsync(store);

        await store.BeginBatchAsync();
        await store.SaveDocumentAsync(run, Document("dropped"), Akita, []);
        await store.MarkDeletedAsync(run, "local:batch", "kept");
        await store.RollbackBatchAsync();

        CollectionAssert.AreEqual(before.ToList(), (await StoreContents.DumpAsync(store)).ToList());
    }

    [TestMethod]
    public async Task ADocumentPostgresRefusesHalfwayLeavesTheRestOfItsBatchStored()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var store = await HarvestStore.OpenAsync(database.Location);
        var run = await store.BeginRunAsync("local:batch");
        // PostgreSQL refuses a NUL in text, after the document's plan row is in: the statement fails in the middle of the document.
        var refused = Akita with { Areas = Akita.Areas.Select((a, i) => i == 0 ? a with { Title = "分野\0" } : a).ToArray() };

        await store.BeginBatchAsync();
        await store.SaveDocumentAsync(run, Document("before"), Akita, []);
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => store.SaveDocumentAsync(run, Document("refused"), refused, []));
        await store.SaveDocumentAsync(run, Document("after"), Akita, []);
        await store.CommitBatchAsync();

        var stored = await store.QueryAsync("SELECT item_id FROM documents ORDER BY item_id");
        CollectionAssert.AreEqual(new[] { "after", "before" }, stored.Select(r => r[0]).ToArray());
        Assert.AreEqual("0", (await store.QueryAsync("SELECT COUNT(*) FROM plans WHERE document_id = @d", default, ("d", Document("refused").DocumentId)))[0][0],
            "none of the refused document's rows is left");
    }

    [TestMethod]
    public async Task AHarvestOfManyFilesCommitsInBatchesAndStoresThemAll()
    {
        var folder = TestFolders.Create();
        var docs = folder.CreateSubdirectory("docs");
        var small = Akita with { Areas = [Akita.Areas[0] with { Measures = [Akita.Areas[0].Measures[0]], Areas = [] }] };
        var count = Harvester.BatchSize + 30;
        for (var i = 0; i < count; i++) TestFolders.WritePlan(docs, $"plan-{i:000}.docx", small with { Id = $"plan-{i:000}" });
        var file = Path.Combine(folder.FullName, "store.db");
        await using var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(file));
        await using var observer = await HarvestStore.OpenAsync(StoreLocation.Sqlite(file));
        var seenMidway = -1;
        var seenAfterFirst = -1;
        var reportsOfOneDone = 0;
        // Progress is reported synchronously from the harvest loop; the last file is announced before it is stored.
        var progress = new SynchronousProgress<HarvestProgress>(p =>
        {
            if (p.Done == count - 1 && seenMidway < 0) seenMidway = DocumentCountAsync(observer).GetAwaiter().GetResult();
            // "1 done" comes twice: once the first file is stored, and before the second one is, after the first batch's commit.
            if (p.Done == 1 && ++reportsOfOneDone == 2) seenAfterFirst = DocumentCountAsync(observer).GetAwaiter().GetResult();
        });

        var outcome = await new Harvester(store).RunAsync(new LocalFolderSource(docs), progress);

        Assert.AreEqual(HarvestRunStatus.Completed, outcome.Status);
        Assert.AreEqual(count, await DocumentCountAsync(observer));
        // More files than one batch holds: some batch was committed before the end, and the files of the open one were not yet.
        Assert.IsTrue(seenMidway > 0 && seenMidway < count - 1, $"{seenMidway} of {count} seen before the last file");
        Assert.AreEqual(1, seenAfterFirst, "the first file is committed on its own, so a run shows in the store at once");
    }

    [TestMethod]
    public async Task NoBatchHoldsTheStoreWhileAFileIsStillDownloading()
    {
        var folder = TestFolders.Create();
        var docs = folder.CreateSubdirectory("docs");
        var small = Akita with { Areas = [Akita.Areas[0] with { Measures = [Akita.Areas[0].Measures[0]], Areas = [] }] };
        for (var i = 0; i < 6; i++) TestFolders.WritePlan(docs, $"plan-{i:000}.docx", small with { Id = $"plan-{i:000}" });
        var file = Path.Combine(folder.FullName, "store.db");
        await using var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(file));
        await using var other = await HarvestStore.OpenAsync(StoreLocation.Sqlite(file));
        var source = new SlowFile(new LocalFolderSource(docs), "plan-004.docx");

        var harvest = new Harvester(store, readers: 1).RunAsync(source);
        await source.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // Another writer (the service taking a submission, say) gets the store at once, not after SQLite's 10 s busy timeout.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await other.BeginRunAsync("local:other").WaitAsync(TimeSpan.FromSeconds(5));
        Assert.IsLessThan(2.0, watch.Elapsed.TotalSeconds, "the other writer waited for the harvest's batch");
        Assert.AreEqual(4, await DocumentCountAsync(other), "the files before the slow one are committed");
        source.Release.SetResult();

        Assert.AreEqual(HarvestRunStatus.Completed, (await harvest).Status);
        Assert.AreEqual(6, await DocumentCountAsync(other));
    }

    /// <summary>A source whose one file does not come until the test lets it.</summary>
    private sealed class SlowFile(IDocumentSource inner, string slowName) : IDocumentSource
    {
        public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Key => inner.Key;

        public Task<SourceChanges> GetChangesAsync(SourceState state, CancellationToken cancellation) => inner.GetChangesAsync(state, cancellation);

        public async Task<Stream?> OpenReadAsync(SourceItem item, CancellationToken cancellation)
        {
            if (item.Path.EndsWith(slowName, StringComparison.Ordinal))
            {
                Waiting.TrySetResult();
                await Release.Task.WaitAsync(cancellation);
            }
            return await inner.OpenReadAsync(item, cancellation);
        }
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
