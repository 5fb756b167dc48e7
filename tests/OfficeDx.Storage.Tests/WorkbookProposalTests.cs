using System.Text.Json.Nodes;
using OfficeDx.Documents.Excel;
using OfficeDx.Storage.Exports;
using OfficeDx.Storage.Harvesting;

namespace OfficeDx.Storage.Tests;

/// <summary>
/// What a department adds to its workbook beyond the plan's measures: a proposed measure (a 施策 row without a 施策ID) and
/// proposed terms (用語) are stored under stable keys, and a filled cell that cannot be stored is a harvest error naming its cell.
/// </summary>
[TestClass]
public sealed class WorkbookProposalTests
{
    private const string Added = "SELECT measure_id, field, value, place FROM submissions WHERE measure_id LIKE 'new:%' OR measure_id LIKE 'term:%'";

    private static async Task<(ProposalWorkbook Workbook, HarvestStore Store)> HarvestedAsync()
    {
        var folder = TestFolders.Create();
        var workbook = ProposalWorkbook.Write(folder.CreateSubdirectory("docs"));
        var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "store.db")));
        var outcome = await new Harvester(store).RunAsync(new LocalFolderSource(workbook.Docs));
        Assert.IsEmpty(outcome.Errors, string.Join("\n", outcome.Errors.Select(e => $"{e.Path} {e.Place}: {e.Message}")));
        return (workbook, store);
    }

    [TestMethod]
    public async Task AProposedMeasureIsStoredUnderNewAndItsNameAndAProposedTermUnderTermAndItsText()
    {
        var (workbook, store) = await HarvestedAsync();
        await using var _ = store;

        var proposal = ProposalWorkbook.Name;
        var row = workbook.Row;
        var term = $"term:{ProposalWorkbook.Term}";
        CollectionAssert.AreEqual(new[]
        {
            $"new:{proposal}|分野|{workbook.Area}|施策!B{row}",
            $"new:{proposal}|{workbook.NameLabel}|{proposal}|施策!D{row}",
            $"new:{proposal}|{workbook.OverviewLabel}|{ProposalWorkbook.Overview}|施策!E{row}",
            $"{term}|用語|{ProposalWorkbook.Term}|用語!A4",
            $"{term}|よみがな|{ProposalWorkbook.Reading}|用語!B4",
            $"{term}|解説|{ProposalWorkbook.Definition}|用語!C4",
        }.Order(StringComparer.Ordinal).ToList(), DepartmentWorkbooks.Lines(await store.QueryAsync(Added)).ToList());
        var departments = await store.QueryAsync("SELECT DISTINCT department FROM submissions WHERE measure_id LIKE 'new:%' OR measure_id LIKE 'term:%'");
        Assert.AreEqual(DepartmentWorkbooks.Citizens, departments.Single()[0]);
    }

    [TestMethod]
    public async Task HarvestingTheSameWorkbookWithAProposalAgainChangesNoRowNorItsHarvestedTime()
    {
        var (workbook, store) = await HarvestedAsync();
        await using var _ = store;
        var first = DepartmentWorkbooks.Lines(await store.QueryAsync("SELECT * FROM submissions"));

        workbook.Save(cells => cells);
        var again = await new Harvester(store).RunAsync(new LocalFolderSource(workbook.Docs));

        Assert.AreEqual(1, again.Counts.Harvested);
        Assert.IsEmpty(again.Errors);
        CollectionAssert.AreEqual(first.ToList(), DepartmentWorkbooks.Lines(await store.QueryAsync("SELECT * FROM submissions")).ToList());
    }

    [TestMethod]
    public async Task EditingAProposalUpdatesItsChangedCellOnlyAndRenamingItReplacesItsRows()
    {
        var (workbook, store) = await HarvestedAsync();
        await using var _ = store;
        const string times = "SELECT measure_id, field, value, harvested_at FROM submissions WHERE measure_id LIKE 'new:%'";
        var before = DepartmentWorkbooks.Lines(await store.QueryAsync(times));

        workbook.Save(cells => cells.Text(ExcelLayout.MeasuresSheet, $"E{workbook.Row}", "ビデオ通話とチャットで相談を受け付ける。"));
        await new Harvester(store).RunAsync(new LocalFolderSource(workbook.Docs));

        var edited = DepartmentWorkbooks.Lines(await store.QueryAsync(times));
        Assert.HasCount(3, edited);
        CollectionAssert.Contains(edited.Select(l => l[..l.LastIndexOf('|')]).ToList(), $"new:{ProposalWorkbook.Name}|{workbook.OverviewLabel}|ビデオ通話とチャットで相談を受け付ける。");
        CollectionAssert.IsSubsetOf(before.Where(l => !l.Contains(workbook.OverviewLabel, StringComparison.Ordinal)).ToList(), edited.ToList(),
            "the proposal's unchanged cells keep their harvested_at");

        workbook.Save(cells => cells.Text(ExcelLayout.MeasuresSheet, $"D{workbook.Row}", "オンライン相談窓口の拡充"));
        await new Harvester(store).RunAsync(new LocalFolderSource(workbook.Docs));

        var renamed = await store.QueryAsync("SELECT DISTINCT measure_id FROM submissions WHERE measure_id LIKE 'new:%'");
        Assert.AreEqual("new:オンライン相談窓口の拡充", renamed.Single()[0]);
    }

    [TestMethod]
    public async Task ProposalsAndTermsAreExportedWithTheirKind()
    {
        var (workbook, store) = await HarvestedAsync();
        await using var _ = store;
        var export = TestFolders.Create();

        await StoreExport.WriteAllAsync(store, export);

        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(export.FullName, "submissions.json")))!.AsArray();
        var kinds = json.GroupBy(n => (string)n!["measureId"]! switch
        {
            var id when id.StartsWith("new:", StringComparison.Ordinal) => "new",
            var id when id.StartsWith("term:", StringComparison.Ordinal) => "term",
            _ => "plan",
        }).ToDictionary(g => g.Key, g => g.Select(n => (string?)n!["kind"]).Distinct().Single());
        Assert.AreEqual("proposal", kinds["new"]);
        Assert.AreEqual("term", kinds["term"]);
        Assert.AreEqual("measure", kinds["plan"]);
        var csv = await File.ReadAllTextAsync(Path.Combine(export.FullName, "submissions.csv"));
        StringAssert.Contains(csv, $",new:{ProposalWorkbook.Name},{workbook.OverviewLabel},,,,{ProposalWorkbook.Overview},施策!E{workbook.Row},");
        StringAssert.Contains(csv, ",新しい施策\r\n");
    }

    [TestMethod]
    public async Task FilledCellsThatCannotBeStoredAreHarvestErrorsNamingTheirSheetAndCell()
    {
        var folder = TestFolders.Create();
        var workbook = ProposalWorkbook.Write(folder.CreateSubdirectory("docs"));
        var indicators = WorkbookFile.Read(await File.ReadAllBytesAsync(workbook.File.FullName), workbook.File.Name).Sheet(ExcelLayout.IndicatorsSheet)!;
        var actualRow = Enumerable.Range(ExcelLayout.FirstDataRow, indicators.LastRow).First(r => indicators[1, r].Text == "akita-1-02");
        // A second proposal without a name, a definition without its term, an actual whose 施策ID was deleted, a #N/A, and a
        // note in a column added after the actuals.
        var nameless = workbook.Row + 1;
        var note = CellReference.Of(indicators.LastColumn + 1, ExcelLayout.FirstDataRow);
        workbook.Save(cells => cells
            .Text(ExcelLayout.MeasuresSheet, $"E{nameless}", "名称を書き忘れた施策の概要")
            .Text(ExcelLayout.TermsSheet, "C5", "用語を書き忘れた解説")
            .Clear(ExcelLayout.IndicatorsSheet, $"A{actualRow}")
            .Error(ExcelLayout.TermsSheet, "B4", "#N/A")
            .Text(ExcelLayout.IndicatorsSheet, note, "確認中"));
        await using var store = await HarvestStore.OpenAsync(StoreLocation.Sqlite(Path.Combine(folder.FullName, "store.db")));

        var outcome = await new Harvester(store).RunAsync(new LocalFolderSource(workbook.Docs));

        var errors = outcome.Errors.Select(e => (e.Path, e.Place)).ToList();
        var path = $"excel/{workbook.File.Name}";
        CollectionAssert.AreEquivalent(new[]
        {
            (path, $"施策!D{nameless}"), (path, "用語!A5"), (path, $"指標!A{actualRow}"), (path, "用語!B4"), (path, $"指標!{note}"),
        }, errors, string.Join("\n", outcome.Errors.Select(e => $"{e.Path} {e.Place}: {e.Message}")));
        Assert.IsTrue(outcome.Errors.All(e => e.Message.Contains("保存していません", StringComparison.Ordinal)));
        var problems = await store.QueryAsync("SELECT problem_count FROM documents WHERE path = @p", default, ("p", path));
        Assert.AreEqual("5", problems.Single()[0]);
        // The rest of the workbook is stored: the good proposal, the term without its reading, the other sheets' values.
        Assert.HasCount(3, await store.QueryAsync("SELECT * FROM submissions WHERE measure_id LIKE 'new:%'"));
        Assert.HasCount(2, await store.QueryAsync("SELECT * FROM submissions WHERE measure_id LIKE 'term:%'"));
        Assert.IsEmpty(await store.QueryAsync("SELECT * FROM submissions WHERE department = @d AND field = '実績'", default, ("d", DepartmentWorkbooks.Citizens)));
    }
}
