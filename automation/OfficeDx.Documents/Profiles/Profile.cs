using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Profiles;

/// <summary>A municipality's house style: everything the writer and reader need to know that is not the plan itself.</summary>
public sealed record Profile
{
    public string Name { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public FiscalYearStyle FiscalYearStyle { get; init; } = FiscalYearStyle.Wareki;
    public IReadOnlyList<MeasureRow> Rows { get; init; } = [];
    public string ChapterHeading { get; init; } = "";
    public string LegendTitle { get; init; } = "取組スケジュールに係る表記の凡例";
    public string CompletedHeading { get; init; } = "実施済みの施策";
    public string AddedDivider { get; init; } = "【以下、追加の個別施策】";
    public string PeriodLabel { get; init; } = "計画期間";
    public string BulletPrefix { get; init; } = "・";
    public FontSetup Fonts { get; init; } = new();
    public PageSetup Page { get; init; } = new();
    public GlossaryStyle Glossary { get; init; } = new();
    public ScheduleStyle ScheduleStyle { get; init; } = ScheduleStyle.Arrows;
    public IndicatorSetup Indicators { get; init; } = new();
    public HierarchySetup Hierarchy { get; init; } = new();
    public RevisionNoteWording RevisionNotes { get; init; } = new();
    /// <summary>How hand-made documents of this style are read (JSON key import).</summary>
    public ImportSetup Import { get; init; } = new();

    public MeasureRow Row(MeasureField field) =>
        Rows.FirstOrDefault(r => r.Field == field) ?? new MeasureRow { Field = field, Label = field.ToString(), AlwaysShown = false };
}
