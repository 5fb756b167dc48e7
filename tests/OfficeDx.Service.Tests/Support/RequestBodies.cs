using System.Text.Json;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Service.Tests.Support;

/// <summary>Request bodies as the add-in sends them, written with the plan file's JSON rules.</summary>
public static class RequestBodies
{
    public static readonly PlanPeriod Period = new() { From = new FiscalYear(2021), To = new FiscalYear(2023) };

    public static readonly Measure Sample = new()
    {
        Id = "m-online",
        Number = "1",
        Name = "行政手続のオンライン化",
        Overview = "電子申請の対象を広げる。\n決済も電子化する。",
        MainActions = ["申請書の電子化"],
        Schedule =
        [
            new ScheduleEntry { FiscalYear = new FiscalYear(2021), Phase = Phase.Preparation },
            new ScheduleEntry { FiscalYear = new FiscalYear(2022), Phase = Phase.Implementation },
            new ScheduleEntry { FiscalYear = new FiscalYear(2023), Phase = Phase.Continuation, Caption = "R5当初予算要求" },
        ],
        Indicators = [new Indicator { Name = "オンライン化した手続の数", Baseline = new IndicatorValue { FiscalYear = new FiscalYear(2020), Value = "31 手続" }, Targets = [new IndicatorValue { FiscalYear = new FiscalYear(2023), Value = "46 手続" }] }],
        Departments = ["情報統計課", "市民課"],
    };

    public static string MeasureBody(Measure measure, string profile = "akita", PlanPeriod? period = null) =>
        $"{{\"profile\":{JsonSerializer.Serialize(profile)},\"period\":{JsonSerializer.Serialize(period ?? Period, PlanJson.Options)},\"measure\":{JsonSerializer.Serialize(measure, PlanJson.Options)}}}";

    public static string FragmentBody(string ooxml, string profile = "akita") =>
        JsonSerializer.Serialize(new { profile, ooxml });
}
