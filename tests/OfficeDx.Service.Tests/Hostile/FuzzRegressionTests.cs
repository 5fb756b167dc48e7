using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using OfficeDx.Documents.Excel;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;
using OfficeDx.Testing.Hostile;

namespace OfficeDx.Service.Tests.Hostile;

/// <summary>
/// The service's half of the fuzz bugs of docs/reliability.md (seed 1): each input, rebuilt small, must answer a Japanese
/// problem document (400, or 413 past a limit) within its budget, and leave the service healthy.
/// </summary>
[TestClass]
public sealed class FuzzRegressionTests
{
    private static RunningService _service = null!;
    private static string _data = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        _data = Directory.CreateTempSubdirectory("odx-service-fuzz-").FullName;
        _service = await RunningService.StartAsync(new ServiceOptions { PlanFolders = [RepositoryFiles.Samples], DataFolder = _data });
    }

    [ClassCleanup]
    public static async Task Stop()
    {
        await _service.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private static byte[] MeasuresWithRow(string row)
    {
        var workbook = ExcelRequests.Workbook(ExcelRequests.Digital);
        var part = Regex.Match(HostileFiles.EntryText(workbook, "xl/workbook.xml"), $"name=\"{ExcelLayout.MeasuresSheet}\"[^>]*r:id=\"rId(?<n>\\d+)\"").Groups["n"].Value;
        return HostileFiles.WithRows(workbook, $"xl/worksheets/sheet{part}.xml", p => $"<{p}row r=\"{row}\"><{p}c t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");
    }

    private static void AssertJapanese(string detail)
    {
        Assert.DoesNotMatchRegex(new Regex("[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}"), detail);
        Assert.IsTrue(detail.Any(c => c is >= '\u3040' and <= '\u9fff'), detail);
    }

    [TestMethod]
    [DataRow("/api/excel/workbooks/check")]
    [DataRow("/api/excel/workbooks/submit")]
    public async Task ARowNumberPastUInt32Is413NamingTheCellNot500(string route)
    {
        // #31, #798: OverflowException (UInt32) answered 500.
        var problem = await ProblemAnswers.AssertProblemAsync(await _service.PostWorkbookAsync(route, MeasuresWithRow("99999999999"), "デジタル化推進本部.xlsx"), HttpStatusCode.RequestEntityTooLarge);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), $"{ExcelLayout.MeasuresSheet}!A99999999999");
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "MaxRows");
    }

    [TestMethod]
    public async Task AFourMegabyteContentTypesAttributeIsRefusedFast()
    {
        // #71: still running after 10 s through submit.
        var workbook = HostileFiles.ReplaceEntry(ExcelRequests.Workbook(ExcelRequests.Digital), "[Content_Types].xml",
            xml => xml.Replace("<Override ", $"<Override fuzz=\"{new string('A', 4_000_000)}\" "));
        var clock = Stopwatch.StartNew();
        var problem = await ProblemAnswers.AssertProblemAsync(await _service.PostWorkbookAsync("/api/excel/workbooks/submit", workbook, "デジタル化推進本部.xlsx"), HttpStatusCode.RequestEntityTooLarge);
        Assert.IsLessThan(TimeSpan.FromSeconds(5), clock.Elapsed);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "[Content_Types].xml");
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "MaxContentTypesBytes");
    }

    [TestMethod]
    public async Task AContentTypeOverrideThatIsNotAPartNameIs400InJapanese()
    {
        // #66: the English UriFormatException text.
        var form = new MultipartFormDataContent { { new ByteArrayContent(HostileFiles.ForeignPartName()), "file", "area.docx" } };
        var problem = await ProblemAnswers.AssertProblemAsync(await _service.Client.PostAsync("/api/glossary/refresh", form), HttpStatusCode.BadRequest);
        var detail = problem.GetProperty("detail").GetString()!;
        StringAssert.Contains(detail, "area.docx");
        StringAssert.Contains(detail, "odx:area:");
        AssertJapanese(detail.Replace("[Content_Types].xml", ""));
    }

    [TestMethod]
    [DataRow("/api/word/fragments/measure-table")]
    [DataRow("/api/word/fragments/schedule-rows")]
    [DataRow("/api/excel/template")]
    public async Task InvalidUtf8InABodyIs400InJapaneseWithLineAndByte(string route)
    {
        // #172, #712: the refusal quoted System.Text.Json's English sentence.
        byte[] body = [.. "{\"profile\":\"akita\",\"measure\":{\"name\":\"A"u8, 0xff, 0xfe, 0xc3, .. "\"}}"u8];
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var problem = await ProblemAnswers.AssertProblemAsync(await _service.Client.PostAsync(route, content), HttpStatusCode.BadRequest);
        var detail = problem.GetProperty("detail").GetString()!;
        StringAssert.Contains(detail, "1行目");
        StringAssert.Contains(detail, "バイト目");
        AssertJapanese(detail);
    }

    [TestMethod]
    public async Task AHundredThousandDeepJsonBodyIs400InJapanese()
    {
        var json = "{\"profile\":\"akita\",\"measure\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        var problem = await ProblemAnswers.AssertProblemAsync(await _service.PostJsonAsync("/api/word/fragments/measure-table", json), HttpStatusCode.BadRequest);
        var detail = problem.GetProperty("detail").GetString()!;
        // The typed reader stops at the first bracket the model does not expect, long before the depth limit.
        StringAssert.Contains(detail, "$.measure");
        AssertJapanese(detail);
    }

    [TestMethod]
    [DataRow("/api/word/fragments/read")]
    [DataRow("/api/word/fragments/check")]
    [DataRow("/api/word/fragments/document")]
    public async Task AHundredThousandDeepFragmentIs413NotAClosedConnection(string route)
    {
        // #853: the connection was closed before an answer.
        var xml = new StringBuilder("<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\"><pkg:part pkg:name=\"/word/document.xml\"><pkg:xmlData>");
        for (var i = 0; i < 100_000; i++) xml.Append("<w:sdt xmlns:w=\"x\">");
        for (var i = 0; i < 100_000; i++) xml.Append("</w:sdt>");
        xml.Append("</pkg:xmlData></pkg:part></pkg:package>");
        var problem = await ProblemAnswers.AssertProblemAsync(await _service.PostJsonAsync(route, RequestBodies.FragmentBody(xml.ToString())), HttpStatusCode.RequestEntityTooLarge);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "MaxXmlDepth");
        Assert.AreEqual(HttpStatusCode.OK, (await _service.Client.GetAsync("/health")).StatusCode);
    }
}
