namespace OfficeDx.Documents.Profiles;

/// <summary>How a hand-made plan of this house style is read (JSON key import): where names are, tables split over pages, notes, list items, empty values.</summary>
public sealed record ImportSetup
{
    /// <summary>Where the measure's name is written: its table's name row, or the paragraph above a table that has no name row.</summary>
    public MeasureNamePlace NameFrom { get; init; } = MeasureNamePlace.Row;
    /// <summary>A table right after a measure table, with labelled rows but no name (or a KPI table), continues that measure.</summary>
    public bool Continuation { get; init; } = true;
    /// <summary>Whether a hand-made 工程表 is kept per fiscal year or as labelled bars (tracks).</summary>
    public ScheduleForm ScheduleForm { get; init; } = ScheduleForm.Auto;
    /// <summary>Cell texts that mean "no value" (a baseline of -, an empty 課題).</summary>
    public IReadOnlyList<string> EmptyValues { get; init; } = ["-", "－", "―", "—", "‐", "ー", "−"];
    /// <summary>Marks that start a note kept as a note of the measure, not as its text: ※ and （参考） lines; a （参考） note takes the lines after it in its cell too.</summary>
    public IReadOnlyList<string> NoteMarkers { get; init; } = ["※", "（※）", "(※)", "（参考）", "(参考)", "【参考】", "＜参考＞", "<参考>"];
    /// <summary>How items of a list inside a cell start, each by an example: a bullet character (・, ○, ■) or a numbered form (①, (1), 1., ア, (ア)).</summary>
    public IReadOnlyList<string> ListMarkers { get; init; } = ["・", "①", "(1)"];
}
