using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Excel;
using OfficeDx.Service.Authorization;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Plans;
using OfficeDx.Service.Problems;
using OfficeDx.Service.Requests;

namespace OfficeDx.Service.Endpoints;

/// <summary>Department workbooks: the template for a plan and department, a check of a filled workbook cell by cell, and its submission.</summary>
public static class ExcelEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Maps the department endpoints on <paramref name="api"/> and the DX office's on <paramref name="office"/> (its own authorization).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder office, ServiceOptions options)
    {
        // The shipped sample plans are served in demo mode only: a municipality's service knows its own plans and nothing else.
        var catalog = new PlanCatalog([.. options.PlanFolders, .. options.DemoMode ? PlanFolderSearch.Find() : []]);
        var store = options.EffectiveStore is { } location
            ? new SubmissionStore(OfficeDx.Storage.StoreLocation.Parse(location), copyToSharePoint: options.SharePointCopy is not null)
            : null;
        var excel = api.MapGroup("/excel");

        excel.MapGet("/plans", () => catalog.All.Select(p => new PlanListing(p.Id, p.Title, p.Edition, p.Profile, DepartmentScope.Departments(p))))
            .WithSummary("サービスが持つ計画と、様式を作れる担当課の一覧");

        excel.MapGet("/plans/{planId}/template", (HttpContext context, string planId, string? department, string? deadline) =>
            {
                var plan = catalog.Find(planId) ?? throw UnknownPlan(planId, catalog);
                CallerDepartments.Demand(context, options, department ?? "", "作成");
                return Template(plan, department ?? "", deadline, "department", "deadline");
            })
            .WithSummary("担当課の Excel 様式（.xlsx）を作る：施策・指標・用語のシートと、計画・版・担当課の目印")
            .Produces(StatusCodes.Status200OK, contentType: XlsxType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        excel.MapPost("/template", async (HttpRequest request) =>
            {
                var body = await JsonBody.ReadAsync<TemplateRequest>(request);
                var plan = body.Plan ?? throw new ApiProblem(StatusCodes.Status400BadRequest, "plan がありません。計画の JSON を plan に入れて送ってください。",
                    [new ProblemItem("$.plan", "ありません。")]);
                var problems = PlanValidator.Validate(plan).Select(p => new ProblemItem("$.plan" + p.Path[1..], p.Message)).ToArray();
                if (problems.Length > 0)
                    throw new ApiProblem(StatusCodes.Status400BadRequest, $"計画に {problems.Length} 件の誤りがあります: {problems[0].Place} {problems[0].Message}", problems);
                ServiceProfiles.Get(plan.Profile);
                CallerDepartments.Demand(request.HttpContext, options, body.Department, "作成");
                return Template(plan, body.Department, body.Deadline, "$.department", "$.deadline");
            })
            .WithSummary("送った計画（JSON）から担当課の Excel 様式（.xlsx）を作る")
            .Accepts<TemplateRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: XlsxType)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        excel.MapPost("/workbooks/check", async (HttpRequest request, string? plan) =>
            {
                var (bytes, name) = await UploadedFile.ReadAsync(request, UploadKind.Workbook);
                return Results.Json(WorkbookChecks.Check(bytes, name, catalog, plan, request.HttpContext.RequestAborted,
                    d => CallerDepartments.Demand(request.HttpContext, options, d, "チェック")).Answer, PlanJson.Options);
            })
            .WithSummary("記入された様式を回収と同じ規則で検査し、反映できない記入をシート名・セル番地・理由（日本語）で返す")
            .Accepts<IFormFile>(XlsxType, "application/octet-stream", "multipart/form-data")
            .Produces<WorkbookCheckAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();

        excel.MapPost("/workbooks/submit", async (HttpRequest request, string? plan) =>
            {
                if (store is null)
                    throw new ApiProblem(StatusCodes.Status503ServiceUnavailable, "このサービスには提出を保存するストアが設定されていません（OfficeDx:Store、officedx serve --store）。");
                var (bytes, name) = await UploadedFile.ReadAsync(request, UploadKind.Workbook);
                var (check, planned) = WorkbookChecks.Check(bytes, name, catalog, plan, request.HttpContext.RequestAborted,
                    d => CallerDepartments.Demand(request.HttpContext, options, d, "提出"));
                var submitter = CallerDepartments.Submitter(request.HttpContext.User);
                var copies = request.HttpContext.RequestServices.GetService<SharePointCopies>();
                var answer = await store.SubmitAsync(planned, check, name, bytes, submitter, request.HttpContext.RequestAborted, stored =>
                {
                    // Stored: the caller must now hear so, whatever the time budget says (the answer is written whole below).
                    request.HttpContext.Features.Get<IHttpRequestTimeoutFeature>()?.DisableTimeout();
                    copies?.Enqueue(stored.Id);
                });
                return new CommittedAnswer<WorkbookSubmitAnswer>(answer);
            })
            .WithSummary("記入された様式を提出する：サービスに保存し、各課の最新の提出をまとめて計画に反映した結果と報告を返す")
            .Accepts<IFormFile>(XlsxType, "application/octet-stream", "multipart/form-data")
            .Produces<WorkbookSubmitAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();

        MapOffice(office, catalog, store);
    }

    /// <summary>The DX office's view: every submission kept for a plan, and the plan merged from each department's latest.</summary>
    private static void MapOffice(RouteGroupBuilder office, PlanCatalog catalog, SubmissionStore? store)
    {
        var excel = office.MapGroup("/excel");
        excel.MapGet("/plans/{planId}/submissions", async (string planId, CancellationToken cancel) =>
            {
                var plan = catalog.Find(planId) ?? throw UnknownPlan(planId, catalog);
                return Results.Json(await (store ?? throw NoStore()).ListAsync(plan, cancel), PlanJson.Options);
            })
            .WithSummary("計画に提出されたすべての様式（課・提出者・日時・SHA-256・指摘）。新しいものから")
            .Produces<IReadOnlyList<SubmissionListing>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        excel.MapGet("/plans/{planId}/merged", async (string planId, CancellationToken cancel) =>
            {
                var plan = catalog.Find(planId) ?? throw UnknownPlan(planId, catalog);
                return Results.Json(await (store ?? throw NoStore()).MergedAsync(plan, cancel), PlanJson.Options);
            })
            .WithSummary("各課の最新の提出をまとめて計画に反映した結果と、回収の報告")
            .Produces<MergedPlanAnswer>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static ApiProblem NoStore() =>
        new(StatusCodes.Status503ServiceUnavailable, "このサービスには提出を保存するストアが設定されていません（OfficeDx:Store、officedx serve --store）。");

    private static IResult Template(Plan plan, string department, string? deadline, string departmentPlace, string deadlinePlace)
    {
        var departments = DepartmentScope.Departments(plan);
        if (!departments.Contains(department, StringComparer.Ordinal))
            throw new ApiProblem(StatusCodes.Status400BadRequest,
                department.Length == 0
                    ? $"担当課を指定してください。この計画の担当課は {string.Join("、", departments)} です。"
                    : $"計画に「{department}」が担当する施策はありません。この計画の担当課は {string.Join("、", departments)} です。",
                [new ProblemItem(departmentPlace, department.Length == 0 ? "ありません。" : $"「{department}」はこの計画の担当課ではありません。")]);
        DateOnly? due = null;
        if (!string.IsNullOrEmpty(deadline))
        {
            if (!DateOnly.TryParseExact(deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                throw new ApiProblem(StatusCodes.Status400BadRequest, $"提出期限「{deadline}」を日付として読み取れません（例 2026-01-30）。",
                    [new ProblemItem(deadlinePlace, "年-月-日（例 2026-01-30）で書いてください。")]);
            due = parsed;
        }
        return Results.File(ExcelTemplateWriter.Write(plan, ServiceProfiles.Get(plan.Profile), department, due), XlsxType, ExcelTemplateWriter.FileName(department));
    }

    private static ApiProblem UnknownPlan(string planId, PlanCatalog catalog) =>
        new(StatusCodes.Status404NotFound,
            $"計画「{planId}」はこのサービスにありません。" + (catalog.All.Count == 0 ? "サービスに計画が登録されていません（officedx serve --plans）。" : $"あるのは {string.Join("、", catalog.All.Select(p => p.Id))} です。"),
            [new ProblemItem("planId", $"「{planId}」は登録されていない計画です。")]);
}
