namespace OfficeDx.Documents.Profiles;

/// <summary>How a measure table draws its schedule row: one cell per fiscal year in every style.</summary>
public enum ScheduleStyle
{
    /// <summary>Arrows and ○ with a legend (Akita): dashed 準備・検討, ○ 実施, solid 継続実施.</summary>
    Arrows,
    /// <summary>A phase text per year (Katagami: 調査・検討, R7当初予算要求, 継続実施); the caption is the text shown.</summary>
    PhaseText,
    /// <summary>Shaded bars over the years a phase covers, each cell captioned.</summary>
    Bars,
}
