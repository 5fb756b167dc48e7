using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Reports;

/// <summary>
/// The words of a progress report taken from the municipality's profile: how fiscal years are written (令和6年度 or 2024年度),
/// what the measure name, departments and indicator columns are called in its plan.
/// </summary>
public sealed record ReportWording(Profile Profile)
{
    public const string NotReported = "未報告";

    public FiscalYearStyle YearStyle => Profile.FiscalYearStyle;

    public string Year(FiscalYear year) => year.Format(YearStyle);

    public string MeasureName => Profile.Row(MeasureField.Name).Label;

    public string Departments => Profile.Row(MeasureField.Departments).Label;

    public string Indicator => Profile.Indicators.NameHeader;

    public string Baseline => Profile.Indicators.BaselineHeader;

    public string Target => Profile.Indicators.TargetHeader;

    public string Actual => Profile.Indicators.ActualHeader;

    public string ActualOf(FiscalYear year) => Profile.Indicators.ActualYearHeader.Replace("{year}", Year(year), StringComparison.Ordinal);

    public (string Baseline, string Target, string Actual) ChartLabels => (Baseline, Target, Actual);

    public string Phase(Phase phase) => phase == Core.Model.Phase.None ? "予定なし" : phase.Label();

    public string ReportedPhase(MeasureProgress measure) => measure.Reported switch
    {
        null => NotReported,
        Core.Model.Phase.None => "記入なし",
        var phase => phase.Value.Label(),
    };

    public string Figure(YearFigure? figure) => figure is null ? "－" : $"{figure.Figure.Text}（{Year(figure.Year)}）";

    public string ActualText(YearActual actual) => actual.Figure?.Text ?? NotReported;
}
