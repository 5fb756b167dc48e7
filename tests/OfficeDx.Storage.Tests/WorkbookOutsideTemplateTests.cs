using OfficeDx.Storage.Workbooks;

namespace OfficeDx.Storage.Tests;

/// <summary>What the harvest reader never reads — a sheet added by hand, a note typed beside the instructions — is a harvest error naming its Sheet!Cell.</summary>
[TestClass]
public sealed class WorkbookOutsideTemplateTests
{
    [TestMethod]
    public void AnAddedSheetAndANoteBesideTheInstructionsAreProblemsNamingTheirCells()
    {
        var workbook = WorkbookCells.Of(DepartmentWorkbooks.Workbook(DepartmentWorkbooks.Plan, DepartmentWorkbooks.Digital))
            .Text("記入要領", "B5", "了解しました")
            .AddSheet("メモ").Text("メモ", "C2", "下書き")
            .Bytes();

        var submission = WorkbookSubmissionReader.Read(workbook, "デジタル.xlsx")!;

        CollectionAssert.AreEqual(new[]
        {
            ("メモ!C2", "様式にないシート「メモ」があります。追加したシートは読み取っていません。記入は「施策」「指標」「用語」シートの白いセルに書いてください。保存していません。"),
            ("記入要領!B5", "様式の記入欄の外に値があります。この値は読み取っていません。記入は様式の白いセルに書いてください。保存していません。"),
        }, submission.Problems.ToArray(), string.Join("\n", submission.Problems));
    }

    [TestMethod]
    public void AnUneditedWorkbookHasNoProblems()
    {
        var submission = WorkbookSubmissionReader.Read(DepartmentWorkbooks.Workbook(DepartmentWorkbooks.Plan, DepartmentWorkbooks.Digital), "デジタル.xlsx")!;

        Assert.IsEmpty(submission.Problems, string.Join("\n", submission.Problems));
    }
}
