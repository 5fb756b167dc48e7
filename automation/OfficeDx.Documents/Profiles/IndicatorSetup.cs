namespace OfficeDx.Documents.Profiles;

/// <summary>The indicator layout and, for the table layout, its column headings and the width of the indicator column.</summary>
public sealed record IndicatorSetup
{
    public IndicatorLayout Layout { get; init; } = IndicatorLayout.Sentence;
    public string NameHeader { get; init; } = "指標";
    /// <summary>Heading of the baseline column when the values have different years (or none).</summary>
    public string BaselineHeader { get; init; } = "基準値";
    public string TargetHeader { get; init; } = "目標値";
    public string ActualHeader { get; init; } = "実績値";
    /// <summary>Heading used when every value of the column has the same year; {year} is replaced by the formatted year.</summary>
    public string BaselineYearHeader { get; init; } = "基準値（{year}）";
    public string TargetYearHeader { get; init; } = "目標値（{year}）";
    public string ActualYearHeader { get; init; } = "実績値（{year}）";
    public double NameColumnMm { get; init; } = 70;
    /// <summary>Import: words of a KPI table heading that mark the baseline column (a year in the heading, 現状値（R4）, is read too).</summary>
    public IReadOnlyList<string> BaselineWords { get; init; } = ["基準値", "現状値", "基準", "現状", "策定時"];
    /// <summary>Import: words of a KPI table heading that mark a target column.</summary>
    public IReadOnlyList<string> TargetWords { get; init; } = ["目標値", "目標"];
    /// <summary>Import: words of a KPI table heading that mark an actual column.</summary>
    public IReadOnlyList<string> ActualWords { get; init; } = ["実績値", "実績"];
    /// <summary>Import: endings of an indicator sentence with a target (「…を令和7年度までに100件にする」): the number before the ending is the target.</summary>
    public IReadOnlyList<string> TargetEndings { get; init; } = ["にする", "とする", "に増やす", "まで増やす", "に拡大する", "に減らす", "まで減らす", "に削減する", "を目指す", "を達成する"];
}
