using System.Globalization;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Storage.Exports;

/// <summary>
/// The machine-readable tables the exports write (総務省's rules: one value per cell, no merged cells, numbers as numbers):
/// measures, schedule, indicator values and the departments' workbook submissions, each row naming its plan and measure; fiscal years as Western years with 和暦 beside them.
/// </summary>
public static class ExportTables
{
    public static ExportTable Measures(IReadOnlyList<StoredPlan> plans) => new("施策",
        ["計画ID", "自治体", "文書", "分野ID", "分野", "施策ID", "番号", "施策名", "状態", "担当課", "指標数"],
        plans.SelectMany(p => p.Plan.AllAreas().SelectMany(a => a.Measures.Select(m => new object?[]
        {
            p.Plan.Id, p.Plan.Municipality, p.Path, a.Id, a.Title, m.Id, m.Number, m.Name, m.State.ToString().ToLowerInvariant(),
            string.Join("、", m.Departments), m.Indicators.Count,
        }))).ToList());

    public static ExportTable Schedule(IReadOnlyList<StoredPlan> plans) => new("工程",
        ["計画ID", "施策ID", "年度", "年度（和暦）", "工程", "工程（表示）", "注記"],
        plans.SelectMany(p => p.Plan.AllMeasures().SelectMany(m => m.Schedule.Select(e => new object?[]
        {
            p.Plan.Id, m.Id, e.FiscalYear.StartYear, e.FiscalYear.ToString(), e.Phase.Id(), e.Phase.Label(), e.Caption,
        }))).ToList());

    public static ExportTable Indicators(IReadOnlyList<StoredPlan> plans) => new("指標",
        ["計画ID", "施策ID", "指標番号", "指標", "種別", "年度", "年度（和暦）", "値"],
        plans.SelectMany(p => p.Plan.AllMeasures().SelectMany(m => m.Indicators.SelectMany((indicator, i) =>
            Values(indicator).Select(v => new object?[]
            {
                p.Plan.Id, m.Id, i + 1, indicator.Name, v.Kind, v.Value.FiscalYear.StartYear, v.Value.FiscalYear.ToString(), v.Value.Value,
            })))).ToList());

    /// <summary>
    /// What the departments' workbooks hold: one row per filled cell of a measure, a proposed measure or a proposed term (種別 tells
    /// which; 実績 rows are the indicator actuals by fiscal year).
    /// </summary>
    public static ExportTable Submissions(IReadOnlyList<StoredSubmission> submissions) => new("提出",
        ["計画ID", "版", "担当課", "文書", "施策ID", "項目", "指標番号", "年度", "年度（和暦）", "値", "セル", "回収日時", "種別"],
        submissions.Select(s => new object?[]
        {
            s.PlanId, s.Edition, s.Department, s.Path, s.MeasureId, s.Field, s.IndicatorNo, s.FiscalYear?.StartYear, s.FiscalYear?.ToString(), s.Value, s.Place,
            s.HarvestedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), SubmissionKinds.Label(s.Kind),
        }).ToList());

    private static IEnumerable<(string Kind, IndicatorValue Value)> Values(Indicator indicator)
    {
        if (indicator.Baseline is { } baseline) yield return ("基準値", baseline);
        foreach (var t in indicator.Targets) yield return ("目標値", t);
        foreach (var a in indicator.Actuals) yield return ("実績値", a);
    }

    internal static string Text(object? value) => value switch
    {
        null => "",
        int i => i.ToString(CultureInfo.InvariantCulture),
        FiscalYear y => y.StartYear.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

/// <summary>One exported table: a name (sheet / file), header and rows of strings and integers.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows);
