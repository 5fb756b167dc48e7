using OfficeDx.SharePoint.Copies;
using OfficeDx.SharePoint.Tests.StandIn;
using OfficeDx.Storage;

namespace OfficeDx.SharePoint.Tests;

/// <summary>
/// Each accepted department workbook is also written to the configured SharePoint library (through Graph, against the stand-in):
/// with its own name and its bytes, in one PUT or an upload session when large; a Graph failure keeps the submission and records
/// why on it (in Japanese), and a later retry copies it.
/// </summary>
[TestClass]
public sealed class SubmissionCopyTests
{
    private static readonly SharePointLocation Library = SharePointLocation.Parse($"sharepoint:{GraphStandIn.Host}/{GraphStandIn.SitePath}/{GraphStandIn.LibraryName}/提出");

    private static async Task<WorkbookArchive> NewArchiveAsync()
    {
        var folder = Directory.CreateTempSubdirectory("odx-copy-");
        await using (await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "copies.db")))) { }
        return new WorkbookArchive(StoreLocation.Sqlite(Path.Combine(folder.FullName, "copies.db")));
    }

    private static SubmissionCopier Copier(GraphStandIn standIn, WorkbookArchive archive, int simpleUploadLimit = SharePointLibraryWriter.DefaultSimpleUploadLimit) =>
        new(archive, new SharePointLibraryWriter(GraphClients.Create(new StaticTokenCredential(TestLibrary.BearerToken), standIn.BaseUrl), Library)
        {
            SimpleUploadLimit = simpleUploadLimit,
            SliceSize = 320 * 1024,
        });

    private static Task<ArchivedWorkbook> SubmitAsync(WorkbookArchive archive, string department, byte[] bytes) =>
        archive.AddAsync(new WorkbookToArchive("akita-2021", "令和3年3月", department, "taro@city.example.jp", "様式.xlsx", bytes, "[]") { CopyToSharePoint = true });

    private static byte[] Bytes(int length, int seed) => Enumerable.Range(0, length).Select(i => (byte)((i * 31 + seed) % 251)).ToArray();

    [TestMethod]
    public async Task AnAcceptedWorkbookArrivesInTheLibraryUnderItsOwnNameWithItsBytesAndTheCopyIsRecorded()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        var archive = await NewArchiveAsync();
        var bytes = Bytes(20_000, 1);
        var stored = await SubmitAsync(archive, "市民生活部市民課", bytes);
        Assert.AreEqual(CopyStates.Pending, (await archive.FindAsync(stored.Id))!.CopyState);

        var outcome = await Copier(standIn, archive).CopyAsync(stored.Id, default);

        Assert.IsTrue(outcome.Copied, outcome.Detail);
        var time = stored.SubmittedAt.ToOffset(TimeSpan.FromHours(9));
        var expected = $"akita-2021/市民生活部市民課_{time:yyyyMMdd-HHmmss}_{stored.Seq:000000}.xlsx";
        Assert.AreEqual(expected, outcome.Path);
        var file = standIn.FileAt("提出/" + expected);
        Assert.IsNotNull(file, "the file is not in the library");
        CollectionAssert.AreEqual(bytes, file.Content);
        var write = standIn.Uploads.Writes.Single();
        Assert.AreEqual(("put", "replace"), (write.How, write.ConflictBehavior));
        var recorded = (await archive.FindAsync(stored.Id))!;
        Assert.AreEqual(CopyStates.Copied, recorded.CopyState);
        Assert.AreEqual($"https://{GraphStandIn.Host}/{GraphStandIn.SitePath}/{GraphStandIn.LibraryName}/提出/{expected}", recorded.CopyDetail);
    }

    [TestMethod]
    public async Task ALargeWorkbookGoesThroughAnUploadSessionInSlicesWithoutTheTokenAndArrivesWhole()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        var archive = await NewArchiveAsync();
        var bytes = Bytes(800_000, 2);
        var stored = await SubmitAsync(archive, "総務部デジタル推進課", bytes);

        var outcome = await Copier(standIn, archive, simpleUploadLimit: 100_000).CopyAsync(stored.Id, default);

        Assert.IsTrue(outcome.Copied, outcome.Detail);
        CollectionAssert.AreEqual(bytes, standIn.FileAt("提出/" + outcome.Path)!.Content);
        var writes = standIn.Uploads.Writes.ToArray();
        Assert.AreEqual(("session-created", "replace"), (writes[0].How, writes[0].ConflictBehavior));
        Assert.AreEqual(("session", 3), (writes[1].How, writes[1].Slices)); // 800,000 bytes in slices of 327,680
        Assert.IsFalse(standIn.Requests.Any(r => r.Url.StartsWith("/_upload/", StringComparison.Ordinal) && r.Authorized), "the bearer token went to the upload URL");
    }

    [TestMethod]
    public async Task AGraphFailureKeepsTheSubmissionRecordsWhyInJapaneseAndARetryCopiesItLater()
    {
        await using var standIn = await GraphStandIn.StartAsync();
        var archive = await NewArchiveAsync();
        var bytes = Bytes(5_000, 3);
        var stored = await SubmitAsync(archive, "市民生活部市民課", bytes);
        var copier = Copier(standIn, archive);
        standIn.Faults.Forbidden = true;

        var failed = await copier.CopyAsync(stored.Id, default);

        Assert.IsFalse(failed.Copied);
        var kept = (await archive.FindAsync(stored.Id))!;
        Assert.AreEqual(stored.Sha256, kept.Sha256);
        CollectionAssert.AreEqual(bytes, (await archive.BytesAsync([stored.Id]))[stored.Id]);
        Assert.AreEqual(CopyStates.Failed, kept.CopyState);
        StringAssert.Contains(kept.CopyDetail, "保存できませんでした");
        StringAssert.Contains(kept.CopyDetail, "Sites.Selected");
        Assert.DoesNotContain(TestLibrary.BearerToken, kept.CopyDetail!);
        Assert.IsNull(standIn.FileAt("提出/" + failed.Path));

        standIn.Faults.Forbidden = false;
        var retried = await copier.RetryAsync(default);

        Assert.AreEqual(stored.Id, retried.Single().Submission.Id);
        Assert.IsTrue(retried.Single().Copied, retried.Single().Detail);
        CollectionAssert.AreEqual(bytes, standIn.FileAt("提出/" + failed.Path)!.Content);
        Assert.AreEqual(CopyStates.Copied, (await archive.FindAsync(stored.Id))!.CopyState);
        Assert.IsEmpty(await copier.RetryAsync(default));
    }

    [TestMethod]
    public async Task AnUnreachableGraphIsRecordedAsAFailedCopyNotAnException()
    {
        var archive = await NewArchiveAsync();
        var stored = await SubmitAsync(archive, "市民生活部市民課", Bytes(100, 4));
        var closed = new SharePointLibraryWriter(GraphClients.Create(new StaticTokenCredential(TestLibrary.BearerToken), "http://127.0.0.1:9/v1.0"), Library);

        var outcome = await new SubmissionCopier(archive, closed).CopyAsync(stored.Id, default);

        Assert.IsFalse(outcome.Copied);
        Assert.AreEqual(CopyStates.Failed, (await archive.FindAsync(stored.Id))!.CopyState);
        StringAssert.Contains((await archive.FindAsync(stored.Id))!.CopyDetail, "通信が途中で切れました");
    }
}
