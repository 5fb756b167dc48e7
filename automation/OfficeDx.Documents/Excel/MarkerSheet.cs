using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Excel;

/// <summary>The veryHidden sheet that says which plan, edition and department a workbook was made for, and lists the areas for the drop-down.</summary>
internal static class MarkerSheet
{
    public const int PlanIdRow = 1;
    public const int EditionRow = 2;
    public const int DepartmentRow = 3;
    public const int FormatRow = 4;

    public static SheetSpec Build(Plan plan, DepartmentScope scope)
    {
        var cells = new SheetCells();
        cells.Text(1, PlanIdRow, "計画ID", TemplateStyles.Default);
        cells.Text(2, PlanIdRow, plan.Id, TemplateStyles.Default);
        cells.Text(1, EditionRow, "版", TemplateStyles.Default);
        cells.Text(2, EditionRow, plan.Edition ?? "", TemplateStyles.Default);
        cells.Text(1, DepartmentRow, "担当課", TemplateStyles.Default);
        cells.Text(2, DepartmentRow, scope.Department, TemplateStyles.Default);
        cells.Text(1, FormatRow, "様式", TemplateStyles.Default);
        cells.Text(2, FormatRow, ExcelLayout.FormatVersion, TemplateStyles.Default);
        for (var i = 0; i < scope.Areas.Count; i++)
        {
            cells.Text(4, i + 1, scope.Areas[i].Label, TemplateStyles.Default);
            cells.Text(5, i + 1, scope.Areas[i].Area.Id, TemplateStyles.Default);
        }
        return new SheetSpec(ExcelLayout.MarkerSheet, cells) { Hidden = true };
    }

    /// <summary>The range the 分野 drop-down lists, or null for a plan without areas.</summary>
    public static string? AreasRange(DepartmentScope scope) =>
        scope.Areas.Count == 0 ? null : $"'{ExcelLayout.MarkerSheet}'!$D$1:$D${scope.Areas.Count}";
}
