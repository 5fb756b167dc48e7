namespace OfficeDx.Core.Model;

/// <summary>Where a measure stands in the current edition.</summary>
public enum MeasureState
{
    /// <summary>A measure of the original edition, still under way.</summary>
    Active,
    /// <summary>Finished: listed by name under 実施済みの施策.</summary>
    Completed,
    /// <summary>Added in a revision: placed after 【以下、追加の個別施策】.</summary>
    Added,
}
