using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Excel;

/// <summary>The changes a workbook can make to a measure, each keeping everything else of the measure (captions, notes, targets) as it was.</summary>
internal static class MeasureEdits
{
    /// <summary>Sets the phase of one year; a caption on that year stays, and a year left with neither phase nor caption is dropped.</summary>
    public static Measure WithPhase(Measure measure, FiscalYear year, Phase phase)
    {
        var schedule = measure.Schedule.ToList();
        var index = schedule.FindIndex(e => e.FiscalYear == year);
        if (index >= 0)
        {
            var entry = schedule[index] with { Phase = phase };
            if (entry.Phase == Phase.None && entry.Caption is null) schedule.RemoveAt(index);
            else schedule[index] = entry;
        }
        else if (phase != Phase.None)
        {
            var at = schedule.FindIndex(e => e.FiscalYear > year);
            schedule.Insert(at < 0 ? schedule.Count : at, new ScheduleEntry { FiscalYear = year, Phase = phase });
        }
        return measure with { Schedule = schedule };
    }

    /// <summary>Sets (or, with null, removes) one actual value of one indicator.</summary>
    public static Measure WithActual(Measure measure, int indicatorIndex, FiscalYear year, string? value)
    {
        var indicators = measure.Indicators.ToList();
        var indicator = indicators[indicatorIndex];
        var actuals = indicator.Actuals.ToList();
        var index = actuals.FindIndex(a => a.FiscalYear == year);
        if (value is null)
        {
            if (index >= 0) actuals.RemoveAt(index);
        }
        else if (index >= 0) actuals[index] = actuals[index] with { Value = value };
        else
        {
            var at = actuals.FindIndex(a => a.FiscalYear > year);
            actuals.Insert(at < 0 ? actuals.Count : at, new IndicatorValue { FiscalYear = year, Value = value });
        }
        indicators[indicatorIndex] = indicator with { Actuals = actuals };
        return measure with { Indicators = indicators };
    }

    /// <summary>Renames indicators by position and appends new ones; removing indicators is refused before this is called.</summary>
    public static Measure WithIndicatorNames(Measure measure, IReadOnlyList<string> names)
    {
        var indicators = names.Select((name, i) => i < measure.Indicators.Count ? measure.Indicators[i] with { Name = name } : new Indicator { Name = name }).ToArray();
        return measure with { Indicators = indicators };
    }
}
