using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Excel;

/// <summary>The header of the 指標 sheet: the indicator and its baseline and target (for reference), then one actual-value column per fiscal year.</summary>
internal sealed record IndicatorColumns(PlanPeriod Period, Profile Profile)
{
    public const int MeasureId = 1;
    public const int MeasureName = 2;
    public const int Index = 3;
    public const int Name = 4;
    public const int Unit = 5;
    public const int BaselineYear = 6;
    public const int BaselineValue = 7;
    public const int TargetYear = 8;
    public const int TargetValue = 9;
    public const int FirstActual = 10;

    public int Last => FirstActual + Period.Length - 1;

    public int ActualColumn(FiscalYear year) => FirstActual + year.StartYear - Period.From.StartYear;

    public string ActualLabel(FiscalYear year) => year.Format(Profile.FiscalYearStyle) + ExcelLayout.ActualSuffix;

    public IReadOnlyList<string> Headers() =>
    [
        ExcelLayout.MeasureIdHeader, Profile.Row(MeasureField.Name).Label, ExcelLayout.IndicatorNumberHeader, ExcelLayout.IndicatorNameHeader,
        ExcelLayout.UnitHeader, ExcelLayout.BaselineYearHeader, ExcelLayout.BaselineValueHeader, ExcelLayout.TargetYearHeader,
        ExcelLayout.TargetValueHeader, .. Period.Years().Select(ActualLabel),
    ];
}
