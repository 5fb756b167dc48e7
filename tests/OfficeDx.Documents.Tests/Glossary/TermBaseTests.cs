using System.Text;
using OfficeDx.Documents.Glossary;

namespace OfficeDx.Documents.Tests.Glossary;

[TestClass]
public sealed class TermBaseTests
{
    private static TermBase Parse(string json) => TermBaseFile.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "terms.json");

    [TestMethod]
    public void TheShippedTermBaseHoldsEveryGlossaryEntryOfTheFourSeeds()
    {
        var sources = GlossaryDocs.Terms.Terms.SelectMany(t => t.Sources).GroupBy(s => s.Document).ToDictionary(g => g.Key, g => g.Count());
        Assert.AreEqual(17, sources["akita-plan-2021-rev2023"], "Akita 2021 footnotes *1–*17");
        Assert.AreEqual(18, sources["katagami-dx-plan-2023"], "Katagami 用語集 No 1–18");
        Assert.AreEqual(18, sources["hachinohe-digital-plan-2022"], "Hachinohe TERM…definition lines");
        Assert.AreEqual(75, sources["akita-plan-v2-outline-2023"], "Akita 第2.0版 用語解説, あ行 to わ行");
        var katagami = GlossaryDocs.Terms.Terms.SelectMany(t => t.Sources).Where(s => s.Document == "katagami-dx-plan-2023").Select(s => s.Marker!).OrderBy(m => int.Parse(m[1..])).ToArray();
        CollectionAssert.AreEqual(Enumerable.Range(1, 18).Select(n => "※" + n).ToArray(), katagami);
    }

    [TestMethod]
    public void TheSeedsReadingsAreKeptAndEveryEntryHasAKanaReading()
    {
        var terms = GlossaryDocs.Terms;
        Assert.AreEqual("アイオーティ", terms.Find("IoT")!.Reading);
        Assert.AreEqual("エーアイ", terms.Find("AI")!.Reading);
        Assert.AreEqual("じょうちょうか", terms.Find("冗長化")!.Reading);
        Assert.AreEqual("マース", terms.Find("MaaS")!.Reading);
        Assert.AreEqual("Robotic Process Automation", terms.Find("RPA")!.Expansion);
        var withoutReading = terms.Terms.Where(t => t.Reading is null || !Kana.IsReading(t.Reading)).Select(t => t.Term).ToArray();
        Assert.IsEmpty(withoutReading, string.Join("、", withoutReading));
    }

    [TestMethod]
    public void SeedSpellingsAreVariantsOfOneEntry()
    {
        Assert.AreEqual("ICT", GlossaryDocs.Terms.Find("I C T")!.Term);
        Assert.AreEqual("ICT", GlossaryDocs.Terms.Find("ＩＣＴ")!.Term);
        Assert.AreEqual("IoT", GlossaryDocs.Terms.Find("I o T")!.Term);
        Assert.AreEqual("AI", GlossaryDocs.Terms.Find("A I")!.Term);
        Assert.AreEqual("Web会議", GlossaryDocs.Terms.Find("W e b 会議")!.Term);
    }

    [TestMethod]
    public void DuplicateTermsAreRejectedNamingBothEntries()
    {
        var e = Assert.ThrowsExactly<TermBaseException>(() => Parse("""
            { "terms": [ { "term": "ICT", "definition": "情報通信技術" }, { "term": "ＩＣＴ", "definition": "同じ用語" } ] }
            """));
        Assert.AreEqual("terms.json", e.File);
        StringAssert.Contains(e.Problems.Single(), "$.terms[1]（ＩＣＴ）");
        StringAssert.Contains(e.Problems.Single(), "$.terms[0]（ICT）");
    }

    [TestMethod]
    public void EmptyDefinitionsAndReadingsThatAreNotKanaAreRejectedNamingTheEntry()
    {
        var e = Assert.ThrowsExactly<TermBaseException>(() => Parse("""
            { "terms": [ { "term": "RPA", "reading": "RPA", "definition": "自動化" }, { "term": "クラウド", "definition": " " } ] }
            """));
        Assert.HasCount(2, e.Problems);
        StringAssert.Contains(e.Problems[0], "$.terms[0]（RPA）.reading");
        StringAssert.Contains(e.Problems[0], "ひらがな・カタカナではありません");
        StringAssert.Contains(e.Problems[1], "$.terms[1]（クラウド）.definition: 解説が空です");
    }

    [TestMethod]
    public void AMalformedFileNamesTheJsonPath()
    {
        var e = Assert.ThrowsExactly<TermBaseException>(() => Parse("""{ "terms": [ { "term": "AI", "definition": "人工知能", "meaning": "?" } ] }"""));
        StringAssert.Contains(e.Problems.Single(), "$.terms[0]");
    }

    [TestMethod]
    public void AMissingFileIsNamed()
    {
        var e = Assert.ThrowsExactly<TermBaseException>(() => TermBaseFile.Load("/nonexistent/terms.json"));
        StringAssert.Contains(e.Message, "/nonexistent/terms.json");
    }
}
