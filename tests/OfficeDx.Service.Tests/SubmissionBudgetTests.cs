using System.Net;
using System.Text.Json;
using OfficeDx.Documents.Excel;
using OfficeDx.Service.Endpoints;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Plans;
using OfficeDx.Service.Tests.Support;
using OfficeDx.Storage;
using static OfficeDx.Service.Tests.Support.ExcelRequests;

namespace OfficeDx.Service.Tests;

/// <summary>
/// A submission cut by its time budget is never stored behind the caller's back: either the caller hears 503 and nothing was
/// written, or the workbook was written and the caller gets the answer for it (with its id), wherever the budget runs out.
/// </summary>
[TestClass]
public sealed class SubmissionBudgetTests
{
    private static (WorkbookCheckAnswer Check, OfficeDx.Core.Model.Plan Plan) Checked(byte[] workbook) =>
        WorkbookChecks.Check(workbook, "提出.xlsx", new PlanCatalog([RepositoryFiles.Samples]), null, default);

    private static async Task<int> RowsAsync(WorkbookArchive archive) => (await archive.ListAsync(Akita.Id)).Count;

    [TestMethod]
    public async Task CancelledAtAnyMomentASubmissionIsEitherAnsweredAndStoredOrRefusedAndNotStored()
    {
        var folder = Directory.CreateTempSubdirectory("odx-budget-").FullName;
        var store = new SubmissionStore(StoreLocation.Sqlite(Path.Combine(folder, "officedx.db")));
        var workbook = Workbook(Digital);
        var (check, plan) = Checked(workbook);
        await store.SubmitAsync(plan, check, "提出.xlsx", workbook, "first", default); // the schema and the first merge, outside the sweep
        var outcomes = new List<string>();

        // Cancel after 0, 1, 2 … ms: early on the write has not started, later it is done and the merge is under way.
        for (var delay = 0; delay < 60; delay += 2)
        {
            var before = await RowsAsync(store.Archive);
            using var budget = new CancellationTokenSource(TimeSpan.FromMilliseconds(delay));
            try
            {
                var answer = await store.SubmitAsync(plan, check, "提出.xlsx", workbook, $"delay-{delay}", budget.Token);
                Assert.AreEqual(before + 1, await RowsAsync(store.Archive), $"answered at {delay} ms without one new row");
                Assert.AreEqual($"delay-{delay}", (await store.Archive.FindAsync(answer.StoredAs))!.Submitter);
                outcomes.Add("stored");
            }
            catch (OperationCanceledException)
            {
                Assert.AreEqual(before, await RowsAsync(store.Archive), $"cancelled at {delay} ms, yet a row was stored");
                outcomes.Add("refused");
            }
        }
        Assert.Contains("refused", outcomes, "no delay cancelled before the write: the sweep tested nothing");
    }

    [TestMethod]
    public async Task OverHttpEvery503LeavesNothingStoredAndEvery200IsTheStoredSubmission()
    {
        var folder = Directory.CreateTempSubdirectory("odx-budget-http-").FullName;
        var workbook = Workbook(Digital);
        var statuses = new List<HttpStatusCode>();
        foreach (var budget in new[] { 5, 40, 80, 120, 200, 400, 30_000 })
        {
            await using var service = await RunningService.StartAsync(new ServiceOptions
            {
                PlanFolders = [RepositoryFiles.Samples],
                DataFolder = folder,
                RequestTimeout = TimeSpan.FromMilliseconds(budget),
            });
            var archive = new WorkbookArchive(StoreLocation.Sqlite(Path.Combine(folder, "officedx.db")));
            var before = await RowsAsync(archive);
            var response = await service.PostWorkbookAsync("/api/excel/workbooks/submit", workbook);
            var body = await response.Content.ReadAsStringAsync();
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var id = JsonDocument.Parse(body).RootElement.GetProperty("storedAs").GetString()!;
                Assert.IsNotNull(await archive.FindAsync(id), $"budget {budget} ms: answered 200 for {id}, which is not stored");
                Assert.AreEqual(before + 1, await RowsAsync(archive));
            }
            else
            {
                Assert.AreEqual(HttpStatusCode.ServiceUnavailable, response.StatusCode, body);
                StringAssert.Contains(body, "打ち切りました");
                Assert.AreEqual(before, await RowsAsync(archive), $"budget {budget} ms: answered 503 but the submission was stored");
            }
        }
        Assert.AreEqual(HttpStatusCode.OK, statuses[^1], "with the full budget the submission must go through");
    }
}
