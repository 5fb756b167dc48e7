using System.Xml.Linq;
using CsCheck;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;
using static OfficeDx.Documents.Tests.Support.BodyEdits;

namespace OfficeDx.Documents.Tests.Ooxml;

/// <summary>Issue 16: the measure tables of a tagged plan are read as the part streams past, with the same harvest as from the whole body.</summary>
[TestClass]
public sealed class MeasureCaptureTests
{
    private static readonly XNamespace V = "urn:schemas-microsoft-com:vml";

    private static readonly Plan SamplePlan = Samples.Load("akita");
    private static readonly int SampleTables = SamplePlan.AllMeasures().Count(m => m.State != MeasureState.Completed);

    private static byte[] Sample() => PlanDocumentWriter.Write(SamplePlan, ProfileLibrary.Load("akita"));

    private static int Captured(byte[] docx) => DirectWordPackage.TryRead(docx, "plan.docx", "plan.docx", harvestBody: true, captureMeasures: true)!.CapturedMeasures;

    private static XElement Marker(string term, string shown) =>
        new(W + "sdt", new XElement(W + "sdtPr", new XElement(W + "tag", new XAttribute(W + "val", GlossaryTags.MarkerPrefix + term))),
            new XElement(W + "sdtContent", Run(shown)));

    [TestMethod]
    public void EveryMeasureTableOfAGeneratedPlanIsReadFromTheStream()
    {
        var docx = Sample();
        Assert.IsGreaterThan(0, SampleTables);
        Assert.AreEqual(SampleTables, Captured(docx));
        AssertSameHarvest(docx, "the akita sample");
    }

    [TestMethod]
    public void RandomPlansWithGlossariesInEveryProfileAreReadFromTheStreamAsFromTheWholeBody()
    {
        var streamed = 0;
        ProfileFit.PlanWithBarsAndProfile.Sample(pair =>
        {
            var docx = PlanDocumentWriter.Write(pair.Plan, pair.Profile);
            AssertSameHarvest(docx, $"as generated in {pair.Profile.Name}");
            // A glossary of footnotes is read from the tree: its entries are found through the references in the tables.
            var footnotes = DocumentText.Body(docx).Descendants(W + "footnoteReference").Any();
            var tables = pair.Plan.AllMeasures().Count(m => m.State != MeasureState.Completed);
            Assert.AreEqual(footnotes ? 0 : tables, Captured(docx), $"{pair.Profile.Name}: {tables} tables, footnotes {footnotes}");
            if (!footnotes && tables > 0) streamed++;
        }, iter: 60, seed: null);
        Assert.IsGreaterThan(0, streamed, "some plans stream");
    }

    [TestMethod]
    public void TextTypedWithTabsBreaksRevisionsLinksAndUntaggedControlsIsReadFromTheStream()
    {
        var docx = Edit(Sample(), body =>
        {
            var paragraph = OverviewParagraph(body);
            paragraph.Add(
                Run("タブの前"), new XElement(W + "r", new XElement(W + "tab"), new XElement(W + "t", "改行の前"), new XElement(W + "br"), new XElement(W + "noBreakHyphen")),
                new XElement(W + "ins", new XAttribute(W + "id", 901), new XAttribute(W + "author", "担当"), Run("挿入した文字")),
                new XElement(W + "del", new XAttribute(W + "id", 902), new XAttribute(W + "author", "担当"), new XElement(W + "r", new XElement(W + "delText", "消した文字"))),
                new XElement(W + "hyperlink", new XAttribute(W + "anchor", "top"), Run("リンクの文字")),
                new XElement(W + "sdt", new XElement(W + "sdtPr", new XElement(W + "alias", new XAttribute(W + "val", "タグなし"))), new XElement(W + "sdtContent", Run("囲んだ文字"))),
                new XElement(W + "bookmarkStart", new XAttribute(W + "id", 903), new XAttribute(W + "name", "mine")), new XElement(W + "bookmarkEnd", new XAttribute(W + "id", 903)));
            paragraph.AddAfterSelf(new XElement(W + "p"), new XElement(W + "p", Run("足した段落")));
        });
        Assert.AreEqual(SampleTables, Captured(docx));
        AssertSameHarvest(docx, "typed text");
        var overview = PlanDocumentReader(docx).AllMeasures().First().Overview;
        StringAssert.Contains(overview, "タブの前 改行の前\n-挿入した文字リンクの文字囲んだ文字\n\n足した段落");
        Assert.DoesNotContain("消した文字", overview);
    }

    private static Plan PlanDocumentReader(byte[] docx) => Reading.PlanDocumentReader.Read(docx, "plan.docx").Plan;

    [TestMethod]
    public void AGlossaryMarkerInACellIsReadWithThePlaceOfItsField()
    {
        var docx = Edit(Sample(), body => OverviewParagraph(body).Add(Run("用語"), Marker("解説のない用語", "*1")));
        Assert.AreEqual(SampleTables, Captured(docx));
        AssertSameHarvest(docx, "a marker in a cell");
        var problems = Reading.PlanDocumentReader.Read(docx, "plan.docx").Problems.Select(p => p.ToString()).ToList();
        Assert.IsTrue(problems.Any(p => p.Contains("解説のない用語", StringComparison.Ordinal) && p.Contains("施策表（", StringComparison.Ordinal)), string.Join("\n", problems));
    }

    [TestMethod]
    public void AMarkerAfterTheTablesIsNumberedCountingTheParagraphsOfTheTables()
    {
        var docx = Edit(Sample(), body => body.Elements(W + "sectPr").Single().AddBeforeSelf(new XElement(W + "p", Run("結びの用語"), Marker("結びの用語", "*9"))));
        Assert.AreEqual(SampleTables, Captured(docx));
        AssertSameHarvest(docx, "a marker in the closing paragraph");
        var problems = Reading.PlanDocumentReader.Read(docx, "plan.docx").Problems.Select(p => p.ToString()).ToList();
        Assert.IsTrue(problems.Any(p => p.Contains("結びの用語", StringComparison.Ordinal) && p.Contains("段落目", StringComparison.Ordinal)), string.Join("\n", problems));
    }

    [TestMethod]
    public void AHeadingInsideATableBeforeAMarkerMakesTheWholeBodyBeRead()
    {
        var docx = Edit(Sample(), body =>
        {
            var paragraph = OverviewParagraph(body);
            paragraph.AddFirst(new XElement(W + "pPr", new XElement(W + "outlineLvl", new XAttribute(W + "val", 0))));
            paragraph.Elements(W + "pPr").Skip(1).Remove();
            body.Elements(W + "sectPr").Single().AddBeforeSelf(new XElement(W + "p", Run("結びの用語"), Marker("結びの用語", "*9")));
        });
        AssertSameHarvest(docx, "a heading in a cell, a marker after it");
    }

    [TestMethod]
    [DataRow("a VML text box in a cell")]
    [DataRow("a footnote reference in a cell")]
    [DataRow("properties after the content of a field")]
    [DataRow("a marker that lost its term")]
    [DataRow("a paragraph inside a tracked deletion")]
    [DataRow("controls nested ten deep in a cell")]
    public void WhatOnlyTheTreeReadersFollowMakesTheTablesBeReadAsATree(string edit)
    {
        var docx = Edit(Sample(), body =>
        {
            var paragraph = OverviewParagraph(body);
            switch (edit)
            {
                case "a VML text box in a cell":
                    paragraph.Add(new XElement(W + "r", new XElement(W + "pict", new XElement(V + "shape", new XElement(V + "textbox",
                        new XElement(W + "txbxContent", new XElement(W + "p", Run("箱の中")))))))); break;
                case "a footnote reference in a cell":
                    paragraph.Add(new XElement(W + "r", new XElement(W + "footnoteReference", new XAttribute(W + "id", 1)))); break;
                case "properties after the content of a field":
                    var name = Control(body, Tags.Field(MeasureField.Name));
                    var properties = name.Element(W + "sdtPr")!;
                    properties.Remove();
                    name.Add(properties); break;
                case "a marker that lost its term":
                    paragraph.Add(Run("用語"), Marker("", "*1")); break;
                case "controls nested ten deep in a cell":
                    // Each text would be kept once per control around it: deep nesting is left to the tree readers.
                    var nested = new XElement(paragraph);
                    for (var i = 0; i < 10; i++) nested = new XElement(W + "sdt", new XElement(W + "sdtContent", nested));
                    paragraph.ReplaceWith(nested); break;
                default:
                    paragraph.AddAfterSelf(new XElement(W + "del", new XAttribute(W + "id", 904), new XAttribute(W + "author", "担当"), new XElement(W + "p", Run("消した段落")))); break;
            }
        });
        Assert.AreEqual(0, Captured(docx), edit);
        AssertSameHarvest(docx, edit);
    }
}
