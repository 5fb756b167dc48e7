using OfficeDx.Core.Time;
using OfficeDx.Documents.Reports;

namespace OfficeDx.Storage.Reports;

/// <summary>
/// Builds the progress report of a stored plan from the store: the plan as harvested from its document, and what the
/// departments' workbooks for that plan sent back (工程 and 実績 rows of the submissions table).
/// </summary>
public static class StoredProgress
{
    public static async Task<(StoredPlan Plan, ProgressReport Report)> BuildAsync(HarvestStore store, string planKey, FiscalYear year, CancellationToken cancellation = default)
    {
        var stored = await StoredPlanLookup.FindAsync(store, planKey, cancellation);
        var values = (await StoredSubmissions.LoadAsync(store, cancellation))
            .Where(s => s.PlanId == stored.Plan.Id && s.Kind == SubmissionKind.Measure)
            .Select(s => new ReportedValue(s.MeasureId, s.Field, s.IndicatorNo ?? 0, s.FiscalYear, s.Value, s.Department, s.HarvestedAt));
        return (stored, ProgressReportBuilder.Build(stored.Plan, year, values));
    }
}
