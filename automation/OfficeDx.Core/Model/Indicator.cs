namespace OfficeDx.Core.Model;

/// <summary>An evaluation indicator (評価指標 / KPI) with its baseline, targets and reported actuals.</summary>
public sealed record Indicator
{
    public string Name { get; init; } = "";
    public IndicatorValue? Baseline { get; init; }
    public IReadOnlyList<IndicatorValue> Targets { get; init; } = [];
    public IReadOnlyList<IndicatorValue> Actuals { get; init; } = [];
}
