using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Excel;

/// <summary>The header of the 施策 sheet: fixed columns, one column per fiscal year of the plan, then indicators and departments.</summary>
internal sealed record MeasureColumns(Profile Profile, PlanPeriod Period)
{
    public const int Id = 1;
    public const int Area = 2;
    public const int Number = 3;
    public const int Name = 4;
    public const int Overview = 5;
    public const int FirstYear = 6;

    public int Indicators => FirstYear + Period.Length;
    public int Departments => Indicators + 1;
    public int Last => Departments;

    public int YearColumn(FiscalYear year) => FirstYear + year.StartYear - Period.From.StartYear;

    public string NameLabel => Profile.Row(MeasureField.Name).Label;
    public string OverviewLabel => Profile.Row(MeasureField.Overview).Label;
    public string IndicatorsLabel => Profile.Row(MeasureField.Indicators).Label;
    public string DepartmentsLabel => Profile.Row(MeasureField.Departments).Label;

    public string YearLabel(FiscalYear year) => year.Format(Profile.FiscalYearStyle);

    /// <summary>Every header in column order.</summary>
    public IReadOnlyList<string> Headers() =>
    [
        ExcelLayout.MeasureIdHeader, ExcelLayout.AreaHeader, ExcelLayout.NumberHeader, NameLabel, OverviewLabel,
        .. Period.Years().Select(YearLabel), IndicatorsLabel, DepartmentsLabel,
    ];
}
