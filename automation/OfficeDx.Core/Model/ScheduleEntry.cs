using OfficeDx.Core.Time;

namespace OfficeDx.Core.Model;

/// <summary>The phase of one fiscal year of a measure's schedule, with an optional caption such as R7当初予算要求.</summary>
public sealed record ScheduleEntry
{
    public FiscalYear FiscalYear { get; init; }
    public Phase Phase { get; init; }
    public string? Caption { get; init; }
}
