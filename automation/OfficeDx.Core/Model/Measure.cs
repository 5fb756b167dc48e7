namespace OfficeDx.Core.Model;

/// <summary>One measure (施策 / 取組): the unit of a measure table.</summary>
public sealed record Measure
{
    /// <summary>Stable identifier that survives renumbering and revisions.</summary>
    public string Id { get; init; } = "";
    /// <summary>The number as displayed (1, ①, 施策3); null for completed measures listed by name.</summary>
    public string? Number { get; init; }
    public string Name { get; init; } = "";
    public MeasureState State { get; init; }
    /// <summary>これまでの課題 / 現状と課題.</summary>
    public string? Issues { get; init; }
    /// <summary>施策の概要: paragraphs separated by line feeds.</summary>
    public string Overview { get; init; } = "";
    /// <summary>主な取組.</summary>
    public IReadOnlyList<string> MainActions { get; init; } = [];
    /// <summary>Fiscal years with a phase or caption, in year order: the per-year form of the schedule.</summary>
    public IReadOnlyList<ScheduleEntry> Schedule { get; init; } = [];
    /// <summary>The 工程表 as labelled bars, one track per row; empty when the schedule is kept per year (<see cref="ScheduleBars"/>).</summary>
    public IReadOnlyList<ScheduleTrack> Tracks { get; init; } = [];
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    /// <summary>主な担当課, in the order written.</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];
    public IReadOnlyList<RevisionNote> Notes { get; init; } = [];

    public Phase PhaseIn(Time.FiscalYear year) => Tracks.Count > 0
        ? ScheduleBars.PhaseIn(Tracks, year)
        : Schedule.FirstOrDefault(e => e.FiscalYear == year)?.Phase ?? Phase.None;
}
