using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Excel;

/// <summary>What one department's workbook covers: its measures (with their areas) and the areas it may propose new measures in.</summary>
public sealed class DepartmentScope
{
    private DepartmentScope(string department, IReadOnlyList<(Area Area, Measure Measure)> measures, IReadOnlyList<(string Label, Area Area)> areas)
    {
        Department = department;
        Measures = measures;
        Areas = areas;
    }

    public string Department { get; }

    /// <summary>The department's measures still in a measure table (completed ones are listed by name only), in plan order.</summary>
    public IReadOnlyList<(Area Area, Measure Measure)> Measures { get; }

    /// <summary>Every area of the plan with the label shown in the 分野 drop-down; labels are unique.</summary>
    public IReadOnlyList<(string Label, Area Area)> Areas { get; }

    public static DepartmentScope For(Plan plan, string department)
    {
        var measures = plan.AllAreas()
            .SelectMany(a => a.Measures.Select(m => (Area: a, Measure: m)))
            .Where(x => x.Measure.State != MeasureState.Completed && x.Measure.Departments.Contains(department, StringComparer.Ordinal))
            .ToArray();
        return new DepartmentScope(department, measures, AreaLabels(plan));
    }

    /// <summary>Every department named by a measure still in a measure table, in order of first appearance.</summary>
    public static IReadOnlyList<string> Departments(Plan plan) => plan.AllMeasures()
        .Where(m => m.State != MeasureState.Completed)
        .SelectMany(m => m.Departments)
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>"(1) 手続における…"; when two areas would read the same, the id is added so the drop-down names one area.</summary>
    public static IReadOnlyList<(string Label, Area Area)> AreaLabels(Plan plan)
    {
        var areas = plan.AllAreas().ToArray();
        static string Plain(Area a) => a.Number.Length == 0 ? a.Title : $"{a.Number} {a.Title}";
        var counts = areas.GroupBy(Plain, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return areas.Select(a => (counts[Plain(a)] > 1 ? $"{Plain(a)}［{a.Id}］" : Plain(a), a)).ToArray();
    }

    public string AreaLabel(Area area) => Areas.First(a => ReferenceEquals(a.Area, area)).Label;
}
