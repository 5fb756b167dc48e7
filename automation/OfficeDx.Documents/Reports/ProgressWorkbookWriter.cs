using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Reports;

/// <summary>
/// The progress report's figures as a machine-readable workbook: 分野別 (counts per status), 施策 (planned and reported phase,
/// status), 指標 (baseline, targets, one 実績 column per year: a number where the value is one, the text as written beside it,
/// 未報告 where nothing was reported) and 未報告の施策. Years are Western with 和暦 beside them, as data files carry them.
/// </summary>
public static class ProgressWorkbookWriter
{
    public static byte[] Write(ProgressReport report, Profile profile)
    {
        var wording = new ReportWording(profile);
        var areaOf = report.Areas.SelectMany(a => a.Measures.Select(m => (m, a))).ToDictionary(p => p.m, p => p.a);
        var statuses = ProgressStatusNames.All;

        var overview = new ReportSheet("分野別",
            ["分野ID", "分野", .. statuses.Select(s => $"{s.Label()}（件）"), "計（件）"],
            report.Areas.Select(a => new object?[] { a.AreaId, a.Heading }.Concat(statuses.Select(s => (object?)a.Count(s))).Append(a.Measures.Count).ToArray()).ToList());

        var measures = new ReportSheet("施策",
            ["施策ID", "分野", "番号", wording.MeasureName, "年度", "年度（和暦）", "計画の工程", "報告された工程", "状況", "報告した課", "最終報告日時（UTC）"],
            report.Measures.Select(m => new object?[]
            {
                m.Measure.Id, areaOf[m].Heading, m.Measure.Number ?? "", m.Measure.Name, report.Year.StartYear, wording.Year(report.Year),
                wording.Phase(m.Planned), wording.ReportedPhase(m), m.Status.Label(), string.Join("、", m.Reporters),
                m.ReportedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            }).ToList());

        var yearColumns = report.ActualYears.SelectMany(y => new[] { $"{y.StartYear}年度実績（{wording.Year(y)}）", $"{y.StartYear}年度実績（記載）", $"{y.StartYear}年度実績の報告課" });
        var indicators = new ReportSheet("指標",
            ["施策ID", "番号", wording.MeasureName, "指標番号", wording.Indicator, "単位", "基準年度", "基準値", "基準値（記載）", "目標年度", "目標値", "目標値（記載）", .. yearColumns],
            report.Measures.SelectMany(m => m.Indicators.Select(i =>
            {
                var target = i.Targets.LastOrDefault();
                var row = new List<object?>
                {
                    m.Measure.Id, m.Measure.Number ?? "", m.Measure.Name, i.Number, i.Name, i.Unit,
                    i.Baseline?.Year.StartYear, i.Baseline?.Figure.Number, i.Baseline?.Figure.Text,
                    target?.Year.StartYear, target?.Figure.Number, target?.Figure.Text,
                };
                foreach (var actual in i.Actuals)
                {
                    row.Add(actual.Figure?.Number);
                    row.Add(actual.Figure?.Text ?? ReportWording.NotReported);
                    row.Add(actual.Reported ? actual.Department ?? "計画書" : "");
                }
                return row.ToArray();
            })).ToList());

        var unreported = new ReportSheet("未報告の施策",
            ["施策ID", "分野", "番号", wording.MeasureName, wording.Departments],
            report.Unreported.Select(m => new object?[] { m.Measure.Id, areaOf[m].Heading, m.Measure.Number ?? "", m.Measure.Name, string.Join("、", m.Measure.Departments) }).ToList());

        return ReportSheets.Write([overview, measures, indicators, unreported]);
    }
}
