using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Reports;

/// <summary>
/// The annual progress report (進捗状況) of one plan for one fiscal year: per area, per measure the planned phase and the
/// reported status, and per indicator its baseline, targets and actuals. Built by <see cref="ProgressReportBuilder"/>; the
/// .docx, the .xlsx and the console's charts all write from this one model, so they show the same figures.
/// </summary>
public sealed record ProgressReport(Plan Plan, FiscalYear Year, IReadOnlyList<FiscalYear> ActualYears, IReadOnlyList<AreaProgress> Areas)
{
    public IEnumerable<MeasureProgress> Measures => Areas.SelectMany(a => a.Measures);

    /// <summary>Measures no department has reported on, in plan order.</summary>
    public IReadOnlyList<MeasureProgress> Unreported => Measures.Where(m => m.Status == ProgressStatus.NotReported).ToList();

    public int Count(ProgressStatus status) => Measures.Count(m => m.Status == status);
}

/// <summary>An area that holds measures, with the progress of each of them.</summary>
public sealed record AreaProgress(string AreaId, string Number, string Title, IReadOnlyList<MeasureProgress> Measures)
{
    public string Heading => Number.Length == 0 ? Title : $"{Number}　{Title}";

    public int Count(ProgressStatus status) => Measures.Count(m => m.Status == status);
}

/// <summary>One measure's standing in the report year.</summary>
public sealed record MeasureProgress(
    Measure Measure, Phase Planned, Phase? Reported, ProgressStatus Status, IReadOnlyList<string> Reporters, DateTimeOffset? ReportedAt,
    IReadOnlyList<IndicatorProgress> Indicators)
{
    /// <summary>The measure's number and name as the plan prints them.</summary>
    public string Title => Measure.Number is { Length: > 0 } number ? $"{number}　{Measure.Name}" : Measure.Name;
}

/// <summary>An indicator with its baseline, targets and one actual per report year (null figure: 未報告).</summary>
public sealed record IndicatorProgress(
    string MeasureId, int Number, string Name, string Unit, YearFigure? Baseline, IReadOnlyList<YearFigure> Targets, IReadOnlyList<YearActual> Actuals);

/// <summary>A value of a fiscal year.</summary>
public sealed record YearFigure(FiscalYear Year, IndicatorFigure Figure);

/// <summary>The actual of a fiscal year: the figure and who reported it (null department: written in the plan document), or nothing reported.</summary>
public sealed record YearActual(FiscalYear Year, IndicatorFigure? Figure, string? Department)
{
    public bool Reported => Figure is not null;
}
