namespace OfficeDx.Core.Revisions;

/// <summary>What a change in a change log is about.</summary>
public enum ChangeTarget
{
    Plan,
    Area,
    Measure,
}
