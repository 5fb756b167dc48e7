using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.Glossary;

/// <summary>A harvested first use names the measure (by id) or the heading it sits in, not only a paragraph's number.</summary>
[TestClass]
public sealed class FirstUsePlaceTests
{
    private static readonly Profile Akita = ProfileLibrary.Load("akita");

    private static readonly TermBase Terms = new()
    {
        Terms =
        [
            new TermBaseEntry { Term = "キャッシュレス決済", Reading = "きゃっしゅれすけっさい", Definition = "現金を使わずに決済すること。" },
            new TermBaseEntry { Term = "マイナンバーカード", Reading = "まいなんばーかーど", Definition = "顔写真付きの個人番号カード。" },
            new TermBaseEntry { Term = "オープンデータ", Reading = "おーぷんでーた", Definition = "誰もが使えるように公開されたデータ。" },
        ],
    };

    [TestMethod]
    public void InAGeneratedPlanTheFirstUseNamesTheMeasureAndItsFieldOrTheArea()
    {
        var docx = GlossaryEditor.Mark(PlanDocumentWriter.Write(Samples.Load("akita"), Akita), "akita.docx", Akita.Glossary, Terms);

        var (terms, problems) = GlossaryHarvester.Read(docx, "akita.docx");

        Assert.IsEmpty(problems, string.Join("; ", problems));
        var places = terms.ToDictionary(t => t.Term, t => t.FirstUse);
        Assert.AreEqual("measure:akita-1-02/name", places["キャッシュレス決済"], "the measure's name cell");
        Assert.AreEqual("measure:akita-1-c01", places["マイナンバーカード"], "a line of the 実施済みの施策 list is that completed measure");
        Assert.AreEqual("area:akita-2", places["オープンデータ"], "the heading of area (2)");
    }

    [TestMethod]
    public void AMarkedPlanIsWrittenAgainWithEveryMarkerWhereItWas()
    {
        var sample = Samples.Load("akita");
        var docx = GlossaryEditor.Mark(PlanDocumentWriter.Write(sample, Akita), "akita.docx", Akita.Glossary, Terms);
        var harvested = GlossaryHarvester.Read(docx, "akita.docx").Terms;

        var again = GlossaryHarvester.Read(PlanDocumentWriter.Write(sample with { Glossary = harvested }, Akita), "akita.docx").Terms;

        CollectionAssert.AreEqual(harvested.Select(t => $"{t.Term}={t.Marker}@{t.FirstUse}").ToArray(), again.Select(t => $"{t.Term}={t.Marker}@{t.FirstUse}").ToArray());
    }

    [TestMethod]
    public void AFirstUseRecordedLessFinelyIsStillFound()
    {
        // A plan harvested before first uses named the name cell or the heading: measure:akita-1-02, paragraph:N.
        var sample = Samples.Load("akita");
        var docx = GlossaryEditor.Mark(PlanDocumentWriter.Write(sample, Akita), "akita.docx", Akita.Glossary, Terms);
        var harvested = GlossaryHarvester.Read(docx, "akita.docx").Terms;
        var older = harvested.Select(t => t.FirstUse == "measure:akita-1-02/name" ? t with { FirstUse = "measure:akita-1-02" } : t).ToArray();

        var again = GlossaryHarvester.Read(PlanDocumentWriter.Write(sample with { Glossary = older }, Akita), "akita.docx").Terms;

        Assert.AreEqual("measure:akita-1-02/name", again.Single(t => t.Term == "キャッシュレス決済").FirstUse);
        Assert.AreEqual(1, again.Single(t => t.Term == "キャッシュレス決済").Marker);
    }

    [TestMethod]
    public void InAHandMadePlanTheFirstUseNamesTheHeadingItSitsUnderOrIn()
    {
        var docx = new HandMadeDocument()
            .Paragraph(("オープンデータ", false), ("※1", true), ("の推進。", false))
            .Heading("第2章 キャッシュレス決済※2の導入")
            .Heading("(1) 窓口", level: 2)
            .Paragraph(("マイナンバーカード", false), ("※3", true), ("を利用する。", false))
            .Paragraph("用語集")
            .Table(["No", "用語", "解説"], ["1", "オープンデータ", "公開されたデータ。"], ["2", "キャッシュレス決済", "現金を使わない決済。"], ["3", "マイナンバーカード", "個人番号カード。"])
            .Build();

        var (terms, problems) = GlossaryHarvester.Read(docx, "hand.docx");

        Assert.IsEmpty(problems, string.Join("; ", problems));
        CollectionAssert.AreEqual(new[] { "paragraph:1", "heading:第2章 キャッシュレス決済※2の導入", "heading:(1) 窓口/paragraph:4" },
            terms.Select(t => t.FirstUse).ToArray());
    }
}
