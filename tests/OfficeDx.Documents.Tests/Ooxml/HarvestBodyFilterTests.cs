using System.Xml.Linq;
using CsCheck;
using OfficeDx.Core.Json;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.Ooxml;

/// <summary>Issue 16: a tagged document is harvested from a body without shapes and formatting, with the same result as from the whole body.</summary>
[TestClass]
public sealed class HarvestBodyFilterTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace Wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    private static void AssertSameHarvest(byte[] docx, string because) => BodyEdits.AssertSameHarvest(docx, because);

    private static byte[] Edit(byte[] docx, Action<XElement> editBody) => BodyEdits.Edit(docx, editBody);

    private static XElement OverviewParagraph(XElement body) => BodyEdits.OverviewParagraph(body);

    private static XElement TextBox(string text) =>
        new(W + "r", new XElement(W + "drawing", new XElement(Wp + "anchor", new XElement(Wp + "docPr", new XAttribute("id", 900), new XAttribute("name", "box")),
            new XElement(A + "graphic", new XElement(A + "graphicData", new XElement(Wps + "wsp", new XElement(Wps + "txbx",
                new XElement(W + "txbxContent", new XElement(W + "p", new XElement(W + "r", new XElement(W + "t", text)))))))))));

    private static byte[] Sample() => PlanDocumentWriter.Write(Samples.Load("akita"), ProfileLibrary.Load("akita"));

    [TestMethod]
    public void RandomPlansInEveryProfileHarvestTheSameFromTheFilteredBodyAsFromTheWholeOne()
    {
        ProfileFit.PlanWithBarsAndProfile.Sample(pair =>
        {
            var docx = PlanDocumentWriter.Write(pair.Plan, pair.Profile);
            AssertSameHarvest(docx, "as generated");
            AssertSameHarvest(LibreOfficeLikeSave.Apply(docx), "saved as LibreOffice saves");
        }, iter: 60, seed: null);
    }

    [TestMethod]
    public void TheFilteredBodyHasNoShapesNorBookmarksAndOnlyThePropertiesAReaderUses()
    {
        var parts = DirectWordPackage.TryRead(Sample(), "akita.docx", "akita.docx", harvestBody: true)!;
        var whole = DirectWordPackage.TryRead(Sample(), "akita.docx", "akita.docx")!;
        Assert.IsTrue(parts.HarvestBodyOnly);
        var body = parts.Main.Root!.Element(W + "body")!;
        var drawings = body.Descendants(W + "drawing").ToList();
        Assert.IsNotEmpty(drawings, "the sample draws its schedule arrows");
        Assert.IsTrue(drawings.All(d => !d.HasElements), "a drawing keeps none of its shapes");
        Assert.IsTrue(body.Descendants(W + "tcPr").Elements().All(e => e.Name == W + "gridSpan" || e.Name == W + "vMerge"));
        Assert.IsTrue(body.Descendants(W + "gridSpan").Any(), "the spans of merged cells stay");
        Assert.AreEqual(whole.Main.Descendants(W + "vMerge").Count(), body.Descendants(W + "vMerge").Count(), "so do the vertical merges");
        Assert.IsTrue(body.Descendants(W + "sdtPr").Elements().All(e => e.Name == W + "tag" || e.Name == W + "alias"));
        Assert.IsFalse(body.Descendants(W + "bookmarkStart").Any(), "bookmarks only restore lost tags");
        Assert.IsFalse(whole.HarvestBodyOnly);
        Assert.IsTrue(XNode.DeepEquals(whole.Styles, parts.Styles), "only the body is filtered: the styles keep their paragraph properties");
        CollectionAssert.AreEqual(
            whole.Main.Descendants(W + "t").Select(t => t.Value).ToArray(),
            body.Descendants(W + "t").Select(t => t.Value).ToArray(), "every text node stays");
    }

    [TestMethod]
    public void TextInATextBoxMakesTheWholeBodyBeRead()
    {
        var docx = Edit(Sample(), body => OverviewParagraph(body).Add(TextBox("箱の中の文字")));
        Assert.IsFalse(DirectWordPackage.TryRead(docx, "boxed.docx", "boxed.docx", harvestBody: true)!.HarvestBodyOnly);
        AssertSameHarvest(docx, "a text box in a measure cell");
    }

    [TestMethod]
    public void AParagraphInsideCellPropertiesMakesTheWholeBodyBeRead()
    {
        var docx = Edit(Sample(), body => body.Descendants(W + "tcPr").First().Add(new XElement(W + "p", new XElement(W + "r", new XElement(W + "t", "隠れた文字")))));
        Assert.IsFalse(DirectWordPackage.TryRead(docx, "odd.docx", "odd.docx", harvestBody: true)!.HarvestBodyOnly);
        AssertSameHarvest(docx, "a paragraph where only properties belong");
    }

    [TestMethod]
    public void TextTypedInBoldOrSuperscriptIsReadFromTheFilteredBodyAsFromTheWholeOne()
    {
        var docx = Edit(Sample(), body => OverviewParagraph(body).Add(new XElement(W + "r",
            new XElement(W + "rPr", new XElement(W + "b"), new XElement(W + "color", new XAttribute(W + "val", "FF0000")), new XElement(W + "vertAlign", new XAttribute(W + "val", "superscript"))),
            new XElement(W + "t", "追記した文字"))));
        Assert.IsTrue(DirectWordPackage.TryRead(docx, "typed.docx", "typed.docx", harvestBody: true)!.HarvestBodyOnly);
        AssertSameHarvest(docx, "typed text with formatting");
        Assert.IsTrue(PlanJson.Serialize(PlanDocumentReader.Read(docx, "typed.docx").Plan).Contains("追記した文字", StringComparison.Ordinal), "the typed text is harvested");
    }

    [TestMethod]
    public void AHandTypedTableWithMergedCellsInAnAreaIsReadByItsLabelsFromTheFilteredBody()
    {
        var profile = ProfileLibrary.Load("akita");
        XElement Cell(string text, params XElement[] properties) =>
            new(W + "tc", new XElement(W + "tcPr", new XElement(W + "tcW", new XAttribute(W + "w", 2000), new XAttribute(W + "type", "dxa")), properties,
                new XElement(W + "shd", new XAttribute(W + "fill", "DEEAF6"))), new XElement(W + "p", new XElement(W + "r", new XElement(W + "t", text))));
        var table = new XElement(W + "tbl",
            new XElement(W + "tblPr", new XElement(W + "tblW", new XAttribute(W + "w", 6000), new XAttribute(W + "type", "dxa"))),
            new XElement(W + "tblGrid", new XElement(W + "gridCol"), new XElement(W + "gridCol"), new XElement(W + "gridCol")),
            new XElement(W + "tr", Cell(profile.Row(MeasureField.Name).Label), Cell("手で足した施策", new XElement(W + "gridSpan", new XAttribute(W + "val", 2)))),
            new XElement(W + "tr", Cell(profile.Row(MeasureField.Overview).Label, new XElement(W + "vMerge", new XAttribute(W + "val", "restart"))),
                Cell("手で書いた概要", new XElement(W + "gridSpan", new XAttribute(W + "val", 2)))),
            new XElement(W + "tr", Cell("", new XElement(W + "vMerge")), Cell("続き", new XElement(W + "gridSpan", new XAttribute(W + "val", 2)))));
        var docx = Edit(Sample(), body => body.Descendants(W + "sdt")
            .First(s => s.Element(W + "sdtPr")?.Element(W + "tag")?.Attribute(W + "val")?.Value.StartsWith(Tags.AreaPrefix, StringComparison.Ordinal) == true)
            .Element(W + "sdtContent")!.Add(table));
        AssertSameHarvest(docx, "a hand-typed measure table");
        Assert.IsTrue(PlanJson.Serialize(PlanDocumentReader.Read(docx, "typed.docx").Plan).Contains("手で足した施策", StringComparison.Ordinal), "the hand-typed table is harvested");
    }
}
