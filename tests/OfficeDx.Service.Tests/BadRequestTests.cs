using System.Net;
using System.Text;
using OfficeDx.Core.Model;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;

namespace OfficeDx.Service.Tests;

/// <summary>Every bad request gets a Japanese problem document naming what is wrong, never a 500.</summary>
[TestClass]
public sealed class BadRequestTests
{
    private static RunningService _service = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _) => _service = await RunningService.StartAsync(new ServiceOptions { MaxRequestBytes = 64 * 1024 });

    [ClassCleanup]
    public static async Task Stop() => await _service.DisposeAsync();

    [TestMethod]
    public async Task MalformedJsonNamesTheLine()
    {
        var problem = await ProblemAnswers.AssertProblemAsync(
            await _service.PostJsonAsync("/api/word/fragments/measure-table", "{\"profile\": \"akita\",\n \"measure\": {\"name\": }"), HttpStatusCode.BadRequest);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "2行目");
    }

    [TestMethod]
    public async Task UnknownMemberIsNamedByItsJsonPath()
    {
        var problem = await ProblemAnswers.AssertProblemAsync(
            await _service.PostJsonAsync("/api/word/fragments/measure-table", "{\"profile\":\"akita\",\"measure\":{\"id\":\"m\",\"name\":\"x\",\"colour\":\"red\"}}"), HttpStatusCode.BadRequest);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "colour");
    }

    [TestMethod]
    public async Task UnknownProfileListsTheProfilesThatExist()
    {
        var problem = await ProblemAnswers.AssertProblemAsync(
            await _service.PostJsonAsync("/api/word/fragments/measure-table", RequestBodies.MeasureBody(RequestBodies.Sample, profile: "osaka")), HttpStatusCode.BadRequest);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "akita");
        Assert.AreEqual("$.profile", problem.GetProperty("errors")[0].GetProperty("place").GetString());
    }

    [TestMethod]
    public async Task AProfilePathIsRefusedRatherThanRead()
    {
        var path = Path.Combine(RepositoryFiles.Root, "templates", "profiles", "akita.json");
        await ProblemAnswers.AssertProblemAsync(
            await _service.PostJsonAsync("/api/word/fragments/measure-table", RequestBodies.MeasureBody(RequestBodies.Sample, profile: path)), HttpStatusCode.BadRequest);
        await ProblemAnswers.AssertProblemAsync(await _service.Client.GetAsync("/api/profiles/..%2F..%2Fetc%2Fpasswd.json/form?from=2021&to=2023"), HttpStatusCode.BadRequest);
    }

    [TestMethod]
    public async Task InvalidMeasureIsReportedWithTheValidatorsMessagesAtRequestPaths()
    {
        var problem = await ProblemAnswers.AssertProblemAsync(
            await _service.PostJsonAsync("/api/word/fragments/measure-table", RequestBodies.MeasureBody(RequestBodies.Sample with { Name = "" })), HttpStatusCode.BadRequest);
        Assert.AreEqual("$.measure.name", problem.GetProperty("errors")[0].GetProperty("place").GetString());
    }

    [TestMethod]
    public async Task ScheduleOutsideThePeriodIsRefused()
    {
        var measure = RequestBodies.Sample with { Schedule = [new ScheduleEntry { FiscalYear = new Core.Time.FiscalYear(2030), Phase = Phase.Implementation }] };
        var problem = await ProblemAnswers.AssertProblemAsync(
            await _service.PostJsonAsync("/api/word/fragments/measure-table", RequestBodies.MeasureBody(measure)), HttpStatusCode.BadRequest);
        StringAssert.StartsWith(problem.GetProperty("errors")[0].GetProperty("place").GetString(), "$.measure.schedule");
    }

    [TestMethod]
    public async Task OversizedBodyIsRefusedWith413()
    {
        var huge = RequestBodies.MeasureBody(RequestBodies.Sample with { Overview = new string('あ', 100_000) });
        await ProblemAnswers.AssertProblemAsync(await _service.PostJsonAsync("/api/word/fragments/measure-table", huge), HttpStatusCode.RequestEntityTooLarge);
    }

    [TestMethod]
    public async Task OversizedUploadWithoutContentLengthIsRefusedWith413()
    {
        // Chunked: Kestrel only finds out while reading.
        var content = new StreamContent(new MemoryStream(new byte[200_000]));
        content.Headers.ContentType = new("application/octet-stream");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/word/documents/harvest") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        await ProblemAnswers.AssertProblemAsync(await _service.Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [TestMethod]
    public async Task TextThatIsNotXmlIsNotOoxml()
    {
        var problem = await ProblemAnswers.AssertProblemAsync(
            await _service.PostJsonAsync("/api/word/fragments/read", RequestBodies.FragmentBody("これは OOXML ではありません")), HttpStatusCode.BadRequest);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "XML");
    }

    [TestMethod]
    public async Task XmlThatIsNotAPackageIsNotOoxml()
    {
        foreach (var path in new[] { "/api/word/fragments/read", "/api/word/fragments/check", "/api/word/fragments/document" })
        {
            var problem = await ProblemAnswers.AssertProblemAsync(
                await _service.PostJsonAsync(path, RequestBodies.FragmentBody("<html><body>施策</body></html>")), HttpStatusCode.BadRequest);
            StringAssert.Contains(problem.GetProperty("detail").GetString(), "pkg:package");
        }
    }

    [TestMethod]
    public async Task PackageWithoutAMeasureTableSaysSo()
    {
        const string package = "<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\"><pkg:part pkg:name=\"/word/document.xml\" pkg:contentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"><pkg:xmlData><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p/></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>";
        var problem = await ProblemAnswers.AssertProblemAsync(
            await _service.PostJsonAsync("/api/word/fragments/read", RequestBodies.FragmentBody(package)), HttpStatusCode.UnprocessableEntity);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "odx:measure:");
    }

    [TestMethod]
    public async Task EmptyOoxmlIsABadRequest()
    {
        await ProblemAnswers.AssertProblemAsync(await _service.PostJsonAsync("/api/word/fragments/read", RequestBodies.FragmentBody("")), HttpStatusCode.BadRequest);
    }

    [TestMethod]
    public async Task NonJsonContentTypeIs415()
    {
        await ProblemAnswers.AssertProblemAsync(
            await _service.PostJsonAsync("/api/word/fragments/measure-table", "<measure/>", "application/xml"), HttpStatusCode.UnsupportedMediaType);
    }

    [TestMethod]
    public async Task AFileThatIsNotAWordDocumentIsRefusedByName()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("施策,担当課\n")), "file", "施策一覧.csv" } };
        var problem = await ProblemAnswers.AssertProblemAsync(await _service.Client.PostAsync("/api/word/documents/harvest", form), HttpStatusCode.BadRequest);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "施策一覧.csv");
    }

    [TestMethod]
    public async Task EmptyUploadIsABadRequest()
    {
        await ProblemAnswers.AssertProblemAsync(await _service.Client.PostAsync("/api/word/documents/harvest", new ByteArrayContent([])), HttpStatusCode.BadRequest);
    }

    [TestMethod]
    public async Task YearsOutsideTheCalendarAreRefusedByTheForm()
    {
        await ProblemAnswers.AssertProblemAsync(await _service.Client.GetAsync("/api/profiles/akita/form?from=21&to=23"), HttpStatusCode.BadRequest);
        await ProblemAnswers.AssertProblemAsync(await _service.Client.GetAsync("/api/profiles/akita/form?from=2021&to=2040"), HttpStatusCode.BadRequest);
    }

    [TestMethod]
    public async Task UnknownAddressAndWrongMethodAreProblemsToo()
    {
        await ProblemAnswers.AssertProblemAsync(await _service.Client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
        await ProblemAnswers.AssertProblemAsync(await _service.Client.GetAsync("/api/word/fragments/measure-table"), HttpStatusCode.MethodNotAllowed);
    }
}
