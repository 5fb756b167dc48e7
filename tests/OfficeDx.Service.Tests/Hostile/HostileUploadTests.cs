using System.Net;
using System.Text.RegularExpressions;
using OfficeDx.Documents.Excel;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;
using OfficeDx.Testing.Hostile;

namespace OfficeDx.Service.Tests.Hostile;

/// <summary>Issue 12 through the service: a hostile upload gets a Japanese problem document (413 past a limit, 400 when damaged), never a 500 or a dead process.</summary>
[TestClass]
public sealed class HostileUploadTests
{
    private static RunningService _service = null!;
    private static string _data = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        _data = Directory.CreateTempSubdirectory("odx-service-hostile-").FullName;
        _service = await RunningService.StartAsync(new ServiceOptions { PlanFolders = [RepositoryFiles.Samples], DataFolder = _data });
    }

    [ClassCleanup]
    public static async Task Stop()
    {
        await _service.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private static Task<HttpResponseMessage> UploadAsync(string path, byte[] bytes, string name = "hostile.docx")
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        return _service.Client.PostAsync(path, form);
    }

    public static IEnumerable<object[]> DocumentRoutes() =>
        new[] { "/api/word/documents/harvest", "/api/glossary/check", "/api/glossary/refresh", "/api/glossary/mark" }.Select(r => new object[] { r });

    [TestMethod]
    [DynamicData(nameof(DocumentRoutes))]
    public async Task NestedContentControlsAre413NamingThePartAndTheLimit(string route)
    {
        var problem = await ProblemAnswers.AssertProblemAsync(await UploadAsync(route, HostileFiles.NestedContentControls()), HttpStatusCode.RequestEntityTooLarge);
        var detail = problem.GetProperty("detail").GetString()!;
        StringAssert.Contains(detail, "hostile.docx");
        StringAssert.Contains(detail, "word/document.xml");
        StringAssert.Contains(detail, "MaxXmlDepth = 128");
        await AssertStillHealthyAsync();
    }

    [TestMethod]
    public async Task ADeflateBombUnderTheUploadLimitIs413()
    {
        var bomb = HostileFiles.DeflateBomb();
        Assert.IsLessThan(10 * 1024 * 1024, bomb.Length, "the bomb must fit under the upload limit to test the inflate limit");
        var problem = await ProblemAnswers.AssertProblemAsync(await UploadAsync("/api/word/documents/harvest", bomb), HttpStatusCode.RequestEntityTooLarge);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "MaxPartBytes");
    }

    public static IEnumerable<object[]> DamagedPackages() =>
    [
        ["styles-missing", HostileFiles.MissingPart("word/styles.xml")],
        ["core-missing", HostileFiles.MissingPart("docProps/core.xml")],
        ["empty-rels", HostileFiles.EmptyRootRelationships()],
        ["garbage-custom-rels", HostileFiles.GarbageCustomPropertiesRelationship()],
        ["unknown-compression", HostileFiles.UnknownCompression()],
        ["duplicate-entry", HostileFiles.DuplicateEntry()],
        ["truncated", HostileFiles.Truncated()],
        ["xxe", HostileFiles.ExternalEntity()],
        ["billion-laughs", HostileFiles.BillionLaughs()],
    ];

    [TestMethod]
    [DynamicData(nameof(DamagedPackages))]
    public async Task ADamagedPackageIs400NamingTheFile(string name, byte[] bytes)
    {
        foreach (var (route, _) in DocumentRoutes().Select(r => ((string)r[0], 0)))
        {
            var problem = await ProblemAnswers.AssertProblemAsync(await UploadAsync(route, bytes, name + ".docx"), HttpStatusCode.BadRequest);
            StringAssert.Contains(problem.GetProperty("detail").GetString(), name + ".docx", route);
        }
    }

    [TestMethod]
    public async Task AWorkbookWithTheLastRowNumberIs413NamingTheCell()
    {
        var workbook = ExcelRequests.Workbook(ExcelRequests.Digital);
        var part = Regex.Match(HostileFiles.EntryText(workbook, "xl/workbook.xml"), $"name=\"{ExcelLayout.MeasuresSheet}\"[^>]*r:id=\"rId(?<n>\\d+)\"").Groups["n"].Value;
        workbook = HostileFiles.WithRows(workbook, $"xl/worksheets/sheet{part}.xml", p => $"<{p}row r=\"2147483647\"><{p}c t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");
        var problem = await ProblemAnswers.AssertProblemAsync(await UploadAsync("/api/excel/workbooks/check", workbook, "デジタル化推進本部.xlsx"), HttpStatusCode.RequestEntityTooLarge);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), $"{ExcelLayout.MeasuresSheet}!A2147483647");
        await AssertStillHealthyAsync();
    }

    [TestMethod]
    public async Task ADocumentNamingAServerFileAsItsProfileNeverMakesTheServiceReadIt()
    {
        var secret = Path.Combine(_data, "secret.json");
        await File.WriteAllTextAsync(secret, """{ "name": "DB_PASSWORD=hunter2" }""");
        var docx = HostileFiles.ReplaceEntry(WordDocuments.Typed("RPAを使う。"), "word/settings.xml",
            xml => xml.Replace("</w:settings>", $"<w:docVars><w:docVar w:name=\"odx:profile\" w:val=\"{secret}\"/></w:docVars></w:settings>"));
        foreach (var route in new[] { "/api/word/documents/harvest", "/api/glossary/refresh" })
        {
            var response = await UploadAsync(route, docx);
            var body = await response.Content.ReadAsStringAsync();
            Assert.IsLessThan(500, (int)response.StatusCode, body);
            Assert.DoesNotContain("hunter2", body, route);
            Assert.DoesNotContain(secret, body, route);
        }
    }

    [TestMethod]
    [DataRow("/etc/passwd")]
    [DataRow(@"\\attacker\share\p.json")]
    [DataRow("../profiles/akita.json")]
    public async Task AProfilePathInARequestIs400WithoutEchoingIt(string profile)
    {
        var problem = await ProblemAnswers.AssertProblemAsync(
            await _service.Client.GetAsync($"/api/word/fragments/legend?profile={Uri.EscapeDataString(profile)}"), HttpStatusCode.BadRequest);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "パスでは指定できません");
        Assert.DoesNotContain(profile, problem.ToString());
    }

    private static async Task AssertStillHealthyAsync() =>
        Assert.AreEqual(HttpStatusCode.OK, (await _service.Client.GetAsync("/health")).StatusCode);
}
