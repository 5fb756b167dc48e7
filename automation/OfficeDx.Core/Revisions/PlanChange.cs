using System.Text.Json.Nodes;

namespace OfficeDx.Core.Revisions;

/// <summary>One entry of a change log: a field of the plan, an area or a measure, before and after, as plan-file JSON.</summary>
/// <remarks><see cref="Field"/> is the plan-file property name; <see cref="WholeField"/> means the area or measure itself was
/// added (Before is null) or removed (After is null); <c>areas</c> and <c>measures</c> are the order of an owner's children.</remarks>
public sealed record PlanChange
{
    public const string WholeField = "*";
    public const string AreasField = "areas";
    public const string MeasuresField = "measures";

    public ChangeTarget Target { get; init; }
    /// <summary>The area or measure id; null for the plan itself.</summary>
    public string? Id { get; init; }
    public string Field { get; init; } = "";
    public JsonNode? Before { get; init; }
    public JsonNode? After { get; init; }

    public bool IsAddition => Field == WholeField && Before is null;
    public bool IsRemoval => Field == WholeField && After is null;
    public bool IsOrder => Field is AreasField or MeasuresField;
}
