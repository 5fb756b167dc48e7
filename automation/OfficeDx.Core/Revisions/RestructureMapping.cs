using System.Text.Json;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;

namespace OfficeDx.Core.Revisions;

/// <summary>A new hierarchy and where each measure of the old one goes (e.g. the 第2.0版 folding seven areas into 基礎条件整備 / 創生戦略).</summary>
public sealed record RestructureMapping
{
    /// <summary>The new areas, nested, without measures.</summary>
    public IReadOnlyList<Area> Areas { get; init; } = [];
    /// <summary>Measure id → id of the new area it moves to.</summary>
    public IReadOnlyDictionary<string, string> Measures { get; init; } = new Dictionary<string, string>();

    public static RestructureMapping Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<RestructureMapping>(File.ReadAllText(path), PlanJson.Options)
                ?? throw new FormatException($"{path}: 組み替えの指定が空です。");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: {JsonErrorText.Place(e)}: {JsonErrorText.Explain(e)}");
        }
    }

    /// <summary>
    /// Re-homes every measure of the plan into the new hierarchy; names every measure it cannot place. Within each state
    /// (under way, added, finished) an area lists the measures it already held first, then those moved in, each in the plan's
    /// order, so that a moved measure takes a number after the ones that stay (see <c>NewMeasureNumbers</c>).
    /// </summary>
    public Plan Apply(Plan plan)
    {
        var targets = Areas.SelectMany(a => a.SelfAndDescendants()).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var homes = plan.AllAreas().SelectMany(a => a.Measures.Select(m => (m.Id, Area: a.Id))).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Area, StringComparer.Ordinal);
        var problems = new List<string>();
        var placed = targets.Keys.ToDictionary(id => id, _ => new List<Measure>(), StringComparer.Ordinal);
        foreach (var measure in plan.AllMeasures())
        {
            if (!Measures.TryGetValue(measure.Id, out var areaId)) problems.Add($"施策「{measure.Id} {measure.Name}」の移し先がありません。");
            else if (!placed.TryGetValue(areaId, out var list)) problems.Add($"施策「{measure.Id}」の移し先「{areaId}」が新しい分野にありません。");
            else list.Add(measure);
        }
        foreach (var unknown in Measures.Keys.Where(id => plan.AllMeasures().All(m => m.Id != id)))
            problems.Add($"組み替えの指定にある施策「{unknown}」は計画にありません。");
        if (problems.Count > 0) throw new FormatException(string.Join(Environment.NewLine, problems));

        Area Fill(Area area)
        {
            // OrderBy is stable: the plan's order holds within "stayed" and within "moved in".
            var measures = placed[area.Id].OrderBy(m => homes.GetValueOrDefault(m.Id) == area.Id ? 0 : 1).ToArray();
            return area with
            {
                Measures = measures.Where(m => m.State == MeasureState.Active)
                    .Concat(measures.Where(m => m.State == MeasureState.Added))
                    .Concat(measures.Where(m => m.State == MeasureState.Completed)).ToArray(),
                Areas = area.Areas.Select(Fill).ToArray(),
            };
        }
        return plan with { Areas = Areas.Select(Fill).ToArray() };
    }
}
