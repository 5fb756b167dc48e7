using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Revisions;

/// <summary>How a field of a measure, area or plan reads to a person: the text a 新旧対照表 compares and a CSV change log shows.</summary>
public static class FieldText
{
    public static string Label(string field) => field switch
    {
        "name" => "名称",
        "number" => "番号",
        "overview" => "概要",
        "issues" => "これまでの課題",
        "mainActions" => "主な取組",
        "schedule" => "スケジュール",
        "indicators" => "評価指標",
        "departments" => "担当課",
        "notes" => "改訂の注記",
        "state" => "状態",
        "title" => "名称",
        "edition" => "版",
        "period" => "計画期間",
        "glossary" => "用語集",
        "municipality" => "自治体名",
        "profile" => "様式",
        "areas" => "分野の並び",
        "measures" => "施策の並び",
        "*" => "全体",
        _ => field,
    };

    public static string Of(string field, JsonNode? value, FiscalYearStyle style)
    {
        if (value is null) return "";
        switch (field)
        {
            case "schedule":
                var entries = value.Deserialize<ScheduleEntry[]>(PlanJson.Options) ?? [];
                return string.Join("／", entries.Select(e => $"{e.FiscalYear.Format(style)}：{(e.Phase == Phase.None ? "" : e.Phase.Label())}{(e.Caption is null ? "" : $"（{e.Caption}）")}"));
            case "indicators":
                var indicators = value.Deserialize<Indicator[]>(PlanJson.Options) ?? [];
                return string.Join("\n", indicators.Select(i => i.Name + Values(i, style)));
            case "notes":
                var notes = value.Deserialize<RevisionNote[]>(PlanJson.Options) ?? [];
                return string.Join("\n", notes.Select(n => n.Text));
            case "state":
                return value.Deserialize<MeasureState>(PlanJson.Options) switch
                {
                    MeasureState.Active => "実施中",
                    MeasureState.Added => "追加の個別施策",
                    _ => "実施済み",
                };
            case "period":
                var period = value.Deserialize<PlanPeriod>(PlanJson.Options)!;
                return $"{period.From.Format(style)}～{period.To.Format(style)}";
        }
        return value switch
        {
            JsonValue v when v.TryGetValue<string>(out var text) => text,
            JsonArray array when array.All(n => n is JsonValue) => string.Join("、", array.Select(n => n!.ToString())),
            _ => value.ToJsonString(PlanJson.Options),
        };
    }

    private static string Values(Indicator indicator, FiscalYearStyle style)
    {
        var parts = new List<string>();
        if (indicator.Baseline is { } b) parts.Add($"基準値 {b.FiscalYear.Format(style)}：{b.Value}");
        parts.AddRange(indicator.Targets.Select(t => $"目標値 {t.FiscalYear.Format(style)}：{t.Value}"));
        parts.AddRange(indicator.Actuals.Select(a => $"実績値 {a.FiscalYear.Format(style)}：{a.Value}"));
        return parts.Count == 0 ? "" : $"（{string.Join("／", parts)}）";
    }
}
