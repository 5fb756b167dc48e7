using OfficeDx.Core.Json;
using OfficeDx.Storage.Harvesting;

namespace OfficeDx.Storage.Tests;

[TestClass]
public sealed class LocalHarvestTests
{
    private static async Task<(DirectoryInfo Folder, HarvestStore Store)> SamplesAsync()
    {
        var folder = TestFolders.Create();
        var docs = folder.CreateSubdirectory("docs");
        foreach (var name in TestFolders.SampleNames()) TestFolders.WritePlan(docs, $"{name}/plan.docx", TestFolders.Sample(name));
        return (docs, await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "store.db"))));
    }

    [TestMethod]
    public async Task HarvestingAFolderStoresEverySamplePlan()
    {
        var (folder, store) = await SamplesAsync();
        await using var _ = store;
        var outcome = await new Harvester(store).RunAsync(new LocalFolderSource(folder));
        Assert.AreEqual(HarvestRunStatus.Completed, outcome.Status);
        Assert.AreEqual(TestFolders.SampleNames().Count, outcome.Counts.Harvested);
        var stored = await StoredPlans.LoadAsync(store);
        foreach (var name in TestFolders.SampleNames())
        {
            var plan = stored.Single(p => p.Path == $"{name}/plan.docx").Plan;
            Assert.AreEqual(PlanJson.Serialize(TestFolders.Sample(name)), PlanJson.Serialize(plan), name);
        }
    }

    [TestMethod]
    public async Task HarvestingTwiceChangesNothing()
    {
        var (folder, store) = await SamplesAsync();
        await using var _ = store;
        var harvester = new Harvester(store);
        await harvester.RunAsync(new LocalFolderSource(folder));
        var first = await StoreContents.DumpAsync(store);
        var again = await harvester.RunAsync(new LocalFolderSource(folder));
        Assert.AreEqual(0, again.Counts.Harvested);
        Assert.AreEqual(TestFolders.SampleNames().Count, again.Counts.Unchanged);
        CollectionAssert.AreEqual(first.ToList(), (await StoreContents.DumpAsync(store)).ToList());
    }

    [TestMethod]
    public async Task ChangedFilesAreReadAgainAndDeletedFilesAreRecorded()
    {
        var (folder, store) = await SamplesAsync();
        await using var _ = store;
        var harvester = new Harvester(store);
        TestFolders.WritePlan(folder, "copy/plan.docx", TestFolders.Sample("akita") with { Id = "copy" });
        await harvester.RunAsync(new LocalFolderSource(folder));
        var akita = TestFolders.Sample("akita");
        TestFolders.WritePlan(folder, "akita/plan.docx", akita with { Title = akita.Title + "（改訂）" });
        File.SetLastWriteTimeUtc(Path.Combine(folder.FullName, "akita/plan.docx"), DateTime.UtcNow.AddMinutes(1));
        File.Delete(Path.Combine(folder.FullName, "copy/plan.docx"));

        var outcome = await harvester.RunAsync(new LocalFolderSource(folder));
        Assert.AreEqual(1, outcome.Counts.Harvested);
        Assert.AreEqual(1, outcome.Counts.Deleted);
        var stored = await StoredPlans.LoadAsync(store);
        Assert.AreEqual(akita.Title + "（改訂）", stored.Single(p => p.Path == "akita/plan.docx").Plan.Title);
        Assert.IsFalse(stored.Any(p => p.Path == "copy/plan.docx"));
        var deleted = await store.QueryAsync("SELECT deleted FROM documents WHERE path = 'copy/plan.docx'");
        Assert.AreEqual("1", deleted.Single()[0]);
        Assert.IsEmpty(await store.QueryAsync("SELECT * FROM measures m JOIN documents d ON d.document_id = m.document_id WHERE d.path = 'copy/plan.docx'"));
    }

    [TestMethod]
    public async Task ABrokenFileIsRecordedWithItsReasonAndTheOthersStillCome()
    {
        var (folder, store) = await SamplesAsync();
        await using var _ = store;
        File.WriteAllText(Path.Combine(folder.FullName, "broken.docx"), "これは Word 文書ではありません");
        var outcome = await new Harvester(store).RunAsync(new LocalFolderSource(folder));
        Assert.AreEqual(HarvestRunStatus.CompletedWithErrors, outcome.Status);
        Assert.AreEqual(TestFolders.SampleNames().Count + 1, outcome.Counts.Harvested);
        var error = outcome.Errors.Single(e => e.Path == "broken.docx");
        Assert.IsFalse(string.IsNullOrWhiteSpace(error.Message));
        Assert.HasCount(TestFolders.SampleNames().Count, await StoredPlans.LoadAsync(store));
    }

    [TestMethod]
    public async Task ReadingManyFilesAtOnceStoresWhatReadingOneAtATimeStoresInTheSameOrder()
    {
        var (folder, first) = await SamplesAsync();
        await using var _ = first;
        File.WriteAllText(Path.Combine(folder.FullName, "broken.docx"), "これは Word 文書ではありません");
        for (var i = 0; i < 6; i++) TestFolders.WritePlan(folder, $"copies/{i}.docx", TestFolders.Sample("akita") with { Id = $"copy-{i}" });
        await using var second = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.Parent!.FullName, "second.db")));

        async Task<(IReadOnlyList<string> Rows, IReadOnlyList<string> Errors)> HarvestAsync(HarvestStore store, int readers)
        {
            var outcome = await new Harvester(store, readers).RunAsync(new LocalFolderSource(folder));
            Assert.AreEqual(TestFolders.SampleNames().Count + 7, outcome.Counts.Harvested);
            return (await StoreContents.DumpAsync(store), outcome.Errors.Select(e => $"{e.Sequence} {e.Path}: {e.Message}").ToList());
        }

        var one = await HarvestAsync(first, 1);
        var four = await HarvestAsync(second, 4);
        CollectionAssert.AreEqual(one.Rows.ToList(), four.Rows.ToList());
        CollectionAssert.AreEqual(one.Errors.ToList(), four.Errors.ToList());
    }

    [TestMethod]
    public async Task RecentRunsListNewestFirstWithCounts()
    {
        var (folder, store) = await SamplesAsync();
        await using var _ = store;
        var harvester = new Harvester(store);
        var first = await harvester.RunAsync(new LocalFolderSource(folder));
        var second = await harvester.RunAsync(new LocalFolderSource(folder));
        var runs = await store.RecentRunsAsync(10);
        Assert.HasCount(2, runs);
        Assert.AreEqual(second.RunId, runs[0].RunId);
        Assert.AreEqual(first.Counts, runs[1].Counts);
        Assert.AreEqual(HarvestRunStatus.Completed, runs[0].Status);
    }
}
