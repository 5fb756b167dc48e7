using System.Globalization;
using BenchmarkDotNet.Attributes;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reports;

namespace OfficeDx.Benchmarks;

/// <summary>
/// The annual progress report of a 100-measure plan with 3 years of actuals from two departments per measure (every 9th year
/// left unreported, every 4th measure delayed): building the model, writing the .docx with its 110 native charts, the .xlsx.
/// </summary>
[MemoryDiagnoser]
public class ProgressReportBenchmarks
{
    private static readonly FiscalYear ReportYear = new(2023);
    private Plan _plan = null!;
    private Profile _profile = null!;
    private ReportedValue[] _values = [];
    private ProgressReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plan = SyntheticPlans.Create(100);
        _profile = ProfileLibrary.Load("akita");
        var at = new DateTimeOffset(2024, 4, 30, 9, 0, 0, TimeSpan.Zero);
        _values = _plan.AllMeasures().SelectMany((m, i) => m.Departments.SelectMany(department =>
            _plan.Period.Years().SelectMany(year => new[]
            {
                new ReportedValue(m.Id, ReportedValue.ScheduleField, 0, year, (i % 4 == 0 && year == ReportYear ? Phase.Preparation : m.PhaseIn(year)).Label(), department, at),
            }.Concat((i + year.StartYear) % 9 == 0 ? [] : [new ReportedValue(m.Id, ReportedValue.ActualField, 1, year,
                (31 + i % 13 + 3 * (year.StartYear - 2020)).ToString(CultureInfo.InvariantCulture), department, at)])))).ToArray();
        _report = ProgressReportBuilder.Build(_plan, ReportYear, _values);
    }

    [Benchmark]
    public ProgressReport Build() => ProgressReportBuilder.Build(_plan, ReportYear, _values);

    [Benchmark]
    public byte[] WriteDocx() => ProgressReportWriter.Write(_report, _profile);

    [Benchmark]
    public byte[] WriteXlsx() => ProgressWorkbookWriter.Write(_report, _profile);

    [Benchmark]
    public int WholeReport() => ProgressReportWriter.Write(ProgressReportBuilder.Build(_plan, ReportYear, _values), _profile).Length
        + ProgressWorkbookWriter.Write(_report, _profile).Length;
}
