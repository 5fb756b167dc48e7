using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Tests.Schedules;

/// <summary>Small plans with multi-bar 工程表 for the bar tests and the rendered page.</summary>
internal static class BarPlans
{
    public static ScheduleSpan Span(int from, int to, Phase phase, string text) =>
        new() { From = new FiscalYear(from), To = new FiscalYear(to), Phase = phase, Text = text };

    /// <summary>One measure, two tracks: システム選定・調達 2022–2023 then 本格運用・対象拡大 2024–2026; 職員研修 in 2023 below.</summary>
    public static Plan TwoTracks() => new()
    {
        Id = "bars",
        Municipality = "架空市",
        Title = "架空市DX推進計画",
        Profile = "katagami",
        Period = new PlanPeriod { From = new FiscalYear(2022), To = new FiscalYear(2026) },
        Areas =
        [
            new Area
            {
                Id = "a1", Number = "1", Title = "行政手続のオンライン化",
                Measures =
                [
                    new Measure
                    {
                        Id = "m1", Number = "①", Name = "電子申請システムの導入", Overview = "電子申請システムを導入し、対象手続を拡大する。",
                        Tracks =
                        [
                            new ScheduleTrack { Spans = [Span(2022, 2023, Phase.Preparation, "システム選定・調達"), Span(2024, 2026, Phase.Continuation, "本格運用・対象拡大")] },
                            new ScheduleTrack { Spans = [Span(2023, 2023, Phase.None, "職員研修")] },
                        ],
                        Departments = ["デジタル推進課"],
                    },
                    new Measure
                    {
                        Id = "m2", Number = "②", Name = "キャッシュレス決済の拡大", Overview = "窓口の手数料をキャッシュレスで払えるようにする。",
                        Tracks =
                        [
                            new ScheduleTrack { Spans = [Span(2022, 2022, Phase.Preparation, "調査・検討"), Span(2023, 2024, Phase.Implementation, "本庁舎で導入"), Span(2025, 2026, Phase.Continuation, "支所へ拡大")] },
                            new ScheduleTrack { Spans = [Span(2024, 2026, Phase.None, "利用状況の検証\n手数料の見直し")] },
                            new ScheduleTrack { Spans = [Span(2026, 2026, Phase.Preparation, "")] },
                        ],
                        Departments = ["会計課", "市民課"],
                    },
                ],
            },
        ],
    };
}
