using OfficeDx.Storage.Harvesting;

namespace OfficeDx.Storage.Tests;

/// <summary>
/// A run named beforehand (as a scheduled job names its run) and stopped halfway is taken up under the same id: the documents
/// it took in before it stopped count as its own, the rest are fetched, and it finishes once.
/// </summary>
[TestClass]
public sealed class ResumedRunTests
{
    [TestMethod]
    public async Task ARunStoppedHalfwayIsTakenUpUnderItsIdAndFinishedOnce()
    {
        var folder = TestFolders.Create();
        var docs = folder.CreateSubdirectory("docs");
        var names = TestFolders.SampleNames();
        foreach (var name in names) TestFolders.WritePlan(docs, $"{name}/plan.docx", TestFolders.Sample(name));
        await using var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "store.db")));
        var runId = Guid.NewGuid().ToString("N");

        // Stopped once the first document is in: the run ends as failed, the source's position is not advanced.
        using var stop = new CancellationTokenSource();
        var progress = new SynchronousProgress(p => { if (p.Done == 1) stop.Cancel(); });
        await Assert.ThrowsExactlyAsync<OperationCanceledException>(() => new Harvester(store).RunAsync(runId, new LocalFolderSource(docs), progress, stop.Token));
        Assert.AreEqual(HarvestRunStatus.Failed, (await store.FindRunAsync(runId))!.Status);
        Assert.AreEqual("1", (await store.QueryAsync("SELECT COUNT(*) FROM documents"))[0][0]);

        var resumed = await new Harvester(store).RunAsync(runId, new LocalFolderSource(docs));
        Assert.AreEqual(HarvestRunStatus.Completed, resumed.Status);
        Assert.AreEqual(names.Count, resumed.Counts.Harvested, "the document taken in before the stop is this run's too");
        Assert.AreEqual(0, resumed.Counts.Unchanged);
        Assert.AreEqual("1", (await store.QueryAsync("SELECT COUNT(*) FROM harvest_runs"))[0][0], "one run, not two");
        Assert.AreEqual(names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (await store.QueryAsync("SELECT COUNT(*) FROM documents WHERE last_run_id = @r", default, ("r", runId)))[0][0]);
        var stopped = resumed.Errors.Single();
        Assert.AreEqual(1, stopped.Sequence);
        StringAssert.Contains(stopped.Message, "取り消されました");

        // Performed again after it finished (a job whose worker died between the run's end and the job's): nothing happens.
        var before = await StoreContents.DumpAsync(store);
        var again = await new Harvester(store).RunAsync(runId, new LocalFolderSource(docs));
        Assert.AreEqual(resumed.Counts, again.Counts);
        Assert.AreEqual("1", (await store.QueryAsync("SELECT COUNT(*) FROM harvest_runs"))[0][0]);
        CollectionAssert.AreEqual(before.ToList(), (await StoreContents.DumpAsync(store)).ToList());
    }

    /// <summary>Reports on the harvesting thread (Progress&lt;T&gt; would post to the thread pool, too late to stop the next file).</summary>
    private sealed class SynchronousProgress(Action<HarvestProgress> report) : IProgress<HarvestProgress>
    {
        public void Report(HarvestProgress value) => report(value);
    }
}
