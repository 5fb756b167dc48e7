using OfficeDx.Documents.Excel;

namespace OfficeDx.Storage.Tests;

/// <summary>
/// The three departments' workbooks where 市民生活部市民課 proposes a new measure in the first row without a 施策ID on 施策 and a
/// term on row 4 of 用語, as a department types them.
/// </summary>
public sealed class ProposalWorkbook
{
    public const string Name = "オンライン相談窓口の開設";
    public const string Overview = "ビデオ通話で相談を受け付ける。";
    public const string Term = "オープンデータ";
    public const string Reading = "おーぷんでーた";
    public const string Definition = "誰でも二次利用できるよう\n公開したデータ。";

    private ProposalWorkbook(DirectoryInfo docs, FileInfo file, byte[] original)
    {
        Docs = docs;
        File = file;
        var measures = WorkbookFile.Read(original, file.Name).Sheet(ExcelLayout.MeasuresSheet)!;
        Row = Enumerable.Range(ExcelLayout.FirstDataRow, measures.LastRow).First(r => measures[1, r].IsBlank);
        Area = measures[2, ExcelLayout.FirstDataRow].Text;
        NameLabel = measures[4, ExcelLayout.HeaderRow].Text;
        OverviewLabel = measures[5, ExcelLayout.HeaderRow].Text;
    }

    public DirectoryInfo Docs { get; }

    /// <summary>市民生活部市民課's workbook.</summary>
    public FileInfo File { get; }

    /// <summary>The 施策 row holding the proposal.</summary>
    public int Row { get; }

    /// <summary>The 分野 typed for the proposal: the one of the sheet's first measure.</summary>
    public string Area { get; }

    public string NameLabel { get; }

    public string OverviewLabel { get; }

    public static ProposalWorkbook Write(DirectoryInfo docs)
    {
        DepartmentWorkbooks.Write(docs, DepartmentWorkbooks.Plan);
        var file = new FileInfo(Path.Combine(docs.FullName, "excel", ExcelTemplateWriter.FileName(DepartmentWorkbooks.Citizens)));
        var workbook = new ProposalWorkbook(docs, file, System.IO.File.ReadAllBytes(file.FullName));
        workbook.Save(cells => cells
            .Text(ExcelLayout.MeasuresSheet, $"B{workbook.Row}", workbook.Area)
            .Text(ExcelLayout.MeasuresSheet, $"D{workbook.Row}", Name)
            .Text(ExcelLayout.MeasuresSheet, $"E{workbook.Row}", Overview)
            .Text(ExcelLayout.TermsSheet, "A4", Term)
            .Text(ExcelLayout.TermsSheet, "B4", Reading)
            .Text(ExcelLayout.TermsSheet, "C4", Definition));
        return workbook;
    }

    /// <summary>Types into the workbook and saves it as a department would: a later modification time, so the next run reads it again.</summary>
    public void Save(Func<WorkbookCells, WorkbookCells> type)
    {
        System.IO.File.WriteAllBytes(File.FullName, type(WorkbookCells.Of(System.IO.File.ReadAllBytes(File.FullName))).Bytes());
        File.LastWriteTimeUtc = DateTime.UtcNow.AddMinutes(1 + changes++);
    }

    private int changes;
}
