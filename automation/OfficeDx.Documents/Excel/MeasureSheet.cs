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
        uint Style(int column, bool proposalRow = false) =>
            ExcelLayout.Measures.IsLocked(headers[column - 1], profile, proposalRow) ? TemplateStyles.Locked : TemplateStyles.Editable;

        var row = ExcelLayout.FirstDataRow;
        foreach (var (area, measure) in scope.Measures)
        {
            cells.Text(MeasureColumns.Id, row, measure.Id, Style(MeasureColumns.Id));
            cells.Text(MeasureColumns.Area, row, scope.AreaLabel(area), Style(MeasureColumns.Area));
            cells.Text(MeasureColumns.Number, row, measure.Number, Style(MeasureColumns.Number));
            cells.Text(MeasureColumns.Name, row, measure.Name, Style(MeasureColumns.Name));
            cells.Text(MeasureColumns.Overview, row, measure.Overview, Style(MeasureColumns.Overview));
            foreach (var year in plan.Period.Years())
            {
                var phase = measure.PhaseIn(year);
                cells.Text(columns.YearColumn(year), row, phase == Phase.None ? null : phase.Label(), Style(columns.YearColumn(year)));
            }
            cells.Text(columns.Indicators, row, string.Join("\n", measure.Indicators.Select(i => i.Name)), Style(columns.Indicators));
            cells.Text(columns.Departments, row, string.Join(ExcelLayout.DepartmentSeparators[0], measure.Departments), Style(columns.Departments));
            row++;
        }
        var firstProposal = row;
        for (var i = 0; i < ExcelLayout.ProposalRows; i++, row++)
        {
            for (var c = MeasureColumns.Id; c <= columns.Last; c++) cells.Blank(c, row, Style(c, proposalRow: true));
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
