using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;
using OfficeDx.Service.Authorization;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;
using static OfficeDx.Service.Tests.Support.ExcelRequests;

namespace OfficeDx.Service.Tests;

/// <summary>
/// Every endpoint of the service against every kind of caller, with tokens minted by a local stand-in for Entra ID and validated by
/// Microsoft.Identity.Web: 401 without a token, 403 for a role the endpoint is not for, 403 for another department's workbook, 200
/// where allowed. The endpoints are read from the running service's EndpointDataSource: one without a row here fails the test.
/// </summary>
[TestClass]
public sealed class RoleMatrixTests
{
    private const string DigitalGroup = "0a0a0a0a-1111-4000-8000-000000000001";
    private const string StatisticsGroup = "0a0a0a0a-2222-4000-8000-000000000002";
    private const string JsonType = "application/json";

    private static EntraStandIn _entra = null!;
    private static RunningService _service = null!;
    private static string _data = null!;
    private static string _ooxml = null!;
    private static byte[] _marked = null!;

    /// <summary>Who an endpoint is for.</summary>
    private enum Access
    {
        /// <summary>No sign-in at all (health, OpenAPI).</summary>
        Anyone,
        /// <summary>Any of the three roles.</summary>
        AnyRole,
        /// <summary>drafter or dxoffice: the Word pane.</summary>
        Drafter,
        /// <summary>department or dxoffice, nothing about a department in the request.</summary>
        Department,
        /// <summary>department for its own department's workbook, or dxoffice.</summary>
        OwnDepartment,
        /// <summary>dxoffice only.</summary>
        DxOffice,
    }

    /// <summary>One kind of caller: the token it sends (null: none).</summary>
    private sealed record Caller(string Name, string? Token, Func<Access, HttpStatusCode> Expected);

    private sealed record Row(string Method, string Pattern, Access Access, Func<HttpRequestMessage> Request);

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        _entra = await EntraStandIn.StartAsync();
        _data = Directory.CreateTempSubdirectory("odx-roles-").FullName;
        _service = await RunningService.StartAsync(new ServiceOptions
        {
            Entra = _entra.Options,
            PlanFolders = [RepositoryFiles.Samples],
            DataFolder = _data,
            DepartmentGroups = new Dictionary<string, string> { [DigitalGroup] = Digital, [StatisticsGroup] = Statistics },
        });
        var office = _entra.Token([AppRoles.DxOffice]);
        _ooxml = await (await Send(Json(HttpMethod.Post, "/api/word/fragments/measure-table", RequestBodies.MeasureBody(RequestBodies.Sample)), office)).Content.ReadAsStringAsync();
        var marking = Docx("/api/glossary/mark?profile=katagami", WordDocuments.Typed("RPAとクラウドを使う。"))();
        _marked = await (await Send(marking, office)).Content.ReadAsByteArrayAsync();
    }

    [ClassCleanup]
    public static async Task Stop()
    {
        await _service.DisposeAsync();
        await _entra.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private static IReadOnlyList<Row> Matrix()
    {
        var hachinohe = PlanFile.Load(RepositoryFiles.SamplePlan("hachinohe"));
        var hachinoheDocx = PlanDocumentWriter.Write(hachinohe, ProfileLibrary.Load(hachinohe.Profile));
        var templateForDigital = $"{{\"plan\":{File.ReadAllText(RepositoryFiles.SamplePlan("akita"))},\"department\":\"{Digital}\"}}";
        var fragment = RequestBodies.FragmentBody(_ooxml);
        var digitalWorkbook = Workbook(Digital);
        return
        [
            new("GET", "/health", Access.Anyone, () => new(HttpMethod.Get, "/health")),
            new("GET", "/openapi/{documentName}.json", Access.Anyone, () => new(HttpMethod.Get, "/openapi/v1.json")),
            new("GET", "/auth-config.json", Access.Anyone, () => new(HttpMethod.Get, "/auth-config.json")),
            new("GET", "/api/profiles", Access.AnyRole, () => new(HttpMethod.Get, "/api/profiles")),
            new("GET", "/api/profiles/{name}/form", Access.AnyRole, () => new(HttpMethod.Get, "/api/profiles/akita/form?from=2021&to=2023")),
            new("POST", "/api/word/fragments/measure-table", Access.Drafter, () => Json(HttpMethod.Post, "/api/word/fragments/measure-table", RequestBodies.MeasureBody(RequestBodies.Sample))),
            new("POST", "/api/word/fragments/schedule-rows", Access.Drafter, () => Json(HttpMethod.Post, "/api/word/fragments/schedule-rows", RequestBodies.MeasureBody(RequestBodies.Sample))),
            new("GET", "/api/word/fragments/legend", Access.Drafter, () => new(HttpMethod.Get, "/api/word/fragments/legend?profile=akita")),
            new("POST", "/api/word/fragments/read", Access.Drafter, () => Json(HttpMethod.Post, "/api/word/fragments/read", fragment)),
            new("POST", "/api/word/fragments/check", Access.Drafter, () => Json(HttpMethod.Post, "/api/word/fragments/check", fragment)),
            new("POST", "/api/word/fragments/document", Access.Drafter, () => Json(HttpMethod.Post, "/api/word/fragments/document", fragment)),
            new("POST", "/api/word/documents/harvest", Access.Drafter, Docx("/api/word/documents/harvest", hachinoheDocx)),
            new("GET", "/api/glossary/terms", Access.Drafter, () => new(HttpMethod.Get, "/api/glossary/terms?q=ICT")),
            new("GET", "/api/glossary/marker", Access.Drafter, () => new(HttpMethod.Get, "/api/glossary/marker?profile=akita&term=ICT&number=1")),
            new("POST", "/api/glossary/mark", Access.Drafter, Docx("/api/glossary/mark?profile=katagami", WordDocuments.Typed("RPAとクラウドを使う。"))),
            new("POST", "/api/glossary/refresh", Access.Drafter, Docx("/api/glossary/refresh?profile=katagami", _marked)),
            new("POST", "/api/glossary/refresh/section", Access.Drafter, Docx("/api/glossary/refresh/section?profile=katagami", _marked)),
            new("POST", "/api/glossary/check", Access.Drafter, Docx("/api/glossary/check", _marked)),
            new("POST", "/api/glossary/fragments/section", Access.Drafter, () => Json(HttpMethod.Post, "/api/glossary/fragments/section", """{"profile":"katagami","terms":["ICT"]}""")),
            new("GET", "/api/excel/plans", Access.Department, () => new(HttpMethod.Get, "/api/excel/plans")),
            new("GET", "/api/excel/plans/{planId}/template", Access.OwnDepartment,
                () => new(HttpMethod.Get, $"/api/excel/plans/{Akita.Id}/template?department={Uri.EscapeDataString(Digital)}")),
            new("POST", "/api/excel/template", Access.OwnDepartment, () => Json(HttpMethod.Post, "/api/excel/template", templateForDigital)),
            new("POST", "/api/excel/workbooks/check", Access.OwnDepartment, () => Xlsx("/api/excel/workbooks/check", digitalWorkbook)),
            new("POST", "/api/excel/workbooks/submit", Access.OwnDepartment, () => Xlsx("/api/excel/workbooks/submit", digitalWorkbook)),
            new("GET", "/api/excel/plans/{planId}/submissions", Access.DxOffice, () => new(HttpMethod.Get, $"/api/excel/plans/{Akita.Id}/submissions")),
            new("GET", "/api/excel/plans/{planId}/merged", Access.DxOffice, () => new(HttpMethod.Get, $"/api/excel/plans/{Akita.Id}/merged")),
        ];
    }

    private static IReadOnlyList<Caller> Callers() =>
    [
        new("トークンなし", null, access => access == Access.Anyone ? HttpStatusCode.OK : HttpStatusCode.Unauthorized),
        new("ロールなし", _entra.Token([], [DigitalGroup]), access => access == Access.Anyone ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
        new("drafter", _entra.Token([AppRoles.Drafter], [DigitalGroup]),
            access => access is Access.Anyone or Access.AnyRole or Access.Drafter ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
        new("department（自課）", _entra.Token([AppRoles.Department], [DigitalGroup]),
            access => access is Access.Anyone or Access.AnyRole or Access.Department or Access.OwnDepartment ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
        new("department（他課）", _entra.Token([AppRoles.Department], [StatisticsGroup]),
            access => access is Access.Anyone or Access.AnyRole or Access.Department ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
        new("department（課の対応なし）", _entra.Token([AppRoles.Department], ["ffffffff-0000-4000-8000-000000000000"]),
            access => access is Access.Anyone or Access.AnyRole or Access.Department ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
        new("dxoffice", _entra.Token([AppRoles.DxOffice]), _ => HttpStatusCode.OK),
    ];

    [TestMethod]
    public void EveryEndpointOfTheServiceHasARowInTheMatrix()
    {
        var endpoints = _service.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal).ToArray();
        var rows = Matrix().Select(r => $"{r.Method} {r.Pattern}").Order(StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(endpoints, rows,
            "行のないエンドポイント: " + string.Join(", ", endpoints.Except(rows)) + " / エンドポイントのない行: " + string.Join(", ", rows.Except(endpoints)));
    }

    [TestMethod]
    public async Task EveryEndpointAnswersEachCallerAsItsRoleAndDepartmentAllow()
    {
        var mismatches = new List<string>();
        foreach (var row in Matrix())
        {
            foreach (var caller in Callers())
            {
                var expected = caller.Expected(row.Access);
                using var response = await Send(row.Request(), caller.Token);
                if (response.StatusCode != expected)
                    mismatches.Add($"{row.Method} {row.Pattern} × {caller.Name}: {(int)response.StatusCode}（期待 {(int)expected}） {Truncate(await response.Content.ReadAsStringAsync())}");
                else if (expected != HttpStatusCode.OK)
                    Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType, $"{row.Pattern} × {caller.Name}");
            }
        }
        Assert.IsEmpty(mismatches, string.Join("\n", mismatches));
    }

    [TestMethod]
    public async Task AnotherDepartmentsWorkbookIsRefusedInJapaneseNamingBothDepartments()
    {
        using var response = await Send(Xlsx("/api/excel/workbooks/submit", Workbook(Digital)), _entra.Token([AppRoles.Department], [StatisticsGroup]));
        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        StringAssert.Contains(body, Digital);
        StringAssert.Contains(body, Statistics);
    }

    [TestMethod]
    public async Task ATokenSignedByAnotherKeyOrForAnotherAudienceIsRefused()
    {
        await using var other = await EntraStandIn.StartAsync();
        using var forged = await Send(new(HttpMethod.Get, "/api/profiles"), other.Token([AppRoles.DxOffice]));
        Assert.AreEqual(HttpStatusCode.Unauthorized, forged.StatusCode);
        using var elsewhere = await Send(new(HttpMethod.Get, "/api/profiles"), _entra.Token([AppRoles.DxOffice], audience: "api://another-app"));
        Assert.AreEqual(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
    }

    private static async Task<HttpResponseMessage> Send(HttpRequestMessage request, string? token)
    {
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _service.Client.SendAsync(request);
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, string json) =>
        new(method, path) { Content = new StringContent(json, Encoding.UTF8, JsonType) };

    private static Func<HttpRequestMessage> Docx(string path, byte[] docx) => () => new(HttpMethod.Post, path) { Content = WordDocuments.Upload(docx) };

    private static HttpRequestMessage Xlsx(string path, byte[] workbook)
    {
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new(HttpMethod.Post, path + "?name=" + Uri.EscapeDataString("提出.xlsx")) { Content = content };
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
