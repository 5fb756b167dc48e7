using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Excel;

/// <summary>The 施策 sheet: an Excel table of the department's measures (id and structure locked), then blank rows for proposals.</summary>
internal static class MeasureSheet
{
    public static SheetSpec Build(Plan plan, Profile profile, DepartmentScope scope)
    {
        var columns = new MeasureColumns(profile, plan.Period);
        var cells = new SheetCells();
        cells.Text(1, 1, $"施策一覧（{scope.Department}）", TemplateStyles.Title);
        cells.Text(1, 2, "白いセルを書き換えてください。灰色のセルは変更できません。新しい施策は表の下の空いている行に書きます。", TemplateStyles.Default);
        var headers = columns.Headers();
        for (var c = 0; c < headers.Count; c++) cells.Text(c + 1, ExcelLayout.HeaderRow, headers[c], TemplateStyles.Header);

        var row = ExcelLayout.FirstDataRow;
        foreach (var (area, measure) in scope.Measures)
        {
            cells.Text(MeasureColumns.Id, row, measure.Id, TemplateStyles.Locked);
            cells.Text(MeasureColumns.Area, row, scope.AreaLabel(area), TemplateStyles.Locked);
            cells.Text(MeasureColumns.Number, row, measure.Number, TemplateStyles.Locked);
            cells.Text(MeasureColumns.Name, row, measure.Name, TemplateStyles.Editable);
            cells.Text(MeasureColumns.Overview, row, measure.Overview, TemplateStyles.Editable);
            foreach (var year in plan.Period.Years())
            {
                var phase = measure.PhaseIn(year);
                cells.Text(columns.YearColumn(year), row, phase == Phase.None ? null : phase.Label(), TemplateStyles.Editable);
            }
            cells.Text(columns.Indicators, row, string.Join("\n", measure.Indicators.Select(i => i.Name)), TemplateStyles.Editable);
            cells.Text(columns.Departments, row, string.Join(ExcelLayout.DepartmentSeparators[0], measure.Departments), TemplateStyles.Editable);
            row++;
        }
        var firstProposal = row;
        for (var i = 0; i < ExcelLayout.ProposalRows; i++, row++)
        {
            cells.Blank(MeasureColumns.Id, row, TemplateStyles.Locked);
            cells.Blank(MeasureColumns.Area, row, TemplateStyles.Editable);
            cells.Blank(MeasureColumns.Number, row, TemplateStyles.Locked);
            for (var c = MeasureColumns.Name; c <= columns.Last; c++) cells.Blank(c, row, TemplateStyles.Editable);
        }
        var lastRow = row - 1;

        cells.Width(MeasureColumns.Id, 14);
        cells.Width(MeasureColumns.Area, 24);
        cells.Width(MeasureColumns.Number, 6);
        cells.Width(MeasureColumns.Name, 30);
        cells.Width(MeasureColumns.Overview, 60);
        foreach (var year in plan.Period.Years()) cells.Width(columns.YearColumn(year), 12);
        cells.Width(columns.Indicators, 30);
        cells.Width(columns.Departments, 26);

        var spec = new SheetSpec(ExcelLayout.MeasuresSheet, cells)
        {
            FrozenRows = ExcelLayout.HeaderRow,
            FrozenColumns = MeasureColumns.Name,
            PrintTitleRow = ExcelLayout.HeaderRow,
            Table = ("odx_measures", columns.Last, lastRow),
        };
        spec.Validations.Add(TemplateValidations.Phases(
            $"{CellReference.Of(MeasureColumns.FirstYear, ExcelLayout.FirstDataRow)}:{CellReference.Of(columns.Indicators - 1, lastRow)}"));
        if (scope.Areas.Count > 0)
            spec.Validations.Add(TemplateValidations.Areas(
                $"{CellReference.Of(MeasureColumns.Area, firstProposal)}:{CellReference.Of(MeasureColumns.Area, lastRow)}"));
        return spec;
    }
}
