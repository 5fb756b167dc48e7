using System.Globalization;
using Hangfire;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using OfficeDx.Core.Json;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reports;
using OfficeDx.Documents.Revisions;
using OfficeDx.Documents.Writing;
using OfficeDx.Service.DxOffice;
using OfficeDx.Service.Jobs;
using OfficeDx.Service.Plans;
using OfficeDx.Service.Reports;
using OfficeDx.Storage;
using OfficeDx.Storage.Reports;

namespace OfficeDx.Service.Pages.Console;

/// <summary>
/// The DX office's console: for a stored plan edition each department's submission state (who submitted, when), the conflicts
/// between departments, the plan merged from their workbooks (JSON, .docx, the collect report as .xlsx), the revised edition
/// made from it (plan.docx, 新旧対照表, change log), the progress report with its charts, the harvest runs and their errors, and
/// the schedule with a run-now button.
/// </summary>
public sealed class IndexModel(JobOptions options, SubmissionStore submissions, IServiceProvider services) : PageModel
{
    private const int RunsShown = 10;

    /// <summary>The document id of the plan edition shown (the first stored plan when none is chosen).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Plan { get; set; }

    /// <summary>The fiscal year of the progress report (the plan's last year up to the current one when none is chosen).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Message { get; set; }

    /// <summary>The name of the revised edition asked for (令和7年3月改訂); its files are offered when it can be made.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Revision { get; set; }

    public RevisionOutput? Revised { get; private set; }
    public string? RevisionProblem { get; private set; }

    public IReadOnlyList<StoredPlan> Plans { get; private set; } = [];
    public EditionOverview? Edition { get; private set; }
    public ProgressReport? Report { get; private set; }
    public IReadOnlyList<ChartData> Charts { get; private set; } = [];
    public ReportWording? Wording { get; private set; }
    public IReadOnlyList<HarvestRunRecord> Runs { get; private set; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<HarvestErrorRecord>> Errors { get; private set; } = new Dictionary<string, IReadOnlyList<HarvestErrorRecord>>();
    public IReadOnlyList<ScheduleState> Schedules { get; private set; } = [];
    public DateOnly? Deadline => options.Deadline;
    public string StoreName => options.Store.Display;

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        await using var store = await HarvestStore.OpenAsync(options.Store, cancellation);
        Plans = await StoredPlans.LoadAsync(store, cancellation);
        if ((Plans.FirstOrDefault(p => p.DocumentId == Plan) ?? Plans.FirstOrDefault()) is { } chosen)
        {
            Plan = chosen.DocumentId;
            Edition = await EditionOverview.LoadAsync(store, submissions, chosen, cancellation);
            if (Revision is { Length: > 0 }) (Revised, RevisionProblem) = RevisedEdition.Run(Edition, Revision);
            var year = ReportYear(chosen);
            Year = year.StartYear;
            Report = (await StoredProgress.BuildAsync(store, chosen.DocumentId, year, cancellation)).Report;
            var profile = ProfileLibrary.Load(chosen.Plan.Profile);
            Wording = new ReportWording(profile);
            Charts = ProgressCharts.All(Report, profile).ToList();
        }
        Runs = await store.RecentRunsAsync(RunsShown, cancellation);
        var errors = new Dictionary<string, IReadOnlyList<HarvestErrorRecord>>(StringComparer.Ordinal);
        foreach (var run in Runs.Where(r => r.Errors > 0)) errors[run.RunId] = (await store.ErrorsAsync(run.RunId, cancellation)).Take(20).ToList();
        Errors = errors;
        if (services.GetService<JobStorage>() is { } storage) Schedules = HarvestJobs.States(storage, options);
    }

    /// <summary>Starts a configured harvest now, outside its schedule (Hangfire runs it once, on whichever instance takes it).</summary>
    public IActionResult OnPostRunNow(string schedule)
    {
        if (options.Schedules.All(s => s.Name != schedule)) return NotFound();
        services.GetRequiredService<IRecurringJobManager>().Trigger(schedule);
        return RedirectToPage(new { Plan, Year, Message = $"回収「{schedule}」を開始しました。結果は下の「回収の記録」に出ます。" });
    }

    /// <summary>Makes the revised edition from the merged plan; the page then offers its files (or says why it cannot be made).</summary>
    public IActionResult OnPostRevise(string? revision)
    {
        if (RevisedEdition.Problem(revision) is { } problem) return RedirectToPage(new { Plan, Year, Message = problem });
        return RedirectToPage(null, null, new { Plan, Year, Revision = revision!.Trim() }, "revision-heading");
    }

    /// <summary>One file of the revised edition, made again from the store (the same bytes every time).</summary>
    public async Task<IActionResult> OnGetRevisedAsync(string file, CancellationToken cancellation)
    {
        if (RevisedEdition.Files.FirstOrDefault(f => f.Key == file) is not { FileName: not null } wanted) return NotFound();
        await using var store = await HarvestStore.OpenAsync(options.Store, cancellation);
        if ((await StoredPlans.LoadAsync(store, cancellation)).FirstOrDefault(p => p.DocumentId == Plan) is not { } chosen) return NotFound();
        var (output, problem) = RevisedEdition.Run(await EditionOverview.LoadAsync(store, submissions, chosen, cancellation), Revision ?? "");
        if (output is null) return BadRequest(problem ?? "改訂版を作れませんでした。");
        return File(RevisedEdition.Bytes(output, file), wanted.ContentType, $"{chosen.Plan.Id}-{wanted.FileName}");
    }

    /// <summary>The stored plan as JSON or .docx, the plan merged from the departments' workbooks (JSON, .docx, the report as .xlsx), or the progress report as .docx or .xlsx.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string format, CancellationToken cancellation)
    {
        await using var store = await HarvestStore.OpenAsync(options.Store, cancellation);
        var plans = await StoredPlans.LoadAsync(store, cancellation);
        if (plans.FirstOrDefault(p => p.DocumentId == Plan) is not { } chosen) return NotFound();
        var profile = ProfileLibrary.Load(chosen.Plan.Profile);
        var name = chosen.Plan.Id;
        switch (format)
        {
            case "json":
                return File(System.Text.Encoding.UTF8.GetBytes(PlanJson.Serialize(chosen.Plan)), "application/json", $"{name}.json");
            case "docx":
                return File(PlanDocumentWriter.Write(chosen.Plan, profile), Docx, $"{name}.docx");
            case "merged-json":
            case "merged-docx":
            case "merged-xlsx":
                var merged = (await submissions.CollectAsync(chosen.Plan, cancellation)).Collected;
                return format switch
                {
                    "merged-json" => File(System.Text.Encoding.UTF8.GetBytes(PlanJson.Serialize(merged.Plan)), "application/json", $"{name}-merged.json"),
                    "merged-docx" => File(PlanDocumentWriter.Write(merged.Plan, profile), Docx, $"{name}-merged.docx"),
                    _ => File(CollectReportWriter.Xlsx(merged.Report), Xlsx, $"{name}-merged-report.xlsx"),
                };
            case "report-docx":
            case "report-xlsx":
                var report = (await StoredProgress.BuildAsync(store, chosen.DocumentId, ReportYear(chosen), cancellation)).Report;
                var year = report.Year.StartYear.ToString(CultureInfo.InvariantCulture);
                return format == "report-docx"
                    ? File(ProgressReportWriter.Write(report, profile), Docx, $"{name}-progress-{year}.docx")
                    : File(ProgressWorkbookWriter.Write(report, profile), Xlsx, $"{name}-progress-{year}.xlsx");
            default:
                return NotFound();
        }
    }

    /// <summary>One chart of the progress report as a PNG.</summary>
    public async Task<IActionResult> OnGetChartAsync(string key, CancellationToken cancellation)
    {
        await using var store = await HarvestStore.OpenAsync(options.Store, cancellation);
        var plans = await StoredPlans.LoadAsync(store, cancellation);
        if (plans.FirstOrDefault(p => p.DocumentId == Plan) is not { } chosen) return NotFound();
        var report = (await StoredProgress.BuildAsync(store, chosen.DocumentId, ReportYear(chosen), cancellation)).Report;
        var chart = ProgressCharts.All(report, ProfileLibrary.Load(chosen.Plan.Profile)).FirstOrDefault(c => c.Key == key);
        return chart is null ? NotFound() : File(ChartImages.Png(chart), "image/png");
    }

    public string Local(DateTimeOffset? time) =>
        time is { } t ? TimeZoneInfo.ConvertTime(t, Tokyo).ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public string Local(DateTime? utc) => utc is { } t ? Local(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))) : "—";

    private FiscalYear ReportYear(StoredPlan plan)
    {
        var period = plan.Plan.Period;
        var wanted = Year is { } y ? new FiscalYear(Math.Clamp(y, FiscalYear.MinYear, FiscalYear.MaxYear)) : FiscalYear.Containing(DateOnly.FromDateTime(DateTime.UtcNow));
        return wanted < period.From ? period.From : wanted > period.To ? period.To : wanted;
    }

    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Tokyo", out var zone) ? zone : TimeZoneInfo.Utc;
}
