using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Glossary;

[TestClass]
public sealed class MarkingTests
{
    private static readonly GlossaryStyle Table = GlossaryDocs.Style(GlossarySectionStyle.NumberedTable);

    [TestMethod]
    public void ATermSplitAcrossRunsIsMarkedRightAfterItsLastCharacter()
    {
        var docx = new HandMadeDocument().Paragraph("近年、I ", "o", " Tの発達").Build();
        var body = GlossaryDocs.Body(GlossaryEditor.Mark(docx, "split.docx", Table, GlossaryDocs.Terms));
        var paragraph = body.Descendants(GlossaryDocs.W + "p").First();
        var marker = GlossaryDocs.Markers(body).Single();
        Assert.AreEqual("IoT", GlossaryDocs.MarkerTerm(marker));
        Assert.AreEqual("※1", GlossaryDocs.MarkerText(marker));
        var before = string.Concat(marker.ElementsBeforeSelf().SelectMany(e => e.DescendantsAndSelf(GlossaryDocs.W + "t")).Select(t => t.Value));
        Assert.AreEqual("近年、I o T", before);
        Assert.AreEqual("近年、I o T※1の発達", string.Concat(paragraph.Descendants(GlossaryDocs.W + "t").Select(t => t.Value)));
    }

    [TestMethod]
    public void MarkersAreNumberedByFirstAppearanceAndOnlyTheFirstOccurrenceIsMarked()
    {
        var docx = new HandMadeDocument().Paragraph("RPAとAIを使う。").Paragraph("AIとクラウドとRPA。").Build();
        var body = GlossaryDocs.Body(GlossaryEditor.Mark(docx, "first.docx", Table, GlossaryDocs.Terms));
        CollectionAssert.AreEqual(new[] { "RPA=※1", "AI=※2", "クラウド=※3" },
            GlossaryDocs.Markers(body).Select(m => $"{GlossaryDocs.MarkerTerm(m)}={GlossaryDocs.MarkerText(m)}").ToArray());
    }

    [TestMethod]
    public void EveryOccurrenceCanBeMarkedWithTheSameNumber()
    {
        var docx = new HandMadeDocument().Paragraph("RPAとAIを使う。").Paragraph("AIとRPA。").Build();
        var body = GlossaryDocs.Body(GlossaryEditor.Mark(docx, "every.docx", Table, GlossaryDocs.Terms, MarkMode.Every));
        CollectionAssert.AreEqual(new[] { "※1", "※2", "※2", "※1" }, GlossaryDocs.Markers(body).Select(GlossaryDocs.MarkerText).ToArray());
    }

    [TestMethod]
    public void AGivenOccurrenceOfAGivenTermIsMarked()
    {
        var docx = new HandMadeDocument().Paragraph("I C TとＩＣＴ、そしてICT。AIも。").Build();
        var body = GlossaryDocs.Body(GlossaryEditor.Mark(docx, "third.docx", Table, GlossaryDocs.Terms, term: "ＩＣＴ", occurrence: 3));
        var marker = GlossaryDocs.Markers(body).Single();
        Assert.AreEqual("ICT", GlossaryDocs.MarkerTerm(marker));
        var before = string.Concat(marker.ElementsBeforeSelf().SelectMany(e => e.DescendantsAndSelf(GlossaryDocs.W + "t")).Select(t => t.Value));
        Assert.AreEqual("I C TとＩＣＴ、そしてICT", before);
    }

    [TestMethod]
    public void ATermMarkedByHandIsRecognisedAndNotMarkedTwice()
    {
        // Katagami writes クラウド※16 as text; Word users type superscript digits too.
        var docx = new HandMadeDocument()
            .Paragraph(("テレワーク", false), ("※", false), ("7", false), ("を導入する。", false))
            .Paragraph(("クラウド", false), ("16", true), ("を利用し、テレワークを広げる。", false))
            .Build();
        var body = GlossaryDocs.Body(GlossaryEditor.Mark(docx, "hand.docx", Table, GlossaryDocs.Terms));
        CollectionAssert.AreEqual(new[] { "テレワーク=※1", "クラウド=※2" },
            GlossaryDocs.Markers(body).Select(m => $"{GlossaryDocs.MarkerTerm(m)}={GlossaryDocs.MarkerText(m)}").ToArray());
        var text = string.Concat(body.Descendants(GlossaryDocs.W + "p").Take(2).SelectMany(p => p.Descendants(GlossaryDocs.W + "t")).Select(t => t.Value));
        Assert.AreEqual("テレワーク※1を導入する。クラウド※2を利用し、テレワークを広げる。", text);
    }

    [TestMethod]
    public void AForeignMarkerIsReportedAndTheDocumentIsNotRewritten()
    {
        var docx = new HandMadeDocument().Paragraph("AIを使う。").Paragraph("未知の語※99を含む。").Build();
        var e = Assert.ThrowsExactly<GlossaryDocumentException>(() => GlossaryEditor.Mark(docx, "foreign.docx", Table, GlossaryDocs.Terms));
        Assert.AreEqual("foreign.docx", e.File);
        StringAssert.Contains(e.Problems.Single(), "本文の 2 段落目");
        StringAssert.Contains(e.Problems.Single(), "※99");
    }

    [TestMethod]
    public void RefreshRefusesMarkersTypedByHand()
    {
        var hand = new HandMadeDocument().Paragraph("AI※1を使う。").Build();
        var e = Assert.ThrowsExactly<GlossaryDocumentException>(() => GlossaryEditor.Refresh(hand, "hand.docx", Table, GlossaryDocs.Terms));
        StringAssert.Contains(e.Problems.Single(), "手で書かれた注記「※1」");
    }

    [TestMethod]
    public void AMarkerForATermNoGlossaryDefinesIsReported()
    {
        var marked = GlossaryEditor.Mark(new HandMadeDocument().Paragraph("AIを使う。").Build(), "a.docx", Table, GlossaryDocs.Terms);
        var stripped = RemoveSection(marked);
        var e = Assert.ThrowsExactly<GlossaryDocumentException>(() => GlossaryEditor.Refresh(stripped, "a.docx", Table, new TermBase()));
        StringAssert.Contains(e.Problems.Single(), "用語「AI」の解説");
    }

    /// <summary>The document with its glossary section and cached terms gone, leaving a marker nothing defines.</summary>
    private static byte[] RemoveSection(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            foreach (var sdt in body.Elements<DocumentFormat.OpenXml.Wordprocessing.SdtBlock>().ToArray())
                if (sdt.SdtProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Tag>()?.Val?.Value == GlossaryTags.Section) sdt.Remove();
            document.MainDocumentPart.DocumentSettingsPart!.Settings!.RemoveAllChildren<DocumentFormat.OpenXml.Wordprocessing.DocumentVariables>();
        }
        return stream.ToArray();
    }
}
