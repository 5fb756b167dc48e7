using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeDx.Core.Json;
using OfficeDx.Storage.Exports;

namespace OfficeDx.Storage.Tests;

[TestClass]
public sealed class ExportTests
{
    private static async Task<(DirectoryInfo Folder, IReadOnlyList<FileInfo> Files)> ExportAkitaAsync()
    {
        var folder = TestFolders.Create();
        await using var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "e.db")));
        var akita = TestFolders.Sample("akita");
        await store.SaveDocumentAsync(await store.BeginRunAsync("test"), new DocumentRecord("test", "i1", "akita.docx", "\"e\"", 1), akita, []);
        var export = folder.CreateSubdirectory("export");
        return (export, await StoreExport.WriteAllAsync(store, export));
    }

    [TestMethod]
    public async Task PlansJsonHoldsEachPlanInThePlanFileFormat()
    {
        var (folder, _) = await ExportAkitaAsync();
        var array = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder.FullName, "plans.json")))!.AsArray();
        Assert.HasCount(1, array);
        Assert.AreEqual("akita.docx", (string?)array[0]!["path"]);
        var plan = PlanJson.Deserialize(array[0]!["plan"]!.ToJsonString());
        Assert.AreEqual(PlanJson.Serialize(TestFolders.Sample("akita")), PlanJson.Serialize(plan));
    }

    [TestMethod]
    public async Task CsvFilesHaveABomAHeaderAndOneRowPerRecord()
    {
        var (folder, _) = await ExportAkitaAsync();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder.FullName, "measures.csv"));
        CollectionAssert.AreEqual(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        StringAssert.StartsWith(lines[0], "計画ID,自治体,文書,分野ID");
        Assert.AreEqual(TestFolders.Sample("akita").AllMeasures().Count() + 1, CountRecords(Encoding.UTF8.GetString(bytes[3..])));
        var schedule = await File.ReadAllTextAsync(Path.Combine(folder.FullName, "schedule.csv"));
        StringAssert.Contains(schedule, "令和");
    }

    [TestMethod]
    public async Task TheSummaryWorkbookIsValidWithNumbersAsNumbers()
    {
        var (folder, _) = await ExportAkitaAsync();
        using var document = SpreadsheetDocument.Open(Path.Combine(folder.FullName, "summary.xlsx"), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).ToList();
        Assert.IsEmpty(errors, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        CollectionAssert.AreEqual(new[] { "施策", "工程", "指標", "提出" }, sheets);
        var schedulePart = (WorksheetPart)document.WorkbookPart.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().ElementAt(1).Id!);
        var yearCell = schedulePart.Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ElementAt(2);
        Assert.AreEqual(CellValues.Number, yearCell.DataType!.Value);
    }

    [TestMethod]
    public async Task WorkbookSubmissionsAreExportedAsJsonCsvAndASummarySheet()
    {
        var folder = TestFolders.Create();
        var docs = folder.CreateSubdirectory("docs");
        DepartmentWorkbooks.Write(docs, DepartmentWorkbooks.Plan);
        await using var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "e.db")));
        await new Harvesting.Harvester(store).RunAsync(new Harvesting.LocalFolderSource(docs));
        var export = folder.CreateSubdirectory("export");

        var files = await StoreExport.WriteAllAsync(store, export);

        CollectionAssert.IsSubsetOf(new[] { "submissions.json", "submissions.csv", "summary.xlsx" }, files.Select(f => f.Name).ToList());
        var rows = (await store.QueryAsync("SELECT COUNT(*) FROM submissions")).Single()[0];
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(export.FullName, "submissions.json")))!.AsArray();
        Assert.AreEqual(rows, json.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var actual = json.Single(n => (string?)n!["field"] == "実績" && (int?)n["fiscalYear"] == 2022)!;
        Assert.AreEqual("akita-1-02", (string?)actual["measureId"]);
        Assert.AreEqual(DepartmentWorkbooks.Citizens, (string?)actual["department"]);
        Assert.AreEqual("-", (string?)actual["value"]);
        Assert.AreEqual(1, (int?)actual["indicator"]);

        var csv = Encoding.UTF8.GetString((await File.ReadAllBytesAsync(Path.Combine(export.FullName, "submissions.csv")))[3..]);
        StringAssert.StartsWith(csv, "計画ID,版,担当課,文書,施策ID,項目,指標番号,年度,年度（和暦）,値,セル,回収日時");
        StringAssert.Contains(csv, $",{DepartmentWorkbooks.Citizens},excel/");
        StringAssert.Contains(csv, ",akita-1-02,実績,1,2021,令和3年度,35,指標!");
        Assert.AreEqual(int.Parse(rows!, System.Globalization.CultureInfo.InvariantCulture) + 1, CountRecords(csv));

        using var summary = SpreadsheetDocument.Open(Path.Combine(export.FullName, "summary.xlsx"), false);
        var sheet = summary.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "提出");
        var data = ((WorksheetPart)summary.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.HasCount(json.Count + 1, data);
    }

    /// <summary>Counts CSV records, not lines: quoted fields may hold line breaks.</summary>
    private static int CountRecords(string csv)
    {
        var records = 0;
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"') quoted = !quoted;
            else if (!quoted && csv[i] == '\n') records++;
        }
        return records;
    }
}
