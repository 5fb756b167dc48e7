using OfficeDx.Documents.Tests.Support;
using static OfficeDx.Documents.Tests.Excel.ExcelSamples;

namespace OfficeDx.Documents.Tests.Excel;

[TestClass]
public sealed class ExcelLibreOfficeTests
{
    [TestMethod]
    public void TheDepartmentWorkbookOpensInLibreOfficeCalcAndPrintsEveryMeasureAndInstruction()
    {
        var dir = Directory.CreateTempSubdirectory("odx-excel-render-");
        var xlsx = Path.Combine(dir.FullName, "digital.xlsx");
        File.WriteAllBytes(xlsx, Workbook(Digital));

        var text = Squeeze(ExternalTools.PdfText(ExternalTools.ConvertToPdf(xlsx)));

        var scope = Documents.Excel.DepartmentScope.For(Sample, Digital);
        var missing = scope.Measures.Where(x => !text.Contains(Squeeze(x.Measure.Id), StringComparison.Ordinal)).Select(x => x.Measure.Id).ToArray();
        Assert.IsEmpty(missing, "measures missing from the PDF: " + string.Join(", ", missing));
        StringAssert.Contains(text, "記入のしかた");
        StringAssert.Contains(text, "施策一覧（デジタル化推進本部）");
        StringAssert.Contains(text, "令和5年度実績");
        Assert.IsFalse(text.Contains("odx_measures", StringComparison.Ordinal) || text.Contains("計画ID", StringComparison.Ordinal), "the hidden marker sheet must not print");
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
