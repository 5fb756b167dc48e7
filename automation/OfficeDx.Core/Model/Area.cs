namespace OfficeDx.Core.Model;

/// <summary>A goal, policy area or group (基本目標, 取組, 基本方針 …); areas nest to any depth.</summary>
public sealed record Area
{
    public string Id { get; init; } = "";
    /// <summary>The number as displayed: 1, (1), ①, ア, (ア), 基本目標1.</summary>
    public string Number { get; init; } = "";
    public string Title { get; init; } = "";
    public IReadOnlyList<Area> Areas { get; init; } = [];
    /// <summary>Measures in document order: active ones, then those added in revision, then completed ones.</summary>
    public IReadOnlyList<Measure> Measures { get; init; } = [];

    /// <summary>This area and all its descendants, depth first.</summary>
    public IEnumerable<Area> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Areas)
        {
            foreach (var area in child.SelfAndDescendants()) yield return area;
        }
    }
}
