using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Excel;

/// <summary>The 指標 sheet: one row per indicator of the department's measures, baseline and target for reference, actuals to fill in.</summary>
internal static class IndicatorSheet
{
    public static SheetSpec Build(Plan plan, Profile profile, DepartmentScope scope, TemplateStyles styles)
    {
        var columns = new IndicatorColumns(plan.Period, profile);
        var cells = new SheetCells();
        cells.Text(1, 1, $"評価指標の実績（{scope.Department}）", TemplateStyles.Title);
        cells.Text(1, 2, "各年度の実績値を数値で入力してください。単位は「単位」列のとおりです（38.4% なら 38.4 と入力）。", TemplateStyles.Default);
        var headers = columns.Headers();
        for (var c = 0; c < headers.Count; c++) cells.Text(c + 1, ExcelLayout.HeaderRow, headers[c], TemplateStyles.Header);
        uint Reference(int column) => ExcelLayout.Indicators.IsLocked(headers[column - 1], profile) ? TemplateStyles.Locked : TemplateStyles.Editable;

        var row = ExcelLayout.FirstDataRow;
        foreach (var (_, measure) in scope.Measures)
        {
            for (var i = 0; i < measure.Indicators.Count; i++, row++)
            {
                var indicator = measure.Indicators[i];
                var unit = IndicatorUnit.Of(indicator);
                cells.Text(IndicatorColumns.MeasureId, row, measure.Id, Reference(IndicatorColumns.MeasureId));
                cells.Text(IndicatorColumns.MeasureName, row, measure.Name, Reference(IndicatorColumns.MeasureName));
                cells.Number(IndicatorColumns.Index, row, i + 1, Reference(IndicatorColumns.Index));
                cells.Text(IndicatorColumns.Name, row, indicator.Name, Reference(IndicatorColumns.Name));
                cells.Text(IndicatorColumns.Unit, row, unit.Unit, Reference(IndicatorColumns.Unit));
                cells.Text(IndicatorColumns.BaselineYear, row, indicator.Baseline?.FiscalYear.Format(profile.FiscalYearStyle), Reference(IndicatorColumns.BaselineYear));
                cells.Text(IndicatorColumns.BaselineValue, row, indicator.Baseline?.Value, Reference(IndicatorColumns.BaselineValue));
                cells.Text(IndicatorColumns.TargetYear, row, string.Join("\n", indicator.Targets.Select(t => t.FiscalYear.Format(profile.FiscalYearStyle))), Reference(IndicatorColumns.TargetYear));
                cells.Text(IndicatorColumns.TargetValue, row, string.Join("\n", indicator.Targets.Select(t => t.Value)), Reference(IndicatorColumns.TargetValue));
                var style = styles.EditableNumberIn(unit);
                foreach (var year in plan.Period.Years())
                {
                    var column = columns.ActualColumn(year);
                    var actual = indicator.Actuals.FirstOrDefault(a => a.FiscalYear == year);
                    if (actual is null) cells.Blank(column, row, style);
                    // A value written as number + unit becomes a number (checked by the numeric validation); "-" or "約100" stays text.
                    else if (unit.NumberIn(actual.Value) is { } number && unit.Format(number) == actual.Value) cells.Number(column, row, number, style);
                    else cells.Text(column, row, actual.Value, style);
                }
            }
        }
        var lastRow = Math.Max(row - 1, ExcelLayout.FirstDataRow);

        cells.Width(IndicatorColumns.MeasureId, 14);
        cells.Width(IndicatorColumns.MeasureName, 26);
        cells.Width(IndicatorColumns.Index, 6);
        cells.Width(IndicatorColumns.Name, 30);
        cells.Width(IndicatorColumns.Unit, 8);
        cells.Width(IndicatorColumns.BaselineYear, 12);
        cells.Width(IndicatorColumns.BaselineValue, 12);
        cells.Width(IndicatorColumns.TargetYear, 12);
        cells.Width(IndicatorColumns.TargetValue, 12);
        foreach (var year in plan.Period.Years()) cells.Width(columns.ActualColumn(year), 14);

        var spec = new SheetSpec(ExcelLayout.IndicatorsSheet, cells)
        {
            FrozenRows = ExcelLayout.HeaderRow,
            FrozenColumns = IndicatorColumns.Name,
            PrintTitleRow = ExcelLayout.HeaderRow,
        };
        spec.Validations.Add(TemplateValidations.Actuals(
            $"{CellReference.Of(IndicatorColumns.FirstActual, ExcelLayout.FirstDataRow)}:{CellReference.Of(columns.Last, lastRow)}"));
        return spec;
    }
}
