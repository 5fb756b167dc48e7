using System.Globalization;
using OfficeDx.Storage;

namespace OfficeDx.Service.DxOffice;

/// <summary>One department's submission for a plan edition: its state, the findings on its workbook, which file and when.</summary>
public sealed record DepartmentSubmission(string Department, SubmissionState State, int Findings, string? Path, DateTimeOffset? HarvestedAt, int Values);

/// <summary>Two or more departments sent different values for the same cell of a measure.</summary>
public sealed record SubmissionConflict(string MeasureId, string MeasureName, string Field, int? IndicatorNo, int? FiscalYear, IReadOnlyList<(string Department, string Value, string Place)> Values);

/// <summary>What the console shows for one stored plan edition: each department's state and the conflicts between them.</summary>
public sealed record EditionOverview(StoredPlan Plan, IReadOnlyList<DepartmentSubmission> Departments, IReadOnlyList<SubmissionConflict> Conflicts)
{
    public static async Task<EditionOverview> LoadAsync(HarvestStore store, StoredPlan plan, CancellationToken cancellation)
    {
        var submissions = (await StoredSubmissions.LoadAsync(store, cancellation)).Where(s => s.PlanId == plan.Plan.Id).ToList();
        var findings = (await store.QueryAsync("SELECT document_id, problem_count FROM documents WHERE deleted = 0", cancellation))
            .ToDictionary(r => r[0]!, r => int.Parse(r[1]!, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var named = plan.Plan.AllMeasures().SelectMany(m => m.Departments).Concat(submissions.Select(s => s.Department)).Distinct(StringComparer.Ordinal).ToList();
        var departments = named.Select(department =>
        {
            var own = submissions.Where(s => s.Department == department).ToList();
            if (own.Count == 0) return new DepartmentSubmission(department, SubmissionState.NotSubmitted, 0, null, null, 0);
            // A department may have sent several files; the one harvested last is its submission.
            var latest = own.GroupBy(s => s.DocumentId).MaxBy(g => g.Max(s => s.HarvestedAt))!;
            var count = findings.GetValueOrDefault(latest.Key);
            return new DepartmentSubmission(department, count > 0 ? SubmissionState.NeedsFix : SubmissionState.Submitted, count,
                latest.First().Path, latest.Max(s => s.HarvestedAt), latest.Count());
        }).ToList();

        var names = plan.Plan.AllMeasures().ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        var conflicts = submissions.Where(s => s.Kind == SubmissionKind.Measure)
            .GroupBy(s => (s.MeasureId, s.Field, s.IndicatorNo, s.FiscalYear))
            .Where(g => g.Select(s => s.Value).Distinct(StringComparer.Ordinal).Count() > 1 && g.Select(s => s.Department).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => new SubmissionConflict(g.Key.MeasureId, names.GetValueOrDefault(g.Key.MeasureId, g.Key.MeasureId), g.Key.Field, g.Key.IndicatorNo,
                g.Key.FiscalYear?.StartYear, g.Select(s => (s.Department, s.Value, s.Place)).ToList()))
            .ToList();
        return new EditionOverview(plan, departments, conflicts);
    }
}
