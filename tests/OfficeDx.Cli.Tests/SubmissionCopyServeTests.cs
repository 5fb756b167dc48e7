using System.Net.Http.Headers;
using System.Text.Json;
using OfficeDx.Cli.Tests.Support;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;
using OfficeDx.SharePoint.Tests.StandIn;

namespace OfficeDx.Cli.Tests;

/// <summary>
/// `officedx serve` with OfficeDx:SharePointCopy: a department's submission is stored, answered, and then written to the library
/// through Graph (the stand-in, signed in as App Service's managed identity through Azure.Identity), under its own name with its
/// bytes; while Graph refuses, the submission is still answered and kept, and the refusal is on its record in Japanese.
/// </summary>
[TestClass]
public sealed class SubmissionCopyServeTests
{
    private const string Department = "デジタル化推進本部";

    [TestMethod]
    public async Task AStoredSubmissionArrivesInTheLibraryAndARefusedCopyIsRecordedOnTheKeptSubmission()
    {
        using var temp = new TempDirectory();
        await using var graph = await GraphStandIn.StartAsync();
        var signIn = new Dictionary<string, string>
        {
            ["OFFICEDX_GRAPH_BASE_URL"] = graph.BaseUrl,
            ["OFFICEDX_AUTH"] = "managed-identity",
            ["IDENTITY_ENDPOINT"] = graph.ManagedIdentityEndpoint,
            ["IDENTITY_HEADER"] = GraphStandIn.ManagedIdentityHeader,
        };
        var library = $"sharepoint:{GraphStandIn.Host}/{GraphStandIn.SitePath}/{GraphStandIn.LibraryName}/提出";
        using var service = await ServeProcess.StartAsync(temp.Path, signIn, null,
            "--port", "0", "--plain-logs", "--demo", "--data", temp.File("data"), $"--OfficeDx:SharePointCopy={library}");
        var akita = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));
        var workbook = ExcelTemplateWriter.Write(akita, ProfileLibrary.Load(akita.Profile), Department);

        var copied = await SubmitAsync(service, workbook);
        var listing = await WaitForCopyAsync(service, akita.Id, copied);

        Assert.AreEqual("copied", listing.GetProperty("sharePointCopy").GetString(), service.Log);
        var address = listing.GetProperty("sharePointCopyDetail").GetString()!;
        var prefix = $"https://{GraphStandIn.Host}/{GraphStandIn.SitePath}/{GraphStandIn.LibraryName}/";
        StringAssert.StartsWith(address, prefix + $"提出/{akita.Id}/{Department}_");
        CollectionAssert.AreEqual(workbook, graph.FileAt(address[prefix.Length..])!.Content);
        StringAssert.Contains(service.Log, "の写しを SharePoint に保存しました");

        graph.Faults.Forbidden = true;
        var refused = await SubmitAsync(service, workbook);
        listing = await WaitForCopyAsync(service, akita.Id, refused);

        Assert.AreEqual("failed", listing.GetProperty("sharePointCopy").GetString(), service.Log);
        StringAssert.Contains(listing.GetProperty("sharePointCopyDetail").GetString(), "Sites.Selected");
        StringAssert.Contains(service.Log, "は保存済みですが");
        var kept = JsonDocument.Parse(await service.Client.GetStringAsync($"/api/excel/plans/{akita.Id}/submissions")).RootElement;
        Assert.AreEqual(2, kept.GetArrayLength());
    }

    private static async Task<string> SubmitAsync(ServeProcess service, byte[] workbook)
    {
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var response = await service.Client.PostAsync("/api/excel/workbooks/submit?name=digital.xlsx", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.IsTrue(response.IsSuccessStatusCode, body + service.Log);
        return JsonDocument.Parse(body).RootElement.GetProperty("storedAs").GetString()!;
    }

    /// <summary>The submission's listing once its copy is no longer pending (the copy runs after the answer).</summary>
    private static async Task<JsonElement> WaitForCopyAsync(ServeProcess service, string planId, string id)
    {
        for (var i = 0; ; i++)
        {
            var listing = JsonDocument.Parse(await service.Client.GetStringAsync($"/api/excel/plans/{planId}/submissions")).RootElement
                .EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);
            if (listing.GetProperty("sharePointCopy").GetString() != "pending" || i == 300) return listing;
            await Task.Delay(100);
        }
    }
}
