namespace OfficeDx.Documents.Excel;

/// <summary>What the hidden marker sheet says a workbook was made for: the plan, its edition and the department.</summary>
public sealed record WorkbookMarker(string PlanId, string Edition, string Department)
{
    /// <summary>The marker of a workbook OfficeDx wrote, or null when the workbook has no marker sheet.</summary>
    public static WorkbookMarker? Read(WorkbookFile workbook) =>
        workbook.Sheet(ExcelLayout.MarkerSheet) is { } marker
            ? new WorkbookMarker(marker[2, MarkerSheet.PlanIdRow].Text, marker[2, MarkerSheet.EditionRow].Text, marker[2, MarkerSheet.DepartmentRow].Text)
            : null;

    /// <summary>The marker cell holding the plan id (B1 of the hidden sheet), as reports name places.</summary>
    public static string PlanIdPlace => CellReference.Place(ExcelLayout.MarkerSheet, 2, MarkerSheet.PlanIdRow);
}
