namespace OfficeDx.Core.Model;

/// <summary>What a measure does in one fiscal year of its schedule.</summary>
public enum Phase
{
    /// <summary>Nothing scheduled in that year.</summary>
    None,
    /// <summary>準備・検討 — drawn as a dashed arrow.</summary>
    Preparation,
    /// <summary>実施 — drawn as ○.</summary>
    Implementation,
    /// <summary>継続実施 — drawn as a solid arrow.</summary>
    Continuation,
}
