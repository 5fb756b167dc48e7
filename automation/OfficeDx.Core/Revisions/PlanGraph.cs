using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;

namespace OfficeDx.Core.Revisions;

/// <summary>A plan taken apart into plan-level fields, areas, measures and the order of each owner's children, all as plan-file JSON.</summary>
/// <remarks>Comparing and patching plans piece by piece is simple on this shape: every area and measure is addressed by its
/// stable id, and where it sits is nothing but an entry in an order list.</remarks>
internal sealed class PlanGraph
{
    public const string RootOwner = "";

    public JsonObject PlanFields { get; } = new();
    public Dictionary<string, JsonObject> Areas { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonObject> Measures { get; } = new(StringComparer.Ordinal);
    /// <summary>Child area ids per owner: <see cref="RootOwner"/> for the plan, else the area id.</summary>
    public Dictionary<string, List<string>> AreaOrder { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> MeasureOrder { get; } = new(StringComparer.Ordinal);
    /// <summary>Where each measure sits, for telling moves from edits.</summary>
    public Dictionary<string, string> MeasureOwner { get; } = new(StringComparer.Ordinal);

    public static PlanGraph From(Plan plan)
    {
        var graph = new PlanGraph();
        var json = JsonSerializer.SerializeToNode(plan, PlanJson.Options)!.AsObject();
        foreach (var (name, value) in json)
        {
            if (name != PlanChange.AreasField) graph.PlanFields[name] = value?.DeepClone();
        }
        graph.AreaOrder[RootOwner] = [];
        foreach (var area in (json[PlanChange.AreasField] as JsonArray) ?? [])
        {
            graph.AddArea(area!.AsObject(), RootOwner);
        }
        return graph;
    }

    private void AddArea(JsonObject area, string owner)
    {
        var id = (string)area["id"]!;
        AreaOrder[owner].Add(id);
        var attributes = new JsonObject();
        foreach (var (name, value) in area)
        {
            if (name is not (PlanChange.AreasField or PlanChange.MeasuresField)) attributes[name] = value?.DeepClone();
        }
        Areas[id] = attributes;
        AreaOrder[id] = [];
        MeasureOrder[id] = [];
        foreach (var measure in (area[PlanChange.MeasuresField] as JsonArray) ?? [])
        {
            var measureId = (string)measure!["id"]!;
            Measures[measureId] = measure.DeepClone().AsObject();
            MeasureOrder[id].Add(measureId);
            MeasureOwner[measureId] = id;
        }
        foreach (var child in (area[PlanChange.AreasField] as JsonArray) ?? [])
        {
            AddArea(child!.AsObject(), id);
        }
    }

    public Plan ToPlan()
    {
        var json = PlanFields.DeepClone().AsObject();
        json[PlanChange.AreasField] = BuildAreas(RootOwner);
        return json.Deserialize<Plan>(PlanJson.Options)!;
    }

    private JsonArray BuildAreas(string owner)
    {
        var areas = new JsonArray();
        foreach (var id in AreaOrder.GetValueOrDefault(owner) ?? [])
        {
            var area = Areas[id].DeepClone().AsObject();
            area[PlanChange.AreasField] = BuildAreas(id);
            area[PlanChange.MeasuresField] = new JsonArray((MeasureOrder.GetValueOrDefault(id) ?? []).Select(m => (JsonNode?)Measures[m].DeepClone()).ToArray());
            areas.Add(area);
        }
        return areas;
    }
}
