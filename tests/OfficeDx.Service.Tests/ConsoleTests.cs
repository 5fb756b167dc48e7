using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeDx.Core.Json;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Writing;
using OfficeDx.Service.Authorization;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Jobs;
using OfficeDx.Service.Tests.Support;
using OfficeDx.Storage;
using OfficeDx.Storage.Harvesting;
using static OfficeDx.Service.Tests.Support.ExcelRequests;

namespace OfficeDx.Service.Tests;

/// <summary>
/// The DX office's console over a store holding the Akita plan (harvested from its document) and department workbooks submitted
/// through the Excel pane's endpoint by signed-in people: each department's state with who submitted it, the conflict between two
/// departments, the merged plan's downloads, and the revised edition made from it. Sign-in is on (tokens from the Entra stand-in),
/// so the console needs the DX office's role.
/// </summary>
[TestClass]
public sealed partial class ConsoleTests
{
    private const string DigitalGroup = "0a0a0a0a-1111-4000-8000-000000000001";
    private const string StatisticsGroup = "0a0a0a0a-2222-4000-8000-000000000002";
    private const string DigitalPerson = "akita.digital@city.example.jp";
    private const string StatisticsPerson = "akita.stats@city.example.jp";
    private const string Renamed = "行政手続のオンライン化（改）";

    private static EntraStandIn _entra = null!;
    private static RunningService _service = null!;
    private static string _data = null!;
    private static string _office = null!;
    private static string _renamedId = null!;

    /// <summary>Calls as a browser page does: its cookies kept (the antiforgery cookie), redirects seen rather than followed.</summary>
    private static HttpClient _browser = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        _data = Directory.CreateTempSubdirectory("odx-console-").FullName;
        var library = Directory.CreateDirectory(Path.Combine(_data, "library"));
        File.WriteAllBytes(Path.Combine(library.FullName, "akita.docx"), PlanDocumentWriter.Write(Akita, ProfileLibrary.Load(Akita.Profile)));
        var store = StoreLocation.Sqlite(Path.Combine(_data, "officedx.db"));
        await using (var harvest = await HarvestStore.OpenAsync(store)) await new Harvester(harvest).RunAsync(new LocalFolderSource(library));

        _entra = await EntraStandIn.StartAsync();
        _service = await RunningService.StartAsync(new ServiceOptions
        {
            Entra = _entra.Options,
            PlanFolders = [RepositoryFiles.Samples],
            Store = "sqlite:" + Path.Combine(_data, "officedx.db"),
            DepartmentGroups = new Dictionary<string, string> { [DigitalGroup] = Digital, [StatisticsGroup] = Statistics },
            Jobs = new JobOptions { Store = store, Deadline = new DateOnly(2026, 1, 30) },
        });
        _browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _service.Address };
        _office = _entra.Token([AppRoles.DxOffice], user: "dx.office@city.example.jp");

        // デジタル化推進本部 renames a measure of its own and names akita-1-01 one way; 情報統計課 names akita-1-01 another way (a
        // conflict) and types words where an actual belongs (a finding: its workbook needs fixing).
        _renamedId = Akita.AllMeasures().First(m => m.Departments is [Digital]).Id;
        var digital = Workbook(Digital);
        var statistics = Workbook(Statistics);
        await SubmitAsync(WorkbookCells.Type(digital, ("施策", $"D{WorkbookCells.MeasureRow(digital, _renamedId)}", Renamed),
            ("施策", $"D{WorkbookCells.MeasureRow(digital, "akita-1-01")}", "名称A")), _entra.Token([AppRoles.Department], [DigitalGroup], DigitalPerson));
        var actual = WorkbookCells.FirstActualCell(statistics, "akita-1-01");
        await SubmitAsync(WorkbookCells.Type(statistics, ("施策", $"D{WorkbookCells.MeasureRow(statistics, "akita-1-01")}", "名称B"), (OfficeDx.Documents.Excel.ExcelLayout.IndicatorsSheet, actual, "たくさん")),
            _entra.Token([AppRoles.Department], [StatisticsGroup], StatisticsPerson));
    }

    [ClassCleanup]
    public static async Task Stop()
    {
        _browser.Dispose();
        await _service.DisposeAsync();
        await _entra.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [TestMethod]
    public async Task EachDepartmentsStateShowsWhoSubmittedItAndWhenAndTheConflictBetweenTwo()
    {
        var page = await PageAsync("/console");
        StringAssert.Matches(Row(page, Digital), new Regex($"提出済み.*0 件.*{Regex.Escape(DigitalPerson)}.*\\d{{4}}/\\d{{2}}/\\d{{2}} \\d{{2}}:\\d{{2}}", RegexOptions.Singleline));
        StringAssert.Matches(Row(page, Statistics), new Regex($"要修正.*1 件.*{Regex.Escape(StatisticsPerson)}", RegexOptions.Singleline));
        StringAssert.Contains(Row(page, "市民生活部市民課"), "未提出");
        StringAssert.Contains(page, "2026年1月30日");
        var conflicts = Section(page, "conflicts-heading");
        StringAssert.Contains(conflicts, "競合（1 件）");
        foreach (var text in new[] { "名称A", "名称B", Digital, Statistics }) StringAssert.Contains(conflicts, text);
    }

    [TestMethod]
    public async Task TheMergedPlanComesAsJsonWordAndTheReportAsExcelWithTheDepartmentsChanges()
    {
        var plan = await PlanIdAsync();
        var json = PlanJson.Deserialize(await TextAsync($"/console?handler=Download&format=merged-json&plan={plan}"));
        Assert.AreEqual(Renamed, json.AllMeasures().Single(m => m.Id == _renamedId).Name);
        Assert.AreEqual(Akita.AllMeasures().Single(m => m.Id == "akita-1-01").Name, json.AllMeasures().Single(m => m.Id == "akita-1-01").Name, "a conflict is not merged");

        var docx = await BytesAsync($"/console?handler=Download&format=merged-docx&plan={plan}");
        Assert.IsEmpty(DocumentValidation.Validate(docx, "merged.docx"));
        Assert.AreEqual(Renamed, PlanDocumentReader.Read(docx, "merged.docx").Plan.AllMeasures().Single(m => m.Id == _renamedId).Name);

        var cells = CellTexts(await BytesAsync($"/console?handler=Download&format=merged-xlsx&plan={plan}"));
        Assert.AreEqual(2, cells.Count(c => c == "競合"), "both sides of the conflict");
        CollectionAssert.Contains(cells, Renamed);
        CollectionAssert.Contains(cells, "たくさん");
    }

    [TestMethod]
    public async Task StartingTheRevisedEditionOffersItsPlanTheComparisonAndTheChangeLog()
    {
        var page = await PageAsync("/console");
        var form = Regex.Match(page, "<form[^>]*action=\"([^\"]*handler=Revise[^\"]*)\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.IsTrue(form.Success, "the revise form");
        var token = Regex.Match(form.Groups[2].Value, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, WebUtility.HtmlDecode(form.Groups[1].Value))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["revision"] = "令和7年3月改訂", ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _office);
        using var answer = await _browser.SendAsync(post);
        Assert.AreEqual(HttpStatusCode.Redirect, answer.StatusCode, await answer.Content.ReadAsStringAsync());

        var revised = Section(await PageAsync(answer.Headers.Location!.ToString()), "revision-heading");
        StringAssert.Contains(revised, "「令和7年3月改訂」を作りました");
        var links = Regex.Matches(revised, "href=\"([^\"]*handler=Revised[^\"]*)\"").Select(m => "/console" + WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.HasCount(4, links);

        var plan = await BytesAsync(links.Single(l => l.EndsWith("file=plan", StringComparison.Ordinal)));
        Assert.IsEmpty(DocumentValidation.Validate(plan, "plan.docx"));
        var read = PlanDocumentReader.Read(plan, "plan.docx").Plan;
        Assert.AreEqual("令和7年3月改訂", read.Edition);
        var measure = read.AllMeasures().Single(m => m.Id == _renamedId);
        Assert.AreEqual(Renamed, measure.Name);
        StringAssert.Contains(string.Join(" ", measure.Notes.Select(n => n.Text)), "名称を修正");

        var comparison = await BytesAsync(links.Single(l => l.EndsWith("file=comparison", StringComparison.Ordinal)));
        Assert.IsEmpty(DocumentValidation.Validate(comparison, "comparison.docx"));
        var changes = JsonDocument.Parse(await TextAsync(links.Single(l => l.EndsWith("file=changes-json", StringComparison.Ordinal)))).RootElement;
        Assert.IsTrue(changes.EnumerateArray().Any(c => c.ToString().Contains(_renamedId, StringComparison.Ordinal)), changes.ToString());
        StringAssert.Contains(await TextAsync(links.Single(l => l.EndsWith("file=changes-csv", StringComparison.Ordinal))), Renamed);
    }

    [TestMethod]
    public async Task AnEditionNameWithoutAYearAndMonthIsExplainedNotRun()
    {
        var plan = await PlanIdAsync();
        var page = await PageAsync($"/console?plan={plan}&revision={Uri.EscapeDataString("次の版")}");
        StringAssert.Contains(Section(page, "revision-heading"), "「次の版」から改訂の年月を読み取れません");
        using var file = await SendAsync($"/console?handler=Revised&plan={plan}&revision={Uri.EscapeDataString("次の版")}&file=plan", _office);
        Assert.AreEqual(HttpStatusCode.BadRequest, file.StatusCode);
    }

    [TestMethod]
    public async Task HostileQueryValuesAreAnsweredAsNotFoundOrBadRequestNeverAsAFault()
    {
        var plan = Uri.EscapeDataString(await PlanIdAsync());
        var longName = Uri.EscapeDataString("令和7年3月改訂" + new string('あ', 200));
        string[] paths =
        [
            "/console?plan=..%2F..%2Fetc%2Fpasswd&year=99999999999",
            "/console?year=-5&revision=%00%FF",
            $"/console?plan={plan}&revision={longName}",
            $"/console?handler=Download&format=..%2F..%2Fetc%2Fpasswd&plan={plan}",
            "/console?handler=Download&format=json&plan=%E2%80%AE",
            $"/console?handler=Revised&plan={plan}&revision=令和7年3月改訂&file=..%2Fplan",
            $"/console?handler=Revised&plan={plan}&revision={longName}&file=plan",
            $"/console?handler=Chart&plan={plan}&key=%3Cscript%3E",
            "/console?handler=NoSuchHandler",
        ];
        foreach (var path in paths)
        {
            using var response = await SendAsync(path, _office);
            Assert.IsTrue(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path[..Math.Min(path.Length, 120)]}: {(int)response.StatusCode}");
        }
        StringAssert.Contains(Section(await PageAsync($"/console?plan={plan}&revision={longName}"), "revision-heading"), $"{RevisedEditionMax} 文字以内");
    }

    private const int RevisedEditionMax = OfficeDx.Service.DxOffice.RevisedEdition.MaxNameLength;

    [TestMethod]
    public async Task WithSignInOnTheConsoleNeedsTheDxOfficeRole()
    {
        using var anonymous = await SendAsync("/console", null);
        Assert.AreEqual(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var department = await SendAsync("/console", _entra.Token([AppRoles.Department], [DigitalGroup]));
        Assert.AreEqual(HttpStatusCode.Forbidden, department.StatusCode);
        using var download = await SendAsync($"/console?handler=Download&format=merged-json&plan={await PlanIdAsync()}", _entra.Token([AppRoles.Drafter]));
        Assert.AreEqual(HttpStatusCode.Forbidden, download.StatusCode);
        using var office = await SendAsync("/console", _office);
        Assert.AreEqual(HttpStatusCode.OK, office.StatusCode);
    }

    /// <summary>The text of every cell of every sheet (shared, inline or plain).</summary>
    private static List<string> CellTexts(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var shared = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).Select(c =>
            c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.DataType?.Value == CellValues.InlineString ? c.InlineString?.InnerText ?? ""
            : c.CellValue?.Text ?? "").ToList();
    }

    private static async Task SubmitAsync(byte[] workbook, string token)
    {
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/excel/workbooks/submit?name=" + Uri.EscapeDataString("提出.xlsx")) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _service.Client.SendAsync(request);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> PlanIdAsync() =>
        WebUtility.HtmlDecode(Regex.Match(await PageAsync("/console"), "<option value=\"([^\"]+)\" selected").Groups[1].Value);

    private static async Task<HttpResponseMessage> SendAsync(string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _browser.SendAsync(request);
    }

    private static async Task<byte[]> BytesAsync(string path)
    {
        using var response = await SendAsync(path, _office);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, path);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<string> TextAsync(string path) => System.Text.Encoding.UTF8.GetString(await BytesAsync(path));

    private static async Task<string> PageAsync(string path) => WebUtility.HtmlDecode(await TextAsync(path));

    private static string Row(string page, string department) =>
        Regex.Match(page, $"<tr>\\s*<th scope=\"row\">{Regex.Escape(department)}</th>(.*?)</tr>", RegexOptions.Singleline) is { Success: true } m ? m.Groups[1].Value
            : throw new AssertFailedException($"no row for {department}");

    private static string Section(string page, string heading) =>
        Regex.Match(page, $"<section[^>]*aria-labelledby=\"{heading}\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
}
