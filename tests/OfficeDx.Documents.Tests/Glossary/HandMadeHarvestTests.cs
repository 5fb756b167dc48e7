using OfficeDx.Documents.Glossary;


namespace OfficeDx.Documents.Tests.Glossary;

/// <summary>Glossaries typed by hand in each seed style, with the seeds' own text, read back without any tag.</summary>
[TestClass]
public sealed class HandMadeHarvestTests
{
    [TestMethod]
    public void AkitaFootnotesWithCustomMarks()
    {
        var docx = HandMadeRenditions.AkitaFootnotes();
        var (terms, problems) = GlossaryHarvester.Read(docx, "akita-2021.docx", GlossaryDocs.Terms);
        Assert.IsEmpty(problems, string.Join("; ", problems));
        CollectionAssert.AreEqual(new[] { "I o T=1@paragraph:1", "A I=2@paragraph:2" }, terms.Select(t => $"{t.Term}={t.Marker}@{t.FirstUse}").ToArray());
        Assert.AreEqual("Artificial Intelligence の略で、人工知能のこと。", terms[1].Definition);
    }

    [TestMethod]
    public void KatagamiNumberedTableWithReferenceMarks()
    {
        var docx = HandMadeRenditions.KatagamiNumberedTable();
        var (terms, problems) = GlossaryHarvester.Read(docx, "katagami.docx", GlossaryDocs.Terms);
        Assert.IsEmpty(problems, string.Join("; ", problems));
        CollectionAssert.AreEqual(new[] { "I C T=1@paragraph:1", "S N S=2@paragraph:1", "I o E=@" }, terms.Select(t => $"{t.Term}={t.Marker}@{t.FirstUse}").ToArray());
        Assert.AreEqual("Information and Communication Technology の略。\n情報や通信に関する技術の総称。", terms[0].Definition);
    }

    [TestMethod]
    public void PageTable()
    {
        var docx = HandMadeRenditions.PageTable();
        var (terms, problems) = GlossaryHarvester.Read(docx, "page.docx", GlossaryDocs.Terms);
        Assert.IsEmpty(problems);
        CollectionAssert.AreEqual(new[] { "BPR", "オープンデータ" }, terms.Select(t => t.Term).ToArray());
        Assert.AreEqual("自由な利用を可能にすること。", terms[1].Definition);
    }

    [TestMethod]
    public void AkitaV2GojuonGroupsWithReadings()
    {
        var docx = HandMadeRenditions.AkitaV2Groups();
        var (terms, problems) = GlossaryHarvester.Read(docx, "akita-v2.docx", GlossaryDocs.Terms);
        Assert.IsEmpty(problems);
        CollectionAssert.AreEqual(new[] { "I o T（アイオーティ）", "秋田市情報セキュリティポリシー（）", "官民データ活用推進基本法（）", "G I G A スクール構想（ギガ）" },
            terms.Select(t => $"{t.Term}（{t.Reading}）").ToArray());
        Assert.AreEqual("平成28年12月14日公布・施行。令和3年9月1日改正。\nインターネットなどを通じて流通する多様かつ大量の情報を活用することを目的としている。", terms[2].Definition);
    }

    [TestMethod]
    public void HachinoheDefinitionLines()
    {
        var docx = HandMadeRenditions.HachinoheLines();
        var (terms, problems) = GlossaryHarvester.Read(docx, "hachinohe.docx", GlossaryDocs.Terms);
        Assert.IsEmpty(problems);
        CollectionAssert.AreEqual(new[] { "AI", "冗長化", "ブロードバンド" }, terms.Select(t => t.Term).ToArray());
        Assert.AreEqual("じょうちょうか", terms[1].Reading);
        Assert.AreEqual("ブロードバンドネットワークの略。", terms[2].Definition);
    }

    [TestMethod]
    public void AMarkerWithoutAnEntryIsReportedNotDropped()
    {
        // Katagami's text marks アクセシビリティ ※18 where a table may stop at 17.
        var docx = new HandMadeDocument()
            .Paragraph(("フォーマット", false), ("※1", true), ("を統一し、アクセシビリティ", false), ("※2", true), ("が向上する。", false))
            .Table(["No", "用語", "解説"], ["1", "フォーマット", "形式・構成。何かを作る際のルール。"])
            .Build();
        var (terms, problems) = GlossaryHarvester.Read(docx, "katagami.docx", GlossaryDocs.Terms);
        CollectionAssert.AreEqual(new[] { "フォーマット" }, terms.Select(t => t.Term).ToArray());
        StringAssert.Contains(problems.Single().ToString(), "アクセシビリティ");
    }
}
