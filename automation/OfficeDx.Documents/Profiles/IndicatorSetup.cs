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
}
