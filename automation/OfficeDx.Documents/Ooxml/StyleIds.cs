namespace OfficeDx.Documents.Ooxml;

/// <summary>The paragraph and table styles every generated document defines.</summary>
internal static class StyleIds
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string TableText = "OdxTableText";
    public const string TableLabel = "OdxTableLabel";
    public const string ScheduleMark = "OdxScheduleMark";
    public const string SchedulePhase = "OdxSchedulePhase";
    public const string ScheduleCaption = "OdxScheduleCaption";
    public const string ScheduleText = "OdxScheduleText";
    public const string IndicatorHeader = "OdxIndicatorHeader";
    public const string Divider = "OdxDivider";
    public const string ListHeading = "OdxListHeading";
    public const string ListItem = "OdxListItem";
    public const string Spacer = "OdxSpacer";
    public const string MeasureTable = "OdxMeasureTable";

    public static string Heading(int depth) => "Heading" + Math.Clamp(depth, 1, 9);
}
