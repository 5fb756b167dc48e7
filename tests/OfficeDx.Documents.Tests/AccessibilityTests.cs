using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace OfficeDx.Documents.Tests;

/// <summary>JIS X 8341-3 basics: marked header rows, real headings, ja-JP text, Japanese fonts, alt text, a title, A4 pages.</summary>
[TestClass]
public sealed class AccessibilityTests
{
    private static WordprocessingDocument OpenAkita() =>
        WordprocessingDocument.Open(new MemoryStream(PlanDocumentWriter.Write(Samples.Load("akita"), ProfileLibrary.Load("akita"))), false);

    [TestMethod]
    public void EveryMeasureTableMarksItsFirstRowAsHeader()
    {
        using var document = OpenAkita();
        var tables = document.MainDocumentPart!.Document!.Body!.Descendants<SdtBlock>()
            .Where(s => s.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value!.StartsWith(Tags.MeasurePrefix)).Select(s => s.Descendants<Table>().Single()).ToArray();
        Assert.HasCount(64, tables);
        foreach (var table in tables)
        {
            Assert.IsTrue(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>() is not null);
            Assert.IsTrue(table.GetFirstChild<TableProperties>()!.GetFirstChild<TableLook>()!.FirstRow!.Value);
        }
    }

    [TestMethod]
    public void EveryDrawnArrowHasAltTextNamingItsPhaseAndYears()
    {
        using var document = OpenAkita();
        var descriptions = document.MainDocumentPart!.Document!.Body!.Descendants<Wp.DocProperties>().Select(d => d.Description?.Value ?? "").ToArray();
        Assert.IsNotEmpty(descriptions);
        foreach (var description in descriptions)
            StringAssert.Matches(description, new System.Text.RegularExpressions.Regex(@"^(凡例：)?(準備・検討|継続実施)（.+）$"));
    }

    [TestMethod]
    public void TextIsJapaneseWithJapaneseFontsOnTheEastAsiaSlot()
    {
        using var document = OpenAkita();
        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.AreEqual("ja-JP", defaults.Languages!.EastAsia!.Value);
        Assert.AreEqual("ja-JP", defaults.Languages!.Val!.Value);
        Assert.AreEqual("游明朝", defaults.RunFonts!.EastAsia!.Value);
        var heading = document.MainDocumentPart.StyleDefinitionsPart.Styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.AreEqual("游ゴシック", heading.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.AreEqual(0, heading.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
    }

    [TestMethod]
    public void AreasAreRealHeadingsAndThePageIsA4()
    {
        using var document = OpenAkita();
        var body = document.MainDocumentPart!.Document!.Body!;
        var areaHeadings = body.Descendants<SdtBlock>().Where(s => s.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value!.StartsWith(Tags.AreaPrefix))
            .Select(s => s.Descendants<Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value).ToArray();
        Assert.HasCount(7, areaHeadings);
        Assert.IsTrue(areaHeadings.All(s => s == "Heading2"));
        var page = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.AreEqual((11906u, 16838u), (page.Width!.Value, page.Height!.Value));
    }

    [TestMethod]
    public void TheDocumentCarriesThePlanTitle()
    {
        using var document = OpenAkita();
        using var reader = new StreamReader(document.CoreFilePropertiesPart!.GetStream());
        StringAssert.Contains(reader.ReadToEnd(), "<dc:title>秋田市デジタル化推進計画</dc:title>");
    }
}
