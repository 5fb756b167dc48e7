using OfficeDx.Core.Time;

namespace OfficeDx.Core.Model;

/// <summary>The fiscal years a plan covers, both ends included.</summary>
public sealed record PlanPeriod
{
    public FiscalYear From { get; init; }
    public FiscalYear To { get; init; }

    public bool Contains(FiscalYear year) => year >= From && year <= To;

    public IEnumerable<FiscalYear> Years()
    {
        for (var y = From.StartYear; y <= To.StartYear; y++) yield return new FiscalYear(y);
    }

    public int Length => To.StartYear - From.StartYear + 1;
}
