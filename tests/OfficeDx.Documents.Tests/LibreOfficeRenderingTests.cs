using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests;

[TestClass]
public sealed class LibreOfficeRenderingTests
{
    [TestMethod]
    public void EveryMeasureNameOfTheAkitaSampleAppearsInTheRenderedPdf()
    {
        var plan = Samples.Load("akita");
        var dir = Directory.CreateTempSubdirectory("odx-render-");
        var docx = Path.Combine(dir.FullName, "akita.docx");
        PlanDocumentWriter.Write(plan, ProfileLibrary.Load("akita"), docx);

        var text = Squeeze(ExternalTools.PdfText(ExternalTools.ConvertToPdf(docx)));

        var missing = plan.AllMeasures().Where(m => !text.Contains(Squeeze(m.Name), StringComparison.Ordinal)).Select(m => m.Id).ToArray();
        Assert.IsEmpty(missing, "measures missing from the PDF: " + string.Join(", ", missing));
        StringAssert.Contains(text, Squeeze(plan.Title));
        StringAssert.Contains(text, "取組スケジュールに係る表記の凡例");
    }

    /// <summary>PDF text breaks lines inside table cells; compare without any white space.</summary>
    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
