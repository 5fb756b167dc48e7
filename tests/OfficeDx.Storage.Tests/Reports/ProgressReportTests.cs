using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Reports;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeDx.Storage.Tests.Reports;

/// <summary>
/// The annual progress report of the Akita sample, built from a store that harvested the plan document and department workbooks
/// with actuals for two fiscal years.
/// </summary>
[TestClass]
public sealed class ProgressReportTests
{
    [TestMethod]
    public async Task TheReportAndItsWorkbookPassTheOpenXmlValidator()
    {
        await using var fixture = await ProgressFixture.CreateAsync();

        var docx = ProgressReportWriter.Write(fixture.Report, fixture.Profile);
        var xlsx = ProgressWorkbookWriter.Write(fixture.Report, fixture.Profile);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).ToList();
        Assert.IsEmpty(errors, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheetErrors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(workbook).ToList();
        Assert.IsEmpty(sheetErrors, string.Join("\n", sheetErrors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        CollectionAssert.AreEqual(docx, ProgressReportWriter.Write(fixture.Report, fixture.Profile), "the same report gives the same bytes");
    }

    [TestMethod]
    public async Task EachIndicatorChartHoldsTheStoresActualsBaselineAndTargetInItsCacheAndItsEmbeddedWorkbook()
    {
        await using var fixture = await ProgressFixture.CreateAsync();
        var charts = ChartParts.Read(ProgressReportWriter.Write(fixture.Report, fixture.Profile));
        var style = fixture.Profile.FiscalYearStyle;

        foreach (var measureId in new[] { "akita-1-01", "akita-1-02" })
        {
            var name = (await fixture.Store.QueryAsync("SELECT name FROM indicators WHERE measure_id = @m AND indicator_no = 1", default, ("m", measureId))).Single()[0]!;
            var chart = charts.Single(c => c.Title == name);
            var actuals = await Numbers(fixture.Store, "SELECT DISTINCT fiscal_year, value FROM submissions WHERE field = '実績' AND measure_id = @m AND indicator_no = 1", measureId, style);
            var baseline = await Numbers(fixture.Store, "SELECT fiscal_year, value FROM indicator_values WHERE kind = 'baseline' AND measure_id = @m AND indicator_no = 1", measureId, style);
            var targets = await Numbers(fixture.Store, "SELECT fiscal_year, value FROM indicator_values WHERE kind = 'target' AND measure_id = @m AND indicator_no = 1", measureId, style);
            Assert.IsNotEmpty(actuals);
            Assert.IsNotEmpty(baseline);
            Assert.IsNotEmpty(targets);

            var labels = fixture.Profile.Indicators;
            foreach (var (series, expected) in new[] { (labels.ActualHeader, actuals), (labels.BaselineHeader, baseline), (labels.TargetHeader, targets) })
            {
                CollectionAssert.AreEquivalent(expected.ToList(), chart.Series[series].ToList(), $"{name} {series} (chart cache)");
                CollectionAssert.AreEquivalent(expected.ToList(), chart.Workbook[series].ToList(), $"{name} {series} (embedded workbook)");
            }
        }
    }

    [TestMethod]
    public async Task AYearWithoutAnActualIs未報告InTheTableAndTheWorkbookAndAGapInTheChartNeverZero()
    {
        await using var fixture = await ProgressFixture.CreateAsync();
        var docx = ProgressReportWriter.Write(fixture.Report, fixture.Profile);
        var measure = ProgressFixture.Plan.AllMeasures().Single(m => m.Id == "akita-1-02");
        var reported = await fixture.Store.QueryAsync("SELECT fiscal_year FROM submissions WHERE field = '実績' AND measure_id = 'akita-1-02'");
        Assert.IsFalse(reported.Any(r => r[0] == "2022"), "the fixture reports no 令和4年度 actual for akita-1-02");

        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var table = document.MainDocumentPart!.Document!.Descendants<W.Table>()
                .Single(t => t.Descendants<W.TableCaption>().Any(c => c.Val == $"{measure.Name}の{fixture.Profile.Indicators.NameHeader}"));
            var cells = table.Elements<W.TableRow>().ElementAt(1).Elements<W.TableCell>().Select(c => c.InnerText).ToList();
            CollectionAssert.AreEqual(new[] { "35 手続", "未報告" }, cells.TakeLast(2).ToList());
        }
        var chart = ChartParts.Read(docx).Single(c => c.Title == measure.Indicators[0].Name);
        var year2022 = new FiscalYear(2022).Format(fixture.Profile.FiscalYearStyle);
        Assert.IsFalse(chart.Series[fixture.Profile.Indicators.ActualHeader].ContainsKey(year2022), "no point, not a zero");

        var sheet = Sheets.Read(ProgressWorkbookWriter.Write(fixture.Report, fixture.Profile), "指標");
        var row = sheet.Single(r => r["施策ID"] == "akita-1-02");
        Assert.AreEqual("", row["2022年度実績（令和4年度）"]);
        Assert.AreEqual("未報告", row["2022年度実績（記載）"]);
        Assert.AreEqual("35", row["2021年度実績（令和3年度）"]);
    }

    [TestMethod]
    public async Task StatusesComeFromTheWorkbooksAndTheAreaOverviewChartCountsThem()
    {
        await using var fixture = await ProgressFixture.CreateAsync();
        var report = fixture.Report;
        var status = report.Measures.ToDictionary(m => m.Measure.Id, m => m.Status);
        Assert.AreEqual(ProgressStatus.Delayed, status["akita-1-02"], "市民課 moved 令和4年度 back to 準備・検討");
        Assert.AreEqual(ProgressStatus.OnSchedule, status["akita-1-01"]);

        var completed = (await fixture.Store.QueryAsync("SELECT measure_id FROM measures WHERE state = 'completed'")).Select(r => r[0]!).ToHashSet();
        var reported = (await fixture.Store.QueryAsync("SELECT DISTINCT measure_id FROM submissions")).Select(r => r[0]!).ToHashSet();
        foreach (var (id, s) in status)
        {
            if (completed.Contains(id)) Assert.AreEqual(ProgressStatus.Completed, s, id);
            else if (!reported.Contains(id)) Assert.AreEqual(ProgressStatus.NotReported, s, id);
        }
        Assert.IsTrue(report.Unreported.Count > 0 && report.Unreported.All(m => !reported.Contains(m.Measure.Id)));

        var charts = ChartParts.Read(ProgressReportWriter.Write(report, fixture.Profile));
        foreach (var area in report.Areas)
        {
            var chart = charts.Single(c => c.Title.StartsWith(area.Heading, StringComparison.Ordinal));
            foreach (var s in ProgressStatusNames.All)
                Assert.AreEqual(area.Measures.Count(m => status[m.Measure.Id] == s), chart.Series["施策数"][s.Label()], $"{area.Heading} {s.Label()}");
        }
    }

    [TestMethod]
    public async Task TheReportRendersInLibreOfficeWithItsChartsDrawn()
    {
        await using var fixture = await ProgressFixture.CreateAsync();
        var path = Path.Combine(fixture.Folder.FullName, "report.docx");
        File.WriteAllBytes(path, ProgressReportWriter.Write(fixture.Report, fixture.Profile));

        var pdf = ReportTools.ConvertToPdf(path);
        // pdftotext puts spaces between some characters and breaks lines in table cells: compare without white space.
        var pages = ReportTools.PdfPages(pdf).Select(p => string.Concat(p.Where(c => !char.IsWhiteSpace(c)))).ToList();

        // A chart LibreOffice drew shows its data labels and category labels as text: find the page of akita-1-01's chart.
        var indicator = string.Concat(ProgressFixture.Plan.AllMeasures().Single(m => m.Id == "akita-1-01").Indicators[0].Name.Where(c => !char.IsWhiteSpace(c)));
        var page = pages.Select((text, i) => (text, i)).FirstOrDefault(p => p.text.Contains(indicator, StringComparison.Ordinal)
            && p.text.Contains("45.2", StringComparison.Ordinal) && p.text.Contains("52", StringComparison.Ordinal) && p.text.Contains("38.4", StringComparison.Ordinal));
        Assert.IsNotNull(page.text, "no page shows the indicator chart's data labels");
        var overview = pages.Any(p => p.Contains("予定どおり", StringComparison.Ordinal) && p.Contains("未報告", StringComparison.Ordinal) && p.Contains("図1", StringComparison.Ordinal));
        Assert.IsTrue(overview, "the first area's overview chart");
        var png = Path.Combine(fixture.Folder.FullName, "report-page.png");
        ReportTools.PageToPng(pdf, page.i + 1, png);
        Assert.IsTrue(new FileInfo(png).Length > 10_000);
        if (Environment.GetEnvironmentVariable("OFFICEDX_UPDATE_DOCS") == "1")
            File.Copy(png, Path.Combine(RepositoryFiles.Root, "docs", "progress-report-page.png"), overwrite: true);
    }

    /// <summary>The query's (fiscal year, value) rows as year label → number, for the values that are numbers.</summary>
    private static async Task<Dictionary<string, double>> Numbers(HarvestStore store, string sql, string measureId, FiscalYearStyle style) =>
        (await store.QueryAsync(sql, default, ("m", measureId)))
            .Select(r => (Year: new FiscalYear(int.Parse(r[0]!, CultureInfo.InvariantCulture)), Figure: IndicatorFigure.Parse(r[1]!)))
            .Where(r => r.Figure.Number is not null)
            .ToDictionary(r => r.Year.Format(style), r => r.Figure.Number!.Value);
}
