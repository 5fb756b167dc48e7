using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Excel;

/// <summary>The plan being merged: measures changed by id, proposed measures per area and proposed terms, turned back into a plan once.</summary>
internal sealed class PlanDraft(Plan plan)
{
    private readonly Dictionary<string, Measure> measures = plan.AllMeasures().ToDictionary(m => m.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, List<Measure>> added = new(StringComparer.Ordinal);
    private readonly List<GlossaryTerm> terms = [];
    private readonly HashSet<string> ids = plan.AllMeasures().Select(m => m.Id).ToHashSet(StringComparer.Ordinal);

    public void Change(string measureId, Func<Measure, Measure> change) => measures[measureId] = change(measures[measureId]);

    /// <summary>Adds a proposed measure after the area's other measures in tables (before the completed ones), with a new id {area}-new{n}.</summary>
    public string Add(string areaId, Measure measure)
    {
        var n = 1;
        while (ids.Contains($"{areaId}-new{n}")) n++;
        var id = $"{areaId}-new{n}";
        ids.Add(id);
        if (!added.TryGetValue(areaId, out var list)) added[areaId] = list = [];
        list.Add(measure with { Id = id });
        return id;
    }

    public void Add(GlossaryTerm term) => terms.Add(term);

    public Plan Build() => plan with
    {
        Areas = plan.Areas.Select(Rebuild).ToArray(),
        Glossary = [.. plan.Glossary, .. terms],
    };

    private Area Rebuild(Area area)
    {
        var current = area.Measures.Select(m => measures[m.Id]).ToList();
        if (added.TryGetValue(area.Id, out var proposals))
        {
            var firstCompleted = current.FindIndex(m => m.State == MeasureState.Completed);
            current.InsertRange(firstCompleted < 0 ? current.Count : firstCompleted, proposals);
        }
        return area with { Measures = current, Areas = area.Areas.Select(Rebuild).ToArray() };
    }
}
