using System.Net.Http.Headers;
using System.Text.Json;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Service.Tests.Support;

/// <summary>The Akita sample's department workbooks and the calls the Excel pane makes with them.</summary>
public static class ExcelRequests
{
    public const string Digital = "デジタル化推進本部";
    public const string Statistics = "企画財政部情報統計課";

    public static OfficeDx.Core.Model.Plan Akita { get; } = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));

    public static byte[] Workbook(string department) => ExcelTemplateWriter.Write(Akita, ProfileLibrary.Load("akita"), department);

    /// <summary>The report `officedx excel collect` makes of the one workbook: what the service's answer must agree with.</summary>
    public static IReadOnlyList<ReportEntry> CollectReport(string name, byte[] workbook) =>
        ExcelCollector.Collect(Akita, ProfileLibrary.Load("akita"), [(name, workbook)]).Report;

    public static Task<HttpResponseMessage> PostWorkbookAsync(this RunningService service, string path, byte[] workbook, string name = "提出.xlsx")
    {
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return service.Client.PostAsync($"{path}{(path.Contains('?') ? '&' : '?')}name={Uri.EscapeDataString(name)}", content);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.IsTrue(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }
}
