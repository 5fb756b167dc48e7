namespace OfficeDx.Core.Model;

/// <summary>One row of a Gantt-style 工程表: bars that do not overlap, in year order.</summary>
public sealed record ScheduleTrack
{
    public IReadOnlyList<ScheduleSpan> Spans { get; init; } = [];
}
