using System.Globalization;
using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Reports;

/// <summary>The charts of a progress report: one overview per area (measures by status) and one per indicator with numbers.</summary>
public static class ProgressCharts
{
    // Fluent's palette: communication blue, a warm orange for delays, green for done, grey for missing reports.
    private const string Blue = "0F6CBD";
    private const string Orange = "DA3B01";
    private const string Green = "107C10";
    private const string Grey = "8A8886";
    private const string Teal = "038387";

    /// <summary>Every chart of the report in document order: each area's overview, then its indicators that have numbers.</summary>
    public static IEnumerable<ChartData> All(ProgressReport report, Profiles.Profile profile)
    {
        var wording = new ReportWording(profile);
        foreach (var area in report.Areas)
        {
            yield return Overview(report, area, wording.YearStyle);
            foreach (var measure in area.Measures)
            {
                foreach (var indicator in measure.Indicators.Where(HasNumbers))
                    yield return Indicator(measure, indicator, wording.YearStyle, wording.ChartLabels);
            }
        }
    }

    public static ChartData Overview(ProgressReport report, AreaProgress area, FiscalYearStyle style)
    {
        var statuses = ProgressStatusNames.All;
        var counts = statuses.Select(s => (double?)area.Count(s)).ToList();
        var alt = $"{area.Heading}の施策の進捗（{report.Year.Format(style)}）: "
            + string.Join("、", statuses.Select(s => $"{s.Label()} {area.Count(s)} 件")) + "。";
        return new ChartData($"area-{area.AreaId}", $"{area.Heading}（{report.Year.Format(style)}）", alt, "施策数（件）",
            statuses.Select(s => s.Label()).ToList(),
            [new ChartSeries("施策数", Blue, counts, statuses.Select(StatusColor).ToList())]);
    }

    /// <summary>True when the indicator has a number to plot (a baseline, target or actual that is a number).</summary>
    public static bool HasNumbers(IndicatorProgress indicator) =>
        indicator.Baseline?.Figure.Number is not null || indicator.Targets.Any(t => t.Figure.Number is not null) || indicator.Actuals.Any(a => a.Figure?.Number is not null);

    /// <summary>
    /// The indicator's chart: one category per fiscal year from the baseline to the last target or report year, with 基準値,
    /// 実績 and 目標値 as series; a year without a number is a gap.
    /// </summary>
    public static ChartData Indicator(MeasureProgress measure, IndicatorProgress indicator, FiscalYearStyle style, (string Baseline, string Target, string Actual) labels)
    {
        var years = indicator.Actuals.Select(a => a.Year)
            .Concat(indicator.Targets.Where(t => t.Figure.Number is not null).Select(t => t.Year))
            .Concat(indicator.Baseline?.Figure.Number is not null ? [indicator.Baseline.Year] : [])
            .Distinct().Order().ToList();
        double? At(IEnumerable<YearFigure> figures, FiscalYear year) => figures.FirstOrDefault(f => f.Year == year)?.Figure.Number;
        var baseline = years.Select(y => indicator.Baseline is { } b && b.Year == y ? b.Figure.Number : null).ToList();
        var actual = years.Select(y => indicator.Actuals.FirstOrDefault(a => a.Year == y)?.Figure?.Number).ToList();
        var target = years.Select(y => At(indicator.Targets, y)).ToList();
        var series = new List<ChartSeries>();
        if (baseline.Any(v => v is not null)) series.Add(new ChartSeries(labels.Baseline, Grey, baseline));
        series.Add(new ChartSeries(labels.Actual, Blue, actual));
        if (target.Any(v => v is not null)) series.Add(new ChartSeries(labels.Target, Teal, target));

        string Describe(FiscalYear year)
        {
            var actualText = indicator.Actuals.FirstOrDefault(a => a.Year == year) is { } a ? a.Figure?.Text ?? "未報告" : null;
            var parts = new List<string>();
            if (indicator.Baseline is { } b && b.Year == year) parts.Add($"{labels.Baseline} {b.Figure.Text}");
            if (actualText is not null) parts.Add($"{labels.Actual} {actualText}");
            if (indicator.Targets.FirstOrDefault(t => t.Year == year) is { } t) parts.Add($"{labels.Target} {t.Figure.Text}");
            return $"{year.Format(style)} {string.Join("・", parts)}";
        }
        var alt = $"{measure.Measure.Name}の指標「{indicator.Name}」の推移: " + string.Join("、", years.Select(Describe)) + "。";
        var axis = indicator.Unit.Length > 0 ? indicator.Unit : "値";
        return new ChartData(string.Create(CultureInfo.InvariantCulture, $"kpi-{indicator.MeasureId}-{indicator.Number}"), indicator.Name, alt, axis,
            years.Select(y => y.Format(style)).ToList(), series);
    }

    public static string StatusColor(ProgressStatus status) => status switch
    {
        ProgressStatus.OnSchedule => Blue,
        ProgressStatus.Delayed => Orange,
        ProgressStatus.Completed => Green,
        _ => Grey,
    };
}
