using System.Text.Json.Nodes;
using OfficeDx.Core.Model;

namespace OfficeDx.Core.Revisions;

/// <summary>Applies a change log to a plan: the inverse of <see cref="PlanComparer"/>.</summary>
public static class PlanPatcher
{
    public static Plan Apply(Plan plan, IEnumerable<PlanChange> changes)
    {
        var graph = PlanGraph.From(plan);
        foreach (var change in changes)
        {
            switch (change.Target)
            {
                case ChangeTarget.Plan when change.Field == PlanChange.AreasField:
                    graph.AreaOrder[PlanGraph.RootOwner] = Ids(change.After);
                    break;
                case ChangeTarget.Plan:
                    Set(graph.PlanFields, change.Field, change.After);
                    break;
                case ChangeTarget.Area when change.Field == PlanChange.AreasField:
                    graph.AreaOrder[change.Id!] = Ids(change.After);
                    break;
                case ChangeTarget.Area when change.Field == PlanChange.MeasuresField:
                    graph.MeasureOrder[change.Id!] = Ids(change.After);
                    break;
                case ChangeTarget.Area:
                    Patch(graph.Areas, change);
                    break;
                case ChangeTarget.Measure:
                    Patch(graph.Measures, change);
                    break;
            }
        }
        return graph.ToPlan();
    }

    private static void Patch(Dictionary<string, JsonObject> items, PlanChange change)
    {
        var id = change.Id!;
        if (change.Field == PlanChange.WholeField)
        {
            if (change.After is null) items.Remove(id);
            else items[id] = change.After.DeepClone().AsObject();
            return;
        }
        if (!items.TryGetValue(id, out var item))
            throw new InvalidOperationException($"変更履歴の「{id}」が計画にありません（項目 {change.Field}）。");
        Set(item, change.Field, change.After);
    }

    private static void Set(JsonObject target, string field, JsonNode? value)
    {
        if (value is null) target.Remove(field);
        else target[field] = value.DeepClone();
    }

    private static List<string> Ids(JsonNode? list) =>
        (list as JsonArray ?? []).Select(n => (string)n!).ToList();
}
