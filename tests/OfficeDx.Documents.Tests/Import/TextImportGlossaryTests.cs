using OfficeDx.Core.Model;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Import;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>The glossary of each shared seed is imported whatever its layout (table, 用語…説明 lines, gojūon groups, footnotes).</summary>
[TestClass]
public sealed class TextImportGlossaryTests
{
    public TestContext TestContext { get; set; } = null!;

    private static string Seed(string name) => RepositoryFiles.Seed(name + ".txt");

    [TestMethod]
    [DataRow("katagami-dx-plan-2023", 18)]
    [DataRow("hachinohe-digital-plan-2022", 18)]
    [DataRow("akita-plan-2021-rev2023", 17)]
    [DataRow("akita-plan-v2-outline-2023", 75)]
    public void SeedGlossaryImportsEveryHandCountedTerm(string seed, int terms)
    {
        var result = PlanTextImporter.Import(Seed(seed));
        foreach (var term in result.Plan.Glossary) TestContext.WriteLine($"{term.Marker}\t{term.Term}\t{term.Reading}\t{term.Expansion}\t{string.Join("|", term.Variants)}\t{term.Definition.Replace("\n", "⏎")}");
        Assert.AreEqual(terms, result.Plan.Glossary.Count);
        Assert.AreEqual(terms, result.Plan.Glossary.Select(t => TermKey.Of(t.Term)).Distinct().Count(), "同じ用語が二度読み込まれています。");
        Assert.IsTrue(result.Plan.Glossary.All(t => t.Term.Length > 0 && t.Definition.Length > 0), "用語か説明が空のものがあります。");
        var problems = Core.Validation.PlanValidator.Validate(result.Plan).Where(p => p.Path.StartsWith("$.glossary", StringComparison.Ordinal)).ToArray();
        Assert.AreEqual(0, problems.Length, string.Join("\n", problems.Select(p => p.ToString())));
    }

    /// <summary>
    /// templates/glossary/terms.json was built from the same seeds by a separate script (seed_terms.py, with the words the akita
    /// footnotes mark listed by hand): every source it records for a seed is imported with the same term, definition, marker and reading.
    /// </summary>
    [TestMethod]
    [DataRow("katagami-dx-plan-2023")]
    [DataRow("hachinohe-digital-plan-2022")]
    [DataRow("akita-plan-2021-rev2023")]
    [DataRow("akita-plan-v2-outline-2023")]
    public void SeedGlossaryAgreesWithTheTermBaseBuiltFromTheSameSeed(string seed)
    {
        var imported = PlanTextImporter.Import(Seed(seed)).Plan.Glossary.ToDictionary(t => TermKey.Of(t.Term));
        var expected = TermBaseFile.Shipped().Terms.SelectMany(e => e.Sources.Where(s => s.Document == seed).Select(s => (Entry: e, Source: s))).ToArray();
        var differences = new List<string>();
        foreach (var (entry, source) in expected)
        {
            if (!imported.TryGetValue(TermKey.Of(entry.Term), out var term)) { differences.Add($"{entry.Term}: 読み込まれていません"); continue; }
            if (term.Definition != source.Definition) differences.Add($"{entry.Term}: 説明が違います「{term.Definition}」≠「{source.Definition}」");
            int? marker = source.Marker is { } m ? int.Parse(m.TrimStart('*', '※'), System.Globalization.CultureInfo.InvariantCulture) : null;
            if (term.Marker != marker) differences.Add($"{entry.Term}: 番号 {term.Marker} ≠ {marker}");
            if (source.Reading is not null && term.Reading != source.Reading) differences.Add($"{entry.Term}: 読み {term.Reading} ≠ {source.Reading}");
        }
        foreach (var d in differences) TestContext.WriteLine(d);
        Assert.AreEqual(expected.Length, imported.Count, "用語の数が用語集データと違います。");
        Assert.AreEqual(0, differences.Count, string.Join("\n", differences));
    }
    [TestMethod]
    public void FootnoteWhoseMarkerWasLostTakesTheInitialsOfItsExpansionAndIsReported()
    {
        var result = PlanTextImporter.Import(Seed("akita-plan-2021-rev2023"));
        var term = result.Plan.Glossary.Single(t => t.Marker == 10);
        Assert.AreEqual("CIO", term.Term);
        Assert.AreEqual("Chief Information Officer", term.Expansion);
        Assert.IsTrue(result.Unplaced.Any(p => p.Place.StartsWith("脚注 *10", StringComparison.Ordinal)), "印の無い脚注が報告されていません。");
    }

    [TestMethod]
    public void FootnoteTermIsTheWordBeforeItsMarker()
    {
        const string text = """
            秋田市デジタル化推進計画

            業務の標準化やクラウド利用^{*1}を進め、自治体DX^{*2}に取り組みます。

            *1 外部のデータセンター等において管理・運用する取組のこと。

            *2 Digital Transformation の略で、情報通信技術による変革のこと。
            """;
        var glossary = TextGlossaryReader.Read(text);
        CollectionAssert.AreEqual(new[] { "クラウド利用", "DX" }, glossary.Terms.Select(t => t.Term).ToArray());
        Assert.AreEqual("Digital Transformation", glossary.Terms[1].Expansion);
    }

    [TestMethod]
    public void TableRowSplitByAPageBreakContinuesTheDefinitionAbove()
    {
        const string text = "## 用語集\n\nNo\t用語\t解説\n1\tI C T\tInformation and Communication Technology の略。 情報や通信に関する技術の総称。\n"
            + "2\tデジタル田園都市国 家構想\tデジタルの力で、地方の個性を活かしながら社会課題の解決と魅力の向上を図り、「地方に都市の利便性を、都市に地\n\n"
            + "\t\t方の豊かさを」を実現するもの。\n";
        var glossary = TextGlossaryReader.Read(text);
        Assert.AreEqual(2, glossary.Terms.Count);
        Assert.AreEqual("ICT", glossary.Terms[0].Term);
        CollectionAssert.AreEqual(new[] { "I C T" }, glossary.Terms[0].Variants.ToArray());
        Assert.AreEqual("Information and Communication Technology の略。情報や通信に関する技術の総称。", glossary.Terms[0].Definition);
        Assert.AreEqual("デジタル田園都市国家構想", glossary.Terms[1].Term);
        Assert.AreEqual(2, glossary.Terms[1].Marker);
        StringAssert.EndsWith(glossary.Terms[1].Definition, "都市に地方の豊かさを」を実現するもの。");
    }

    [TestMethod]
    public void GojuonGlossaryEndsWhereAnAppendixTitleFollowsIt()
    {
        const string text = """
            VI 用語解説

            あ行

            I o T (アイオーティ)

            Internet of Things の略。モノがインターネットにつながること。

            か行

            官民データ活用推進基本法

            平成28年12月14日公布・施行。

            官民データの活用を推進するための法律。

            生成AI試行に関する中間アンケート結果について

            試行参加者へ中間アンケートを実施した。
            """;
        var glossary = TextGlossaryReader.Read(text);
        CollectionAssert.AreEqual(new[] { "IoT", "官民データ活用推進基本法" }, glossary.Terms.Select(t => t.Term).ToArray());
        Assert.AreEqual("アイオーティ", glossary.Terms[0].Reading);
        Assert.AreEqual("平成28年12月14日公布・施行。\n官民データの活用を推進するための法律。", glossary.Terms[1].Definition);
    }

    [TestMethod]
    public void GlossaryLinesAreNoLongerReportedAsUnplaced()
    {
        var result = PlanTextImporter.Import(Seed("katagami-dx-plan-2023"));
        var glossaryReports = result.Unplaced.Where(p => p.Message.Contains("「No」", StringComparison.Ordinal) || p.Message.Contains("アクセシビリティ", StringComparison.Ordinal)).ToArray();
        Assert.AreEqual(0, glossaryReports.Length, string.Join("\n", glossaryReports.Select(p => p.ToString())));
    }
}
