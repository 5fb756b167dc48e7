using OfficeDx.Core.Model;
using OfficeDx.Storage;

namespace OfficeDx.SharePoint.Lists;

/// <summary>
/// The list items for dashboards: one per active or added measure of each stored plan, with its first indicator's baseline,
/// last target and latest actual value. Column names are the internal names the list must have (docs/sharepoint.md).
/// </summary>
public static class MeasureProgressRows
{
    public const string PlanIdColumn = "PlanId";
    public const string MeasureIdColumn = "MeasureId";

    /// <summary>Every column the sink writes, in the order docs/sharepoint.md lists them.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "Title", PlanIdColumn, MeasureIdColumn, "Municipality", "Area", "MeasureNumber", "State", "Departments", "Indicator",
        "Baseline", "TargetFiscalYear", "Target", "ActualFiscalYear", "Actual", "IndicatorCount",
    ];

    public static IReadOnlyList<ListRow> From(IEnumerable<StoredPlan> plans) => plans
        .SelectMany(stored => stored.Plan.AllAreas().SelectMany(area => area.Measures
            .Where(m => m.State != MeasureState.Completed)
            .Select(m => Row(stored.Plan, area, m))))
        .ToList();

    /// <summary>Every measure of the stored plans, completed ones included, as (plan id, measure id): what the list may keep items for.</summary>
    public static IReadOnlySet<(string PlanId, string MeasureId)> Keys(IEnumerable<StoredPlan> plans) =>
        plans.SelectMany(stored => stored.Plan.AllMeasures().Select(m => (stored.Plan.Id, m.Id))).ToHashSet();

    private static ListRow Row(Plan plan, Area area, Measure measure)
    {
        var indicator = measure.Indicators.FirstOrDefault();
        var target = indicator?.Targets.MaxBy(t => t.FiscalYear.StartYear);
        var actual = indicator?.Actuals.MaxBy(a => a.FiscalYear.StartYear);
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Title"] = measure.Name,
            [PlanIdColumn] = plan.Id,
            [MeasureIdColumn] = measure.Id,
            ["Municipality"] = plan.Municipality,
            ["Area"] = area.Title,
            ["MeasureNumber"] = measure.Number,
            ["State"] = measure.State.ToString().ToLowerInvariant(),
            ["Departments"] = string.Join("、", measure.Departments),
            ["Indicator"] = indicator?.Name,
            ["Baseline"] = indicator?.Baseline?.Value,
            ["TargetFiscalYear"] = target?.FiscalYear.StartYear,
            ["Target"] = target?.Value,
            ["ActualFiscalYear"] = actual?.FiscalYear.StartYear,
            ["Actual"] = actual?.Value,
            ["IndicatorCount"] = measure.Indicators.Count,
        };
        return new ListRow(plan.Id, measure.Id, fields);
    }
}
