using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;
using OfficeDx.Storage;
using static OfficeDx.Service.Tests.Support.ExcelRequests;

namespace OfficeDx.Service.Tests;

/// <summary>
/// With OfficeDx:SharePointCopy set, a submission is answered and kept whatever SharePoint does; a copy that cannot be made is
/// recorded on the submission in Japanese (the DX office's list shows it). The copy itself is tested against the Graph stand-in
/// in OfficeDx.SharePoint.Tests (SubmissionCopyTests).
/// </summary>
[TestClass]
[DoNotParallelize] // sets the Graph sign-in environment variables, which are one per process
public sealed class SharePointCopyServiceTests
{
    [TestMethod]
    public async Task ASubmissionIsKeptAndAnsweredWhenTheSharePointCopyFailsAndTheFailureIsRecordedOnIt()
    {
        var data = Directory.CreateTempSubdirectory("odx-copy-service-").FullName;
        // Client-secret sign-in without the secret: every copy fails before reaching Graph, as a misconfigured server's would.
        Environment.SetEnvironmentVariable("OFFICEDX_AUTH", "client-secret");
        try
        {
            await using var service = await RunningService.StartAsync(new ServiceOptions
            {
                PlanFolders = [RepositoryFiles.Samples],
                DataFolder = data,
                SharePointCopy = "sharepoint:contoso.sharepoint.com/sites/dx/Documents/提出",
            });

            var answer = await JsonAsync(await service.PostWorkbookAsync("/api/excel/workbooks/submit", Workbook(Digital)));
            var id = answer.GetProperty("storedAs").GetString()!;

            var archive = new WorkbookArchive(StoreLocation.Sqlite(Path.Combine(data, "officedx.db")));
            ArchivedWorkbook? row = null;
            for (var i = 0; i < 100 && (row = await archive.FindAsync(id))?.CopyState is null or CopyStates.Pending; i++) await Task.Delay(100);
            Assert.AreEqual(CopyStates.Failed, row!.CopyState);
            StringAssert.Contains(row.CopyDetail, "SharePoint（sharepoint:contoso.sharepoint.com/sites/dx/Documents/提出）への写しを保存できませんでした");
            StringAssert.Contains(row.CopyDetail, "認証方式 ClientSecret には環境変数");
            Assert.AreEqual(1, (await archive.ListAsync(Akita.Id)).Count);

            var listed = await JsonAsync(await service.Client.GetAsync($"/api/excel/plans/{Akita.Id}/submissions"));
            var entry = listed.EnumerateArray().Single();
            Assert.AreEqual("failed", entry.GetProperty("sharePointCopy").GetString());
            StringAssert.Contains(entry.GetProperty("sharePointCopyDetail").GetString(), "写しを保存できませんでした");
        }
        finally
        {
            Environment.SetEnvironmentVariable("OFFICEDX_AUTH", null);
        }
    }
}
