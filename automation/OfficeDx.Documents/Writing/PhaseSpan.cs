using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Writing;

/// <summary>Consecutive fiscal years with the same arrow phase: drawn as one arrow made of one segment per year cell.</summary>
internal sealed record PhaseSpan(Phase Phase, FiscalYear First, FiscalYear Last)
{
    public bool IsArrow => Phase is Phase.Preparation or Phase.Continuation;

    public string Describe(FiscalYearStyle style) => First == Last
        ? $"{Phase.Label()}（{First.Format(style)}）"
        : $"{Phase.Label()}（{First.Format(style)}～{Last.Format(style)}）";

    /// <summary>Splits a schedule over the given years into spans; 実施 (○) is a span of one year each time.</summary>
    public static IReadOnlyList<PhaseSpan> Split(Measure measure, IEnumerable<FiscalYear> years)
    {
        var spans = new List<PhaseSpan>();
        foreach (var year in years)
        {
            var phase = measure.PhaseIn(year);
            var last = spans.Count > 0 ? spans[^1] : null;
            var joinsPrevious = last is not null && last.Phase == phase && last.IsArrow && last.Last.Next == year;
            if (joinsPrevious) spans[^1] = last! with { Last = year };
            else spans.Add(new PhaseSpan(phase, year, year));
        }
        return spans;
    }
}
