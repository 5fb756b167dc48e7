using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeDx.Documents.Excel;
using static OfficeDx.Documents.Tests.Excel.ExcelSamples;

namespace OfficeDx.Documents.Tests.Excel;

[TestClass]
public sealed class CollectReportTests
{
    private static CollectResult Result() => Collect(
        ("digital.xlsx", WorkbookEdits.Of(Workbook(Digital)).Text("施策", "H4", "継続").Text("施策", "D4", "新しい名称").Bytes()),
        ("memo.txt", "x"u8.ToArray()));

    [TestMethod]
    public void TheJsonReportNamesEachEntrysFileAndCell()
    {
        using var json = JsonDocument.Parse(CollectReportWriter.Json(Result().Report));
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToArray();
        Assert.IsTrue(entries.Any(e => e.GetProperty("place").GetString() == "施策!H4" && e.GetProperty("status").GetString() == "rejected"));
        Assert.IsTrue(entries.Any(e => e.GetProperty("place").GetString() == "施策!D4" && e.GetProperty("status").GetString() == "accepted"));
        Assert.IsTrue(entries.Any(e => e.GetProperty("file").GetString() == "memo.txt"));
        Assert.AreEqual(2, json.RootElement.GetProperty("summary").GetProperty("rejected").GetInt32());
    }

    [TestMethod]
    public void TheCsvReportHasABomAndOneQuotedLinePerEntry()
    {
        var result = Result();
        var bytes = CollectReportWriter.Csv(result.Report);
        CollectionAssert.AreEqual(Encoding.UTF8.GetPreamble(), bytes.Take(3).ToArray());
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(result.Report.Count + 1, lines);
        StringAssert.StartsWith(lines[0], "\"状態\",\"ファイル\",\"場所\"");
        Assert.IsTrue(lines.Any(l => l.StartsWith("\"却下\",\"digital.xlsx\",\"施策!H4\"", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void TheXlsxReportIsAValidWorkbookListingEachEntry()
    {
        var result = Result();
        var bytes = CollectReportWriter.Xlsx(result.Report);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).Select(e => e.Description).ToArray();
            Assert.IsEmpty(errors, string.Join("\n", errors));
        }
        var sheet = WorkbookFile.Read(bytes, "report.xlsx").Sheet("回収結果")!;
        var places = Enumerable.Range(ExcelLayout.FirstDataRow, result.Report.Count).Select(r => sheet[3, r].Text).ToArray();
        CollectionAssert.Contains(places, "施策!H4");
    }
}
