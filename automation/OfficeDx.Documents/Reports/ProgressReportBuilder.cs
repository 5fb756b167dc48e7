using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Reports;

/// <summary>
/// Puts the plan and what the departments reported together into a <see cref="ProgressReport"/>. A department's value wins
/// over one written in the plan document; where departments disagree the latest report wins. A year without any value is
/// 未報告 — never zero.
/// </summary>
public static class ProgressReportBuilder
{
    public static ProgressReport Build(Plan plan, FiscalYear year, IEnumerable<ReportedValue> reported)
    {
        if (!plan.Period.Contains(year))
            throw new ProgressReportException(
                $"{year}（{year.StartYear}年度）は計画「{plan.Title}」の計画期間（{plan.Period.From}～{plan.Period.To}）の外です。期間内の年度を指定してください。");
        var actualYears = Enumerable.Range(plan.Period.From.StartYear, year.StartYear - plan.Period.From.StartYear + 1).Select(y => new FiscalYear(y)).ToList();
        var byMeasure = reported.GroupBy(v => v.MeasureId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var areas = plan.AllAreas()
            .Where(a => a.Measures.Count > 0)
            .Select(a => new AreaProgress(a.Id, a.Number, a.Title,
                a.Measures.Select(m => Measure(m, year, actualYears, byMeasure.GetValueOrDefault(m.Id, []))).ToList()))
            .ToList();
        return new ProgressReport(plan, year, actualYears, areas);
    }

    private static MeasureProgress Measure(Measure measure, FiscalYear year, IReadOnlyList<FiscalYear> actualYears, List<ReportedValue> values)
    {
        var planned = measure.PhaseIn(year);
        var latestPhase = values.Where(v => v.Field == ReportedValue.ScheduleField && v.FiscalYear == year).MaxBy(v => v.ReportedAt);
        Phase? reported = values.Count == 0 ? null : latestPhase is not null && PhaseNames.TryParse(latestPhase.Value, out var phase) ? phase : Phase.None;
        var status = measure.State == MeasureState.Completed ? ProgressStatus.Completed
            : reported is null ? ProgressStatus.NotReported
            : reported.Value < planned ? ProgressStatus.Delayed
            : ProgressStatus.OnSchedule;
        var reporters = values.Select(v => v.Department).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var indicators = measure.Indicators.Select((indicator, i) => Indicator(measure.Id, i + 1, indicator, actualYears, values)).ToList();
        return new MeasureProgress(measure, planned, reported, status, reporters, values.Count == 0 ? null : values.Max(v => v.ReportedAt), indicators);
    }

    private static IndicatorProgress Indicator(string measureId, int number, Indicator indicator, IReadOnlyList<FiscalYear> actualYears, List<ReportedValue> values)
    {
        var actuals = actualYears.Select(year =>
        {
            var sent = values.Where(v => v.Field == ReportedValue.ActualField && v.IndicatorNo == number && v.FiscalYear == year)
                .OrderByDescending(v => v.ReportedAt).ThenBy(v => v.Department, StringComparer.Ordinal).FirstOrDefault();
            if (sent is not null) return new YearActual(year, IndicatorFigure.Parse(sent.Value), sent.Department);
            var written = indicator.Actuals.FirstOrDefault(a => a.FiscalYear == year && a.Value.Trim().Length > 0);
            return new YearActual(year, written is null ? null : IndicatorFigure.Parse(written.Value), null);
        }).ToList();
        var baseline = indicator.Baseline is { } b && b.Value.Trim().Length > 0 ? new YearFigure(b.FiscalYear, IndicatorFigure.Parse(b.Value)) : null;
        var targets = indicator.Targets.Where(t => t.Value.Trim().Length > 0).Select(t => new YearFigure(t.FiscalYear, IndicatorFigure.Parse(t.Value))).ToList();
        var unit = new[] { baseline?.Figure }.Concat(targets.Select(t => t.Figure)).Concat(actuals.Select(a => a.Figure))
            .FirstOrDefault(f => f is { Unit.Length: > 0 })?.Unit ?? "";
        // A workbook stores a number without its unit (35 for 35 手続, 45.2 for 45.2%): it is written with the indicator's unit.
        if (unit.Length > 0)
            actuals = actuals.Select(a => a.Figure is { Number: not null, Unit.Length: 0 } ? a with { Figure = a.Figure.WithUnit(unit) } : a).ToList();
        return new IndicatorProgress(measureId, number, indicator.Name, unit, baseline, targets, actuals);
    }
}
