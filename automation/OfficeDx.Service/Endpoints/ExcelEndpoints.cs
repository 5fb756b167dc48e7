using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Excel;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Plans;
using OfficeDx.Service.Problems;
using OfficeDx.Service.Requests;

namespace OfficeDx.Service.Endpoints;

/// <summary>Department workbooks: the template for a plan and department, a check of a filled workbook cell by cell, and its submission.</summary>
public static class ExcelEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(RouteGroupBuilder api, ServiceOptions options)
    {
        // The shipped sample plans are served in demo mode only: a municipality's service knows its own plans and nothing else.
        var catalog = new PlanCatalog([.. options.PlanFolders, .. options.DemoMode ? PlanFolderSearch.Find() : []]);
        var store = options.DataFolder is { } data ? new SubmissionStore(data) : null;
        var excel = api.MapGroup("/excel");

        excel.MapGet("/plans", () => catalog.All.Select(p => new PlanListing(p.Id, p.Title, p.Edition, p.Profile, DepartmentScope.Departments(p))))
            .WithSummary("サービスが持つ計画と、様式を作れる担当課の一覧");

        excel.MapGet("/plans/{planId}/template", (string planId, string? department, string? deadline) =>
            {
                var plan = catalog.Find(planId) ?? throw UnknownPlan(planId, catalog);
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
                return Template(plan, body.Department, body.Deadline, "$.department", "$.deadline");
            })
            .WithSummary("送った計画（JSON）から担当課の Excel 様式（.xlsx）を作る")
            .Accepts<TemplateRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: XlsxType)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        excel.MapPost("/workbooks/check", async (HttpRequest request, string? plan) =>
            {
                var (bytes, name) = await UploadedFile.ReadAsync(request, UploadKind.Workbook);
                return Results.Json(WorkbookChecks.Check(bytes, name, catalog, plan, request.HttpContext.RequestAborted).Answer, PlanJson.Options);
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
                    throw new ApiProblem(StatusCodes.Status503ServiceUnavailable, "このサービスには提出を保存するフォルダーが設定されていません（officedx serve --data）。");
                var (bytes, name) = await UploadedFile.ReadAsync(request, UploadKind.Workbook);
                var (check, planned) = WorkbookChecks.Check(bytes, name, catalog, plan, request.HttpContext.RequestAborted);
                var (storedAs, all) = await store.StoreAsync(planned.Id, check.Department, bytes, request.HttpContext.RequestAborted);
                var collected = ExcelCollector.Collect(planned, ServiceProfiles.Get(planned.Profile), all, request.HttpContext.RequestAborted);
                return Results.Json(new WorkbookSubmitAnswer(check, storedAs, all.Count, collected.Plan, collected.Report.Select(WorkbookEntry.From).ToArray()), PlanJson.Options);
            })
            .WithSummary("記入された様式を提出する：サービスに保存し、各課の最新の提出をまとめて計画に反映した結果と報告を返す")
            .Accepts<IFormFile>(XlsxType, "application/octet-stream", "multipart/form-data")
            .Produces<WorkbookSubmitAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();
    }

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
