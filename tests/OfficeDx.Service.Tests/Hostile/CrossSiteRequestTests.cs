using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;
using static OfficeDx.Service.Tests.Support.ExcelRequests;

namespace OfficeDx.Service.Tests.Hostile;

/// <summary>
/// Cross-site request forgery: a page of another site may make the drafter's browser post to the service, but only what a plain
/// form can send (no custom header, no JSON) and with its own Origin. Both are refused; the add-in's calls go through.
/// </summary>
[TestClass]
public sealed class CrossSiteRequestTests
{
    private const string Submit = "/api/excel/workbooks/submit";
    private const string AddinOrigin = "https://addin.example.jp";
    private const string ForeignOrigin = "https://evil.example.com";
    private static RunningService _service = null!;
    private static string _data = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        _data = Directory.CreateTempSubdirectory("odx-csrf-data-").FullName;
        _service = await RunningService.StartAsync(new ServiceOptions { PlanFolders = [RepositoryFiles.Samples], DataFolder = _data, AllowedOrigins = [AddinOrigin] });
    }

    [ClassCleanup]
    public static async Task Stop()
    {
        await _service.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private static HttpRequestMessage FormPost(string path, string? origin, bool clientHeader = false)
    {
        var file = new ByteArrayContent(Workbook(Digital));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new MultipartFormDataContent { { file, "file", "提出.xlsx" } } };
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (clientHeader) request.Headers.Add(CrossSiteRequestGuard.ClientHeader, "addin");
        return request;
    }

    private static int StoredSubmissions() => Directory.Exists(_data) ? Directory.GetFiles(_data, "*", SearchOption.AllDirectories).Length : 0;

    [TestMethod]
    public async Task ACrossSiteFormPostToSubmitIsRefusedAndNothingIsStored()
    {
        var before = StoredSubmissions();
        var problem = await ProblemAnswers.AssertProblemAsync(await _service.BareClient.SendAsync(FormPost(Submit, ForeignOrigin)), HttpStatusCode.Forbidden);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), ForeignOrigin);
        Assert.AreEqual(before, StoredSubmissions());
    }

    [TestMethod]
    public async Task AForeignOriginIsRefusedEvenWithTheClientHeaderAndJson()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/excel/template") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", ForeignOrigin);
        request.Headers.Add(CrossSiteRequestGuard.ClientHeader, "addin");
        await ProblemAnswers.AssertProblemAsync(await _service.BareClient.SendAsync(request), HttpStatusCode.Forbidden);
    }

    [TestMethod]
    public async Task AFormPostWithoutTheClientHeaderIsRefusedWhateverItsOrigin()
    {
        var problem = await ProblemAnswers.AssertProblemAsync(await _service.BareClient.SendAsync(FormPost(Submit, origin: null)), HttpStatusCode.Forbidden);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), CrossSiteRequestGuard.ClientHeader);
        await ProblemAnswers.AssertProblemAsync(await _service.BareClient.SendAsync(FormPost(Submit, AddinOrigin)), HttpStatusCode.Forbidden);
    }

    [TestMethod]
    public async Task ATextPlainBodyAFormCanSendIsRefusedWithoutTheHeader()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/word/fragments/measure-table") { Content = new StringContent("{}", Encoding.UTF8, "text/plain") };
        await ProblemAnswers.AssertProblemAsync(await _service.BareClient.SendAsync(request), HttpStatusCode.Forbidden);
    }

    [TestMethod]
    public async Task TheAddinsOwnCallsGoThrough()
    {
        var own = _service.Address.GetLeftPart(UriPartial.Authority);
        foreach (var origin in new[] { own, AddinOrigin })
        {
            var response = await _service.BareClient.SendAsync(FormPost("/api/excel/workbooks/check", origin, clientHeader: true));
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        // A Word upload the pane sends as the document's own type needs a preflight cross-site, so no header is needed for it.
        var upload = new HttpRequestMessage(HttpMethod.Post, "/api/excel/workbooks/check?name=a.xlsx") { Content = new ByteArrayContent(Workbook(Digital)) };
        upload.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.Headers.Add("Origin", own);
        Assert.AreEqual(HttpStatusCode.OK, (await _service.BareClient.SendAsync(upload)).StatusCode);
        // Reading is never refused.
        Assert.AreEqual(HttpStatusCode.OK, (await _service.BareClient.GetAsync("/api/profiles")).StatusCode);
    }

    [TestMethod]
    public async Task ABearerTokenStandsInForTheClientHeader()
    {
        var request = FormPost("/api/excel/workbooks/check", origin: null);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "token");
        Assert.AreEqual(HttpStatusCode.OK, (await _service.BareClient.SendAsync(request)).StatusCode);
    }

    [TestMethod]
    public async Task ThePreflightAllowsTheClientHeaderForTheAddinOriginOnly()
    {
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, Submit);
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", CrossSiteRequestGuard.ClientHeader.ToLowerInvariant());
            return await _service.BareClient.SendAsync(request);
        }
        var allowed = await Preflight(AddinOrigin);
        StringAssert.Contains(string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")), CrossSiteRequestGuard.ClientHeader, StringComparison.OrdinalIgnoreCase);
        Assert.IsFalse((await Preflight(ForeignOrigin)).Headers.Contains("Access-Control-Allow-Origin"));
    }
    [TestMethod]
    public async Task ARefusalOfALargeUploadReachesTheCallerWhole()
    {
        // The refusal is decided from the headers; the body is received first all the same, as a connection closed with unread
        // bytes is reset and the caller would see a broken connection instead of the message.
        for (var i = 0; i < 5; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/word/documents/harvest?name=big.docx") { Content = new ByteArrayContent(new byte[8 << 20]) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            request.Headers.Add("Origin", ForeignOrigin);
            await ProblemAnswers.AssertProblemAsync(await _service.BareClient.SendAsync(request), HttpStatusCode.Forbidden);
        }
    }
}
