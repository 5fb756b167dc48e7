using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Revisions;

/// <summary>Writes a change log as JSON (machine-readable, applies back with PlanPatcher) and as CSV (for people, opens in Excel).</summary>
public static class ChangeLogFiles
{
    public static string ToJson(IReadOnlyList<PlanChange> changes)
    {
        var array = new JsonArray(changes.Select(c => (JsonNode?)new JsonObject
        {
            ["target"] = JsonNamingPolicy.CamelCase.ConvertName(c.Target.ToString()),
            ["id"] = c.Id,
            ["field"] = c.Field,
            ["before"] = c.Before?.DeepClone(),
            ["after"] = c.After?.DeepClone(),
        }).ToArray());
        return array.ToJsonString(PlanJson.Options) + "\n";
    }

    public static IReadOnlyList<PlanChange> FromJson(string json) =>
        (JsonNode.Parse(json) as JsonArray ?? []).Select(n => new PlanChange
        {
            Target = Enum.Parse<ChangeTarget>((string)n!["target"]!, ignoreCase: true),
            Id = (string?)n["id"],
            Field = (string)n["field"]!,
            Before = n["before"]?.DeepClone(),
            After = n["after"]?.DeepClone(),
        }).ToArray();

    /// <summary>CSV with a byte-order mark so Excel opens the Japanese text correctly; one row per change.</summary>
    public static byte[] ToCsv(IReadOnlyList<PlanChange> changes, Plan before, Plan after, FiscalYearStyle style)
    {
        var names = before.AllMeasures().Concat(after.AllMeasures()).GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.Last().Name);
        var areaNames = before.AllAreas().Concat(after.AllAreas()).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.Last().Title);
        var builder = new StringBuilder();
        builder.Append("対象,ID,名称,項目,変更前,変更後\r\n");
        foreach (var change in changes)
        {
            var (target, name) = change.Target switch
            {
                ChangeTarget.Plan => ("計画", after.Title),
                ChangeTarget.Area => ("分野", areaNames.GetValueOrDefault(change.Id!, "")),
                _ => ("施策", names.GetValueOrDefault(change.Id!, "")),
            };
            string Text(JsonNode? value) => change.Field == PlanChange.WholeField
                ? (value is null ? "" : (string?)value["name"] ?? (string?)value["title"] ?? "")
                : FieldText.Of(change.Field, value, style);
            builder.AppendJoin(',', new[] { target, change.Id ?? "", name, FieldText.Label(change.Field), Text(change.Before), Text(change.After) }.Select(Quote));
            builder.Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";
}
