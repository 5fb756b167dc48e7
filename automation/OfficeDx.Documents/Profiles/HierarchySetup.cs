namespace OfficeDx.Documents.Profiles;

/// <summary>The levels of areas from the top down, the numbering of measures, and what separates a number from its title.</summary>
public sealed record HierarchySetup
{
    public IReadOnlyList<HierarchyLevel> Levels { get; init; } = [new HierarchyLevel { Name = "取組", Numbering = NumberingStyle.ParenthesizedArabic }];
    public HierarchyLevel Measure { get; init; } = new() { Name = "施策", Numbering = NumberingStyle.Arabic };
    /// <summary>Written between a measure's number and its name in the name row: " " (1 オンライン化…) or "" (①職員管理業務…).</summary>
    public string NumberSeparator { get; init; } = " ";
    /// <summary>Whether a revision closes the gap a measure leaves in its area's numbers (JSON key hierarchy.numbersAfterRevision).</summary>
    public RevisionNumbering NumbersAfterRevision { get; init; } = RevisionNumbering.KeepGaps;
}
