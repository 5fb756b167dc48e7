using DocumentFormat.OpenXml.Spreadsheet;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Excel;

/// <summary>Writes one department's workbook (記入要領, 施策, 指標, 用語 and a hidden marker) with the Open XML SDK; same input, same bytes.</summary>
public static class ExcelTemplateWriter
{
    public static byte[] Write(Plan plan, Profile profile, string department, DateOnly? deadline = null)
    {
        var scope = DepartmentScope.For(plan, department);
        var styles = new TemplateStyles();
        SheetSpec[] sheets =
        [
            InstructionSheet.Build(plan, scope, deadline),
            MeasureSheet.Build(plan, profile, scope),
            IndicatorSheet.Build(plan, profile, scope, styles),
            TermSheet.Build(scope),
            MarkerSheet.Build(plan, scope),
        ];
        DefinedName[] names = MarkerSheet.AreasRange(scope) is { } areas ? [new DefinedName(areas) { Name = ExcelLayout.AreasName }] : [];
        return WorkbookPackage.Write(sheets, styles, names, $"{plan.Title} 施策の更新（{department}）", plan.Edition ?? plan.Title);
    }

    /// <summary>A file name for the department's workbook: its name, with characters a file system refuses replaced by ＿.</summary>
    public static string FileName(string department)
    {
        char[] refused = ['\\', '/', ':', '*', '?', '"', '<', '>', '|'];
        var invalid = Path.GetInvalidFileNameChars().Concat(refused).ToHashSet();
        return new string(department.Select(c => invalid.Contains(c) || char.IsControl(c) ? '＿' : c).ToArray()) + ".xlsx";
    }
}
