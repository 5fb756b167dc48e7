using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Excel;

/// <summary>Reads one returned workbook against the plan: checks its marker, then every sheet, cell by cell (a paste bypasses validation).</summary>
internal static class DepartmentWorkbookReader
{
    public static Submission Read(WorkbookFile workbook, Plan plan, Profile profile)
    {
        var submission = new Submission(workbook.Name, plan, profile);
        if (!CheckMarker(workbook, submission)) return submission;
        submission.Scope = DepartmentScope.For(plan, submission.Department);

        var readers = new Dictionary<SheetLayout, Action<WorkbookSheet, Submission>>
        {
            [ExcelLayout.Measures] = MeasureRowsReader.Read,
            [ExcelLayout.Indicators] = IndicatorRowsReader.Read,
            [ExcelLayout.Terms] = TermRowsReader.Read,
        };
        foreach (var layout in ExcelLayout.DataSheets)
        {
            if (workbook.Sheet(layout.Name) is { } sheet) readers[layout](sheet, submission);
            else submission.Reject("", null, layout.Name, null, WorkbookMessages.MissingSheet(layout.Name) + WorkbookMessages.SheetNotApplied);
        }
        // Sheets and cells no reader looks at: reported, so nothing a department typed is dropped silently.
        const string outcome = WorkbookMessages.NotApplied;
        foreach (var sheet in workbook.SheetNames.Select(workbook.Sheet).OfType<WorkbookSheet>())
            foreach (var entry in WorkbookOutline.StrayCells(sheet, outcome)) submission.Outside(entry);
        foreach (var entry in WorkbookOutline.AddedSheets(workbook, outcome)) submission.Outside(entry);
        return submission;
    }

    /// <summary>The hidden marker names the plan, edition and department; a workbook for another plan or edition is refused whole.</summary>
    private static bool CheckMarker(WorkbookFile workbook, Submission submission)
    {
        var plan = submission.Plan;
        if (workbook.Sheet(ExcelLayout.MarkerSheet) is not { } marker)
        {
            submission.Reject("", null, "様式", null, "OfficeDx で作成した様式ではありません（様式を識別する情報がありません）。配布された様式に記入してください。内容は反映していません。");
            return false;
        }
        var planId = marker[2, MarkerSheet.PlanIdRow].Text;
        var edition = marker[2, MarkerSheet.EditionRow].Text;
        submission.Department = marker[2, MarkerSheet.DepartmentRow].Text;
        if (planId != plan.Id)
        {
            submission.Reject(marker.Place(2, MarkerSheet.PlanIdRow), null, "計画", planId,
                $"別の計画（{planId}）の様式です。この計画（{plan.Id}）の様式に記入し直してください。内容は反映していません。", plan.Id);
            return false;
        }
        if (edition != (plan.Edition ?? ""))
        {
            submission.Reject(marker.Place(2, MarkerSheet.EditionRow), null, "版", edition,
                $"別の版（{(edition.Length == 0 ? "版の記載なし" : edition)}）の様式です。現在の版（{plan.Edition ?? "版の記載なし"}）の様式に記入し直してください。内容は反映していません。", plan.Edition);
            return false;
        }
        if (!DepartmentScope.Departments(plan).Contains(submission.Department, StringComparer.Ordinal))
        {
            submission.Reject(marker.Place(2, MarkerSheet.DepartmentRow), null, "担当課", submission.Department,
                $"この計画に「{submission.Department}」が担当する施策はありません。内容は反映していません。");
            return false;
        }
        return true;
    }
}
