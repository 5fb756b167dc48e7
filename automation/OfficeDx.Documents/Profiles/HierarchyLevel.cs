namespace OfficeDx.Documents.Profiles;

/// <summary>One level of a plan's hierarchy: what the level is called and how its items are numbered (prefix + counter).</summary>
public sealed record HierarchyLevel
{
    /// <summary>What a drafter calls an item of this level: 基本目標, 基本方針, 取組, 施策.</summary>
    public string Name { get; init; } = "";
    public NumberingStyle Numbering { get; init; } = NumberingStyle.Arabic;
    /// <summary>Text written before the counter: 施策 in 施策1, 基本目標 in 基本目標1, ○ for un-numbered groups.</summary>
    public string Prefix { get; init; } = "";
}
