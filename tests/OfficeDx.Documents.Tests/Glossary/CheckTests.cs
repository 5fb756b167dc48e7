using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Glossary;

[TestClass]
public sealed class CheckTests
{
    [TestMethod]
    public void ACleanlyMarkedDocumentHasNothingToReport()
    {
        var docx = GlossaryEditor.Mark(new HandMadeDocument().Paragraph("RPAとクラウドを使う。").Build(), "clean.docx",
            GlossaryDocs.Style(GlossarySectionStyle.NumberedTable), GlossaryDocs.Terms);
        var report = GlossaryChecker.Check(docx, "clean.docx", GlossaryDocs.Terms);
        Assert.IsTrue(report.IsClean, System.Text.Json.JsonSerializer.Serialize(report));
    }

    [TestMethod]
    public void EveryKindOfProblemIsReportedWithItsPlaces()
    {
        var docx = new HandMadeDocument()
            .Paragraph(("ICTを活用し、I C Tの", false), ("※1", true), ("人材を育てる。", false))
            .Paragraph("ＩＣＴとクラウドとテレワーク※7を使う。")
            .Table(["No", "用語", "解説"],
                ["1", "ICT", "情報通信技術。"],
                ["2", "メタバース", "インターネット上の仮想空間。現実世界ではできないような体験や交流をアバター(インターネット上の自分の分身)を使って自由に楽しむことができる。"])
            .Build();
        var report = GlossaryChecker.Check(docx, "messy.docx", GlossaryDocs.Terms);

        CollectionAssert.AreEqual(new[] { "クラウド" }, report.UnmarkedTerms.Select(u => u.Term).ToArray());
        Assert.AreEqual("本文の 2 段落目", report.UnmarkedTerms[0].Place);
        CollectionAssert.AreEqual(new[] { "※7" }, report.MarkersWithoutDefinition.Select(m => m.Marker).ToArray());
        Assert.AreEqual("テレワーク", report.MarkersWithoutDefinition[0].Term);
        CollectionAssert.AreEqual(new[] { "メタバース" }, report.UnusedEntries.ToArray());
        var ict = report.Variants.Single(v => v.Term == "ICT");
        CollectionAssert.AreEqual(new[] { "ICT", "I C T", "ＩＣＴ" }, ict.Spellings.Select(s => s.Spelling).ToArray());
        CollectionAssert.AreEqual(new[] { "本文の 2 段落目" }, ict.Spellings[2].Places.ToArray());
        CollectionAssert.AreEqual(new[] { "ICT" }, report.DefinitionsDiffering.Select(d => d.Term).ToArray(), "メタバース is the term base's own wording");
        CollectionAssert.AreEqual(new[] { "※1", "※7" }, report.ForeignMarkers.Select(m => m.Marker).ToArray());
    }
}
