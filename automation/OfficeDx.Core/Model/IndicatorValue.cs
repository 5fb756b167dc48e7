using OfficeDx.Core.Time;

namespace OfficeDx.Core.Model;

/// <summary>An indicator value in a fiscal year, kept as written with its unit (31 手続, 38.4%, -).</summary>
public sealed record IndicatorValue
{
    public FiscalYear FiscalYear { get; init; }
    public string Value { get; init; } = "";
}
