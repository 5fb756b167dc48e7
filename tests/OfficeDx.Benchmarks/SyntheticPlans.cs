using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Benchmarks;

/// <summary>Deterministic plans of a given size, shaped like the Akita sample: 3 fiscal years, 10 measures per area, 2 paragraphs of overview.</summary>
public static class SyntheticPlans
{
    private static readonly Phase[][] Patterns =
    [
        [Phase.Preparation, Phase.Implementation, Phase.Continuation],
        [Phase.Continuation, Phase.Continuation, Phase.Continuation],
        [Phase.Implementation, Phase.Continuation, Phase.Continuation],
        [Phase.Preparation, Phase.Preparation, Phase.Implementation],
        [Phase.None, Phase.Preparation, Phase.Implementation],
    ];

    public static Plan Create(int measures)
    {
        var period = new PlanPeriod { From = new FiscalYear(2021), To = new FiscalYear(2023) };
        var areas = new List<Area>();
        for (var a = 0; a * 10 < measures; a++)
        {
            var list = Enumerable.Range(a * 10, Math.Min(10, measures - a * 10)).Select(i => Measure(i, period)).ToArray();
            areas.Add(new Area { Id = $"area-{a + 1}", Number = $"({a + 1})", Title = $"手続における情報通信の技術の利用等に係る取組その{a + 1}", Measures = list });
        }
        return new Plan
        {
            Id = $"synthetic-{measures}",
            Municipality = "秋田市",
            Title = "デジタル化推進計画（ベンチマーク用）",
            Edition = "令和5年3月改訂",
            Period = period,
            Areas = areas,
        };
    }

    private static Measure Measure(int i, PlanPeriod period)
    {
        var pattern = Patterns[i % Patterns.Length];
        return new Measure
        {
            Id = $"m-{i + 1:0000}",
            Number = ((i % 10) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Name = $"オンライン化による行政サービスの拡充その{i + 1}",
            Overview = "全庁の行政手続について調査を行い、導入効果の高い行政手続および本人確認手法や添付書類等の検討が終了した手続から電子申請サービスを拡充する。\n手数料納付についても、行政手続の調査結果を踏まえるとともに、窓口担当課と調整の上、対応していく。",
            Schedule = period.Years().Select((year, k) => new ScheduleEntry { FiscalYear = year, Phase = pattern[k] }).Where(e => e.Phase != Phase.None).ToArray(),
            Indicators = [new Indicator
            {
                Name = "電子申請による手続件数の割合",
                Baseline = new IndicatorValue { FiscalYear = new FiscalYear(2020), Value = "31 手続" },
                Targets = [new IndicatorValue { FiscalYear = new FiscalYear(2023), Value = "46 手続" }],
            }],
            Departments = ["デジタル化推進本部", "企画財政部情報統計課"],
            Notes = i % 7 == 0 ? [new RevisionNote { Kind = RevisionNoteKind.Schedule, Text = "※実施年度を見直し" }] : [],
        };
    }
}
