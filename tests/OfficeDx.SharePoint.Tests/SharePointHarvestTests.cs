using OfficeDx.SharePoint.Tests.StandIn;
using OfficeDx.Storage;

namespace OfficeDx.SharePoint.Tests;

[TestClass]
public sealed class SharePointHarvestTests
{
    [TestMethod]
    public async Task ACleanRunHarvestsEveryDocumentUnderTheFolderAndNothingElse()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        TestLibrary.Populate(standIn, 20);
        await using var store = await TestLibrary.NewStoreAsync("clean");

        var outcome = await TestLibrary.HarvestAsync(standIn, store);

        Assert.AreEqual(HarvestRunStatus.Completed, outcome.Status, string.Join("\n", outcome.Errors.Select(e => e.Message)));
        Assert.AreEqual(20, outcome.Counts.Harvested);
        var plans = await StoredPlans.LoadAsync(store);
        Assert.HasCount(20, plans);
        Assert.IsTrue(plans.Any(p => p.Path == "部局/計画書004.docx"));
        Assert.IsFalse(plans.Any(p => p.Path.Contains("別の計画", StringComparison.Ordinal)));
        // Paging: 20 files + 2 folders + root + 2 others in pages of 7.
        Assert.IsTrue(standIn.Requests.Count(r => r.Url.Contains("delta", StringComparison.Ordinal)) >= 4);
        // Pre-authenticated download URLs get no bearer token.
        var downloads = standIn.Requests.Where(r => r.Url.StartsWith("/_download/", StringComparison.Ordinal)).ToList();
        Assert.HasCount(20, downloads);
        Assert.IsFalse(downloads.Any(r => r.Authorized));
    }

    [TestMethod]
    public async Task AfterFaultsAndAResumedRunTheStoreEqualsACleanRunRowForRow()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        const int count = 25;
        var deletedMidRun = TestLibrary.FileId(12);

        // The clean run sees the library as it ends up: without the file that the faulty run sees deleted mid-run.
        TestLibrary.Populate(standIn, count);
        standIn.DeleteItem(deletedMidRun);
        await using var clean = await TestLibrary.NewStoreAsync("clean");
        Assert.AreEqual(HarvestRunStatus.Completed, (await TestLibrary.HarvestAsync(standIn, clean)).Status);
        var expected = await StoreContents.DumpAsync(clean);

        standIn.Reset();
        TestLibrary.Populate(standIn, count);
        standIn.Faults.ThrottleDeltaRequests[1] = true;
        standIn.Faults.UnavailableDeltaRequests[3] = true;
        standIn.Faults.DropOnce[TestLibrary.FileId(3)] = true;
        standIn.Faults.DropAlways[TestLibrary.FileId(5)] = true;
        standIn.Faults.DropAlways[TestLibrary.FileId(9)] = true;
        standIn.Faults.DeleteOnDownload[deletedMidRun] = true;
        await using var faulty = await TestLibrary.NewStoreAsync("faulty");

        var first = await TestLibrary.HarvestAsync(standIn, faulty);
        Assert.AreEqual(HarvestRunStatus.Incomplete, first.Status);
        Assert.AreEqual(2, first.Counts.Failed);
        Assert.AreEqual(count - 3, first.Counts.Harvested);
        // The dropped download resumes exactly where the received half ends.
        var resumed = standIn.Requests.Where(r => r.Url.StartsWith($"/_download/{TestLibrary.FileId(3)}", StringComparison.Ordinal)).ToList();
        Assert.HasCount(2, resumed);
        Assert.IsNull(resumed[0].Range);
        Assert.AreEqual($"bytes={TestLibrary.Document(3).Length / 2}-", resumed[1].Range);
        Assert.IsTrue(first.Errors.Any(e => e.Path == "計画書005.docx"));

        standIn.Faults.Clear();
        var second = await TestLibrary.HarvestAsync(standIn, faulty);
        Assert.AreEqual(HarvestRunStatus.Completed, second.Status, string.Join("\n", second.Errors.Select(e => e.Message)));
        Assert.AreEqual(2, second.Counts.Harvested);
        Assert.AreEqual(count - 3, second.Counts.Unchanged);

        CollectionAssert.AreEqual(expected.ToList(), (await StoreContents.DumpAsync(faulty)).ToList());
    }

    [TestMethod]
    public async Task AnIncrementalRunDownloadsOnlyChangedFilesAndRecordsDeletions()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        TestLibrary.Populate(standIn, 15);
        await using var store = await TestLibrary.NewStoreAsync("incremental");
        await TestLibrary.HarvestAsync(standIn, store);

        standIn.UpdateFile(TestLibrary.FileId(2), TestLibrary.Document(6));
        standIn.DeleteItem(TestLibrary.FileId(4));
        standIn.AddFile(TestLibrary.FileId(99), "追加.docx", TestLibrary.DepartmentsFolderId, TestLibrary.Document(7));
        standIn.Requests.Clear();

        var outcome = await TestLibrary.HarvestAsync(standIn, store);
        Assert.AreEqual(HarvestRunStatus.Completed, outcome.Status);
        Assert.AreEqual(2, outcome.Counts.Harvested);
        Assert.AreEqual(1, outcome.Counts.Deleted);
        Assert.AreEqual(2, standIn.Requests.Count(r => r.Url.StartsWith("/_download/", StringComparison.Ordinal)));
        Assert.IsTrue(standIn.Requests.Where(r => r.Url.Contains("delta", StringComparison.Ordinal)).All(r => r.Url.Contains("token=", StringComparison.Ordinal)));
        var deleted = await store.QueryAsync("SELECT deleted, path FROM documents WHERE item_id = @i", default, ("i", TestLibrary.FileId(4)));
        Assert.AreEqual("1", deleted.Single()[0]);

        // The same data set as harvesting the changed library from scratch.
        await using var fresh = await TestLibrary.NewStoreAsync("fresh");
        await TestLibrary.HarvestAsync(standIn, fresh);
        var ignoringDeletedRows = (await StoreContents.DumpAsync(store)).Where(l => !l.Contains(TestLibrary.FileId(4), StringComparison.Ordinal)).ToList();
        CollectionAssert.AreEqual((await StoreContents.DumpAsync(fresh)).ToList(), ignoringDeletedRows);
    }

    [TestMethod]
    public async Task AStaleDeltaTokenIsAnsweredByAFullResyncThatReconcilesDeletions()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        TestLibrary.Populate(standIn, 10);
        await using var store = await TestLibrary.NewStoreAsync("resync");
        await TestLibrary.HarvestAsync(standIn, store);

        standIn.DeleteItem(TestLibrary.FileId(1));
        standIn.UpdateFile(TestLibrary.FileId(2), TestLibrary.Document(5));
        standIn.StaleBefore = standIn.Sequence + 1;
        standIn.Requests.Clear();

        var outcome = await TestLibrary.HarvestAsync(standIn, store);
        Assert.AreEqual(HarvestRunStatus.Completed, outcome.Status);
        Assert.IsTrue(standIn.Requests.Any(r => r.Url.Contains("delta", StringComparison.Ordinal) && !r.Url.Contains("token=", StringComparison.Ordinal)), "a 410 should start a fresh enumeration");
        Assert.AreEqual(1, outcome.Counts.Deleted);
        Assert.AreEqual(1, outcome.Counts.Harvested);
        Assert.HasCount(9, await StoredPlans.LoadAsync(store));
    }

    [TestMethod]
    public async Task DeletingAFolderDeletesEveryDocumentInIt()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        TestLibrary.Populate(standIn, 10);
        await using var store = await TestLibrary.NewStoreAsync("folder");
        await TestLibrary.HarvestAsync(standIn, store);

        standIn.DeleteItem(TestLibrary.DepartmentsFolderId);
        var outcome = await TestLibrary.HarvestAsync(standIn, store);

        Assert.AreEqual(HarvestRunStatus.Completed, outcome.Status);
        Assert.AreEqual(2, outcome.Counts.Deleted); // 計画書004 and 計画書009 were in 部局
        var plans = await StoredPlans.LoadAsync(store);
        Assert.HasCount(8, plans);
        Assert.IsFalse(plans.Any(p => p.Path.StartsWith("部局/", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task ASiteWithoutAGrantGivesAPlainMessageNamingSitesSelected()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        TestLibrary.Populate(standIn, 2);
        standIn.Faults.Forbidden = true;
        await using var store = await TestLibrary.NewStoreAsync("forbidden");
        var outcome = await TestLibrary.HarvestAsync(standIn, store);
        Assert.AreEqual(HarvestRunStatus.Failed, outcome.Status);
        StringAssert.Contains(outcome.Errors.Single().Message, "Sites.Selected");
    }

    [TestMethod]
    public async Task SecretsNeverReachTheStoreOrItsMessages()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        TestLibrary.Populate(standIn, 6);
        standIn.Faults.DropAlways[TestLibrary.FileId(1)] = true;
        standIn.Faults.DeleteOnDownload[TestLibrary.FileId(2)] = true;
        await using var store = await TestLibrary.NewStoreAsync("secrets");
        var outcome = await TestLibrary.HarvestAsync(standIn, store);
        Assert.IsNotEmpty(outcome.Errors);

        foreach (var table in new[] { "documents", "sources", "harvest_runs", "harvest_errors", "plans" })
        {
            foreach (var row in await store.QueryAsync($"SELECT * FROM {table}"))
            {
                foreach (var value in row.Where(v => v is not null))
                {
                    Assert.DoesNotContain(GraphStandIn.DownloadSecret, value!, table);
                    Assert.DoesNotContain(TestLibrary.BearerToken, value!, table);
                }
            }
        }
        Assert.IsFalse(outcome.Errors.Any(e => e.Message.Contains("tempauth", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("SECRET", StringComparison.Ordinal)));
    }
}
