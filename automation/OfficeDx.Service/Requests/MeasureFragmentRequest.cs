using OfficeDx.Core.Model;

namespace OfficeDx.Service.Requests;

/// <summary>A measure to render for a profile, with the plan period whose fiscal years the schedule row shows.</summary>
public sealed record MeasureFragmentRequest
{
    public string Profile { get; init; } = "";
    public PlanPeriod Period { get; init; } = new();
    public Measure Measure { get; init; } = new();
}
