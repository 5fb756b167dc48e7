using Microsoft.AspNetCore.Http;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Excel;
using OfficeDx.Service.Plans;
using OfficeDx.Service.Problems;
using OfficeDx.Service.Requests;

namespace OfficeDx.Service.Endpoints;

/// <summary>
/// Checks one department workbook exactly as `officedx excel collect` would (the same reader, the same messages), after refusing
/// with a problem document what cannot be checked at all: a file that is not a workbook, or a marker naming another plan or edition.
/// </summary>
public static class WorkbookChecks
{
    /// <summary>Checks the workbook; <paramref name="authorize"/> hears the marker's department first and may refuse it (403) before any collect work.</summary>
    public static (WorkbookCheckAnswer Answer, Plan Plan) Check(byte[] bytes, string name, PlanCatalog catalog, string? expectedPlan, CancellationToken cancellation, Action<string>? authorize = null)
    {
        WorkbookFile file;
        try
        {
            file = WorkbookFile.Read(bytes, name);
        }
        catch (WorkbookOpenException e)
        {
            throw new ApiProblem(e.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, $"{e.File}: {e.Reason}", [new ProblemItem(e.File, e.Reason)]);
        }
        var marker = WorkbookMarker.Read(file)
            ?? throw new ApiProblem(StatusCodes.Status422UnprocessableEntity,
                $"{name}: OfficeDx で作成した様式ではありません（様式を識別する情報がありません）。配布された様式に記入してください。",
                [new ProblemItem(name, "様式を識別する情報（非表示のシート）がありません。")]);
        authorize?.Invoke(marker.Department);
        if (expectedPlan is not null && marker.PlanId != expectedPlan)
            throw new ApiProblem(StatusCodes.Status422UnprocessableEntity,
                $"{name}: 別の計画（{marker.PlanId}）の様式です。この計画（{expectedPlan}）の様式に記入し直してください。",
                [new ProblemItem(WorkbookMarker.PlanIdPlace, $"様式の計画は「{marker.PlanId}」です。")]);
        var plan = catalog.Find(marker.PlanId)
            ?? throw new ApiProblem(StatusCodes.Status422UnprocessableEntity,
                $"{name}: 計画「{marker.PlanId}」の様式ですが、このサービスにはその計画がありません。配布元（DX担当課）に確認してください。",
                [new ProblemItem(WorkbookMarker.PlanIdPlace, $"計画「{marker.PlanId}」はサービスに登録されていません。")]);

        var report = ExcelCollector.Collect(plan, ServiceProfiles.Get(plan.Profile), [(name, bytes)], cancellation).Report;
        // A marker for another edition or department makes collect refuse the workbook whole, at a cell of the hidden sheet
        // the drafter cannot see: that is a refusal of the request, not a finding to highlight.
        var refused = report.Where(e => e.Status == ReportStatus.Rejected && e.Place.StartsWith(ExcelLayout.MarkerSheet + "!", StringComparison.Ordinal)).ToArray();
        if (refused.Length > 0)
            throw new ApiProblem(StatusCodes.Status422UnprocessableEntity, $"{name}: {refused[0].Message}",
                refused.Select(e => new ProblemItem(e.Place, e.Message)).ToArray());

        var findings = report.Where(e => e.Status != ReportStatus.Accepted).Select(WorkbookEntry.From).ToArray();
        var changes = report.Where(e => e.Status == ReportStatus.Accepted).Select(WorkbookEntry.From).ToArray();
        var summary = Enum.GetValues<ReportStatus>().ToDictionary(s => s.ToString().ToLowerInvariant(), s => report.Count(e => e.Status == s));
        var clean = report.All(e => e.Status is ReportStatus.Accepted or ReportStatus.Notice);
        return (new WorkbookCheckAnswer(plan.Id, plan.Edition ?? "", marker.Department, name, clean, summary, findings, changes), plan);
    }
}
