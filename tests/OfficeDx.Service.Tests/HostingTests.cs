using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OfficeDx.Core.Json;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;

namespace OfficeDx.Service.Tests;

[TestClass]
public sealed class HostingTests
{
    [TestMethod]
    public void ByDefaultTheServiceListensOnLoopbackOnly()
    {
        CollectionAssert.AreEqual(new[] { "http://127.0.0.1:5080" }, new ServiceOptions().ListenUrls.ToArray());
        Assert.IsNull(new ServiceOptions().Entra);
        Assert.IsEmpty(new ServiceOptions().AllowedOrigins);
    }

    [TestMethod]
    public async Task HealthAndOpenApiDescribeTheService()
    {
        await using var service = await RunningService.StartAsync();
        var health = JsonDocument.Parse(await service.Client.GetStringAsync("/health")).RootElement;
        Assert.AreEqual("Healthy", health.GetProperty("status").GetString());

        var openApi = JsonDocument.Parse(await service.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        foreach (var path in new[] { "/api/profiles", "/api/profiles/{name}/form", "/api/word/fragments/measure-table", "/api/word/fragments/schedule-rows",
                     "/api/word/fragments/legend", "/api/word/fragments/read", "/api/word/fragments/check", "/api/word/fragments/document", "/api/word/documents/harvest" })
            CollectionAssert.Contains(paths, path);
        StringAssert.Contains(openApi.GetProperty("info").GetProperty("title").GetString(), "OfficeDx");
    }

    [TestMethod]
    public async Task ProfileFormGivesRowLabelsAndWarekiYearLabels()
    {
        await using var service = await RunningService.StartAsync();
        var form = JsonDocument.Parse(await service.Client.GetStringAsync("/api/profiles/akita/form?from=2018&to=2020")).RootElement;
        var labels = form.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("label").GetString()).ToArray();
        CollectionAssert.AreEqual(new[] { "平成30年度", "令和元年度", "令和2年度" }, labels);
        Assert.AreEqual("施策の名称", form.GetProperty("rows")[0].GetProperty("label").GetString());
    }

    [TestMethod]
    public async Task ServesTheBuiltAddinFiles()
    {
        var root = Directory.CreateTempSubdirectory("odx-addin-").FullName;
        File.WriteAllText(Path.Combine(root, "word.html"), "<!doctype html><title>施策表</title>");
        await using var service = await RunningService.StartAsync(new ServiceOptions { AddinRoot = root });
        var page = await service.Client.GetAsync("/word.html");
        Assert.AreEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        StringAssert.Contains(await page.Content.ReadAsStringAsync(), "施策表");
        StringAssert.Contains(await service.Client.GetStringAsync("/"), "施策表");
    }

    [TestMethod]
    public async Task CorsAnswersOnlyTheAddinOrigin()
    {
        await using var service = await RunningService.StartAsync(new ServiceOptions { AllowedOrigins = ["https://addin.example.jp"] });
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/api/word/fragments/measure-table");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type");
            return await service.Client.SendAsync(request);
        }
        var allowed = await Preflight("https://addin.example.jp");
        CollectionAssert.AreEqual(new[] { "https://addin.example.jp" }, allowed.Headers.GetValues("Access-Control-Allow-Origin").ToArray());
        var other = await Preflight("https://elsewhere.example.com");
        Assert.IsFalse(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [TestMethod]
    public async Task WithATenantTheApiWantsABearerTokenButHealthDoesNot()
    {
        await using var service = await RunningService.StartAsync(new ServiceOptions
        {
            Entra = new EntraOptions("11111111-2222-3333-4444-555555555555", "66666666-7777-8888-9999-000000000000"),
        });
        await ProblemAnswers.AssertProblemAsync(await service.PostJsonAsync("/api/word/fragments/measure-table", RequestBodies.MeasureBody(RequestBodies.Sample)), HttpStatusCode.Unauthorized);
        await ProblemAnswers.AssertProblemAsync(await service.Client.GetAsync("/api/profiles"), HttpStatusCode.Unauthorized);
        Assert.AreEqual(HttpStatusCode.OK, (await service.Client.GetAsync("/health")).StatusCode);
    }

    [TestMethod]
    public async Task AnUploadedPlanDocumentHarvestsToTheSamePlan()
    {
        await using var service = await RunningService.StartAsync();
        var plan = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));
        var docx = PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(docx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "file", "akita.docx");
        var response = await service.Client.PostAsync("/api/word/documents/harvest", form);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(0, body.GetProperty("problems").GetArrayLength());
        Assert.AreEqual(PlanJson.Serialize(plan), PlanJson.Serialize(body.GetProperty("plan").Deserialize<Core.Model.Plan>(PlanJson.Options)!));
    }
}
