using System.Globalization;
using OfficeDx.Documents.Excel;
using OfficeDx.Service.Plans;
using OfficeDx.Storage;

namespace OfficeDx.Service.DxOffice;

/// <summary>
/// One department's submission for a plan edition: its state, the findings on its workbook, which file, when it arrived, and who
/// submitted it (the person signed in to the Excel pane; none for a workbook harvested from a folder or SharePoint).
/// </summary>
public sealed record DepartmentSubmission(string Department, SubmissionState State, int Findings, string? File, DateTimeOffset? ReceivedAt, string? Submitter, SubmissionChannel? Channel);

/// <summary>How a department's workbook reached the service.</summary>
public enum SubmissionChannel
{
    /// <summary>提出: sent from the Excel pane (the submit endpoint), kept with its submitter.</summary>
    Submitted,
    /// <summary>回収: found by a harvest of a folder or a SharePoint library.</summary>
    Harvested,
}

/// <summary>Two or more departments sent different values for the same cell of a measure.</summary>
public sealed record SubmissionConflict(string MeasureId, string MeasureName, string Field, IReadOnlyList<(string Department, string Value, string Place)> Values);

/// <summary>
/// What the console shows for one stored plan edition: each department's state (from its latest workbook, submitted or harvested)
/// and the conflicts between departments (as collect finds them in the submitted workbooks, and between harvested ones).
/// </summary>
public sealed record EditionOverview(StoredPlan Plan, IReadOnlyList<DepartmentSubmission> Departments, IReadOnlyList<SubmissionConflict> Conflicts, CollectResult Merged, int MergedWorkbooks)
{
    public static async Task<EditionOverview> LoadAsync(HarvestStore store, SubmissionStore submissions, StoredPlan plan, CancellationToken cancellation)
    {
        var harvested = (await StoredSubmissions.LoadAsync(store, cancellation)).Where(s => s.PlanId == plan.Plan.Id).ToList();
        var findings = (await store.QueryAsync("SELECT document_id, problem_count FROM documents WHERE deleted = 0", cancellation))
            .ToDictionary(r => r[0]!, r => int.Parse(r[1]!, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var (merged, latest) = await submissions.CollectAsync(plan.Plan, cancellation);
        var named = plan.Plan.AllMeasures().SelectMany(m => m.Departments).Concat(harvested.Select(s => s.Department)).Concat(latest.Select(l => l.Department))
            .Distinct(StringComparer.Ordinal).ToList();
        var departments = named.Select(department =>
        {
            var candidates = new List<DepartmentSubmission>();
            if (latest.Where(l => l.Department == department).MaxBy(l => l.Seq) is { } sent)
            {
                var count = System.Text.Json.JsonDocument.Parse(sent.FindingsJson).RootElement.GetArrayLength();
                candidates.Add(new DepartmentSubmission(department, count > 0 ? SubmissionState.NeedsFix : SubmissionState.Submitted, count, sent.FileName,
                    sent.SubmittedAt, sent.Submitter, SubmissionChannel.Submitted));
            }
            // A department may have sent several files to the library; the one harvested last is its submission.
            if (harvested.Where(s => s.Department == department).GroupBy(s => s.DocumentId).MaxBy(g => g.Max(s => s.HarvestedAt)) is { } files)
            {
                var count = findings.GetValueOrDefault(files.Key);
                candidates.Add(new DepartmentSubmission(department, count > 0 ? SubmissionState.NeedsFix : SubmissionState.Submitted, count, files.First().Path,
                    files.Max(s => s.HarvestedAt), null, SubmissionChannel.Harvested));
            }
            return candidates.MaxBy(c => c.ReceivedAt) ?? new DepartmentSubmission(department, SubmissionState.NotSubmitted, 0, null, null, null, null);
        }).ToList();

        var names = plan.Plan.AllMeasures().ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        string Name(string id) => names.GetValueOrDefault(id, id);
        var conflicts = merged.Report.Where(e => e.Status == ReportStatus.Conflict && e.MeasureId is not null)
            .GroupBy(e => (e.MeasureId!, e.Key))
            .Select(g => new SubmissionConflict(g.Key.Item1, Name(g.Key.Item1), g.First().Field, g.Select(e => (e.Department, e.Value ?? "", e.Place)).ToList()))
            .Concat(harvested.Where(s => s.Kind == SubmissionKind.Measure)
                .GroupBy(s => (s.MeasureId, s.Field, s.IndicatorNo, s.FiscalYear))
                .Where(g => g.Select(s => s.Value).Distinct(StringComparer.Ordinal).Count() > 1 && g.Select(s => s.Department).Distinct(StringComparer.Ordinal).Count() > 1)
                .Select(g => new SubmissionConflict(g.Key.MeasureId, Name(g.Key.MeasureId),
                    g.Key.Field + (g.Key.FiscalYear is { } y ? $"（{y}）" : "") + (g.Key.IndicatorNo is { } n ? $" 指標{n}" : ""),
                    g.Select(s => (s.Department, s.Value, s.Place)).ToList())))
            .ToList();
        return new EditionOverview(plan, departments, conflicts, merged, latest.Count);
    }
}
