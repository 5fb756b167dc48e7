namespace OfficeDx.Documents.Profiles;

/// <summary>How the importer keeps a hand-made 工程表 (JSON key import.scheduleForm).</summary>
public enum ScheduleForm
{
    /// <summary>Labelled bars when the 工程表 has more than one row under the years, or when scheduleStyle is bars and a cell with text spans several years; otherwise per year.</summary>
    Auto,
    /// <summary>Always one phase per fiscal year (a cell over several years gives each of them the same phase and text).</summary>
    PerYear,
    /// <summary>Always labelled bars: one track per row, one bar per cell, over the years the cell spans.</summary>
    Bars,
}
