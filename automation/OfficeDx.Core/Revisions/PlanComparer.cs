using System.Text.Json.Nodes;
using OfficeDx.Core.Model;

namespace OfficeDx.Core.Revisions;

/// <summary>Lists every difference between two editions of a plan, field by field, as a change log that <see cref="PlanPatcher"/> can apply.</summary>
public static class PlanComparer
{
    public static IReadOnlyList<PlanChange> Compare(Plan before, Plan after)
    {
        var old = PlanGraph.From(before);
        var next = PlanGraph.From(after);
        var changes = new List<PlanChange>();

        CompareFields(ChangeTarget.Plan, null, old.PlanFields, next.PlanFields, changes);
        CompareOrder(ChangeTarget.Plan, null, PlanChange.AreasField, old.AreaOrder[PlanGraph.RootOwner], next.AreaOrder[PlanGraph.RootOwner], changes);

        foreach (var (id, area) in old.Areas.Where(a => !next.Areas.ContainsKey(a.Key)))
            changes.Add(new PlanChange { Target = ChangeTarget.Area, Id = id, Field = PlanChange.WholeField, Before = area.DeepClone() });
        foreach (var (id, area) in next.Areas)
        {
            if (old.Areas.TryGetValue(id, out var previous)) CompareFields(ChangeTarget.Area, id, previous, area, changes);
            else changes.Add(new PlanChange { Target = ChangeTarget.Area, Id = id, Field = PlanChange.WholeField, After = area.DeepClone() });
            CompareOrder(ChangeTarget.Area, id, PlanChange.AreasField, old.AreaOrder.GetValueOrDefault(id), next.AreaOrder[id], changes);
            CompareOrder(ChangeTarget.Area, id, PlanChange.MeasuresField, old.MeasureOrder.GetValueOrDefault(id), next.MeasureOrder[id], changes);
        }

        foreach (var (id, measure) in old.Measures.Where(m => !next.Measures.ContainsKey(m.Key)))
            changes.Add(new PlanChange { Target = ChangeTarget.Measure, Id = id, Field = PlanChange.WholeField, Before = measure.DeepClone() });
        foreach (var (id, measure) in next.Measures)
        {
            if (old.Measures.TryGetValue(id, out var previous)) CompareFields(ChangeTarget.Measure, id, previous, measure, changes);
            else changes.Add(new PlanChange { Target = ChangeTarget.Measure, Id = id, Field = PlanChange.WholeField, After = measure.DeepClone() });
        }
        return changes;
    }

    private static void CompareFields(ChangeTarget target, string? id, JsonObject before, JsonObject after, List<PlanChange> changes)
    {
        foreach (var name in before.Select(p => p.Key).Union(after.Select(p => p.Key)))
        {
            var left = before[name];
            var right = after[name];
            if (!JsonNode.DeepEquals(left, right))
                changes.Add(new PlanChange { Target = target, Id = id, Field = name, Before = left?.DeepClone(), After = right?.DeepClone() });
        }
    }

    private static void CompareOrder(ChangeTarget target, string? id, string field, List<string>? before, List<string> after, List<PlanChange> changes)
    {
        if (before is not null && before.SequenceEqual(after, StringComparer.Ordinal)) return;
        if (before is null && after.Count == 0) return;
        changes.Add(new PlanChange
        {
            Target = target,
            Id = id,
            Field = field,
            Before = before is null ? null : new JsonArray(before.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
            After = new JsonArray(after.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
        });
    }
}
