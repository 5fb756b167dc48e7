using OfficeDx.Storage.Harvesting;
using OfficeDx.Testing.Hostile;

namespace OfficeDx.Storage.Tests.Hostile;

/// <summary>Issue 12: a folder harvest records each damaged or hostile file with its reason, stores the rest, and always ends.</summary>
[TestClass]
public sealed class HostileHarvestTests
{
    private static readonly (string Name, Func<byte[]> Bytes)[] Damaged =
    [
        ("nested.docx", () => HostileFiles.NestedContentControls()),
        ("bomb.docx", () => HostileFiles.DeflateBomb(48L * 1024 * 1024)),
        ("styles-missing.docx", () => HostileFiles.MissingPart("word/styles.xml")),
        ("core-missing.docx", () => HostileFiles.MissingPart("docProps/core.xml")),
        ("empty-rels.docx", HostileFiles.EmptyRootRelationships),
        ("garbage-custom-rels.docx", HostileFiles.GarbageCustomPropertiesRelationship),
        ("unknown-compression.docx", HostileFiles.UnknownCompression),
        ("duplicate-entry.docx", HostileFiles.DuplicateEntry),
        ("truncated.docx", () => HostileFiles.Truncated()),
        ("xxe.docx", () => HostileFiles.ExternalEntity()),
    ];

    private static async Task<(DirectoryInfo Docs, HarvestStore Store)> FolderAsync(int good)
    {
        var folder = TestFolders.Create();
        var docs = folder.CreateSubdirectory("docs");
        TestFolders.WritePlan(docs, "good-00.docx", TestFolders.Sample("hachinohe"));
        var bytes = File.ReadAllBytes(Path.Combine(docs.FullName, "good-00.docx"));
        for (var i = 1; i < good; i++) File.WriteAllBytes(Path.Combine(docs.FullName, $"good-{i:00}.docx"), bytes);
        foreach (var (name, make) in Damaged) File.WriteAllBytes(Path.Combine(docs.FullName, name), make());
        return (docs, await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "store.db"))));
    }

    [TestMethod]
    public async Task FiftyGoodAndTenDamagedFilesStoreTheFiftyRecordTheTenAndFinishWithErrors()
    {
        var (docs, store) = await FolderAsync(50);
        await using var _ = store;

        var outcome = await new Harvester(store).RunAsync(new LocalFolderSource(docs));

        Assert.AreEqual(HarvestRunStatus.CompletedWithErrors, outcome.Status);
        Assert.AreEqual(60, outcome.Counts.Seen);
        Assert.AreEqual(0, outcome.Counts.Failed);
        Assert.HasCount(50, await StoredPlans.LoadAsync(store));
        foreach (var (name, _) in Damaged)
        {
            var error = outcome.Errors.SingleOrDefault(e => e.Path == name);
            Assert.IsNotNull(error, $"{name} is not recorded: {string.Join("\n", outcome.Errors.Select(e => $"{e.Path}: {e.Message}"))}");
            Assert.IsTrue(error.Message.Any(c => c is >= '\u3040' and <= '\u30FF'), $"{name}: {error.Message}");
        }
        StringAssert.Contains(outcome.Errors.Single(e => e.Path == "nested.docx").Message, "MaxXmlDepth");
        StringAssert.Contains(outcome.Errors.Single(e => e.Path == "bomb.docx").Message, "MaxPartBytes");
        Assert.AreEqual(HarvestRunStatus.CompletedWithErrors, (await store.RecentRunsAsync(1))[0].Status);
    }

    [TestMethod]
    public async Task ARefusedFileIsNotReadAgainUntilItChanges()
    {
        var (docs, store) = await FolderAsync(1);
        await using var _ = store;
        var harvester = new Harvester(store);
        await harvester.RunAsync(new LocalFolderSource(docs));

        var second = await harvester.RunAsync(new LocalFolderSource(docs));

        Assert.AreEqual(HarvestRunStatus.Completed, second.Status);
        Assert.AreEqual(1 + Damaged.Length, second.Counts.Unchanged);
    }

    [TestMethod]
    public async Task ACancelledRunEndsAsFailedNotRunning()
    {
        var (docs, store) = await FolderAsync(5);
        await using var _ = store;
        using var cancel = new CancellationTokenSource();
        var progress = new InlineProgress(p => { if (p.Done >= 2) cancel.Cancel(); });

        await Assert.ThrowsAsync<OperationCanceledException>(() => new Harvester(store).RunAsync(new LocalFolderSource(docs), progress, cancel.Token));

        var run = (await store.RecentRunsAsync(1))[0];
        Assert.AreEqual(HarvestRunStatus.Failed, run.Status);
        Assert.IsNotNull(run.FinishedAt);
    }

    private sealed class InlineProgress(Action<HarvestProgress> report) : IProgress<HarvestProgress>
    {
        public void Report(HarvestProgress value) => report(value);
    }
}
