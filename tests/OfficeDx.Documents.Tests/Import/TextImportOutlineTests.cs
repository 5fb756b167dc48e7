using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Import;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>An outline whose 取組事項 are numbered headings with body text (no measure tables) imports as the profile's hierarchy.</summary>
[TestClass]
public sealed class TextImportOutlineTests
{
    public TestContext TestContext { get; set; } = null!;

    private static string Seed(string name) => RepositoryFiles.Seed(name);

    private static IEnumerable<string> Tree(IEnumerable<Area> areas, string indent = "") => areas.SelectMany(a =>
        new[] { $"{indent}{a.Number} {a.Title}" }
            .Concat(a.Measures.Select(m => $"{indent}  ・{m.Number} {m.Name}"))
            .Concat(Tree(a.Areas, indent + "  ")));

    [TestMethod]
    public void AkitaV2OutlineImportsTheSameHierarchyAsTheHandCheckedSample()
    {
        var result = PlanTextImporter.Import(Seed("akita-plan-v2-outline-2023.txt"));
        var sample = PlanJson.Deserialize(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "templates", "samples", "akita-v2", "plan.json")));
        TestContext.WriteLine(result.ProfileReason);
        var imported = Tree(result.Plan.Areas).ToArray();
        foreach (var line in imported) TestContext.WriteLine(line);
        Assert.AreEqual("akita-v2", result.Profile.Name, result.ProfileReason);
        CollectionAssert.AreEqual(Tree(sample.Areas).ToArray(), imported);
    }

    /// <summary>The overviews equal the sample's, except where the sample's script knew more than the text shows (docs/import-accuracy.md).</summary>
    [TestMethod]
    public void AkitaV2OutlineOverviewsMatchTheSample()
    {
        var imported = PlanTextImporter.Import(Seed("akita-plan-v2-outline-2023.txt")).Plan.AllMeasures().ToArray();
        var sample = PlanJson.Deserialize(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "templates", "samples", "akita-v2", "plan.json"))).AllMeasures().ToArray();
        Assert.AreEqual(sample.Length, imported.Length);
        var different = imported.Zip(sample).Where(p => p.First.Overview != p.Second.Overview).Select(p => p.Second.Name).ToArray();
        foreach (var name in different) TestContext.WriteLine($"概要が違う: {name}");
        Assert.AreEqual(0, different.Length, string.Join("、", different));
    }

    [TestMethod]
    public void CaptionsAndTablesInsideAMeasureAreReportedNotAddedToItsOverview()
    {
        var result = PlanTextImporter.Import(Seed("akita-plan-v2-outline-2023.txt"));
        var measure = result.Plan.AllMeasures().Single(m => m.Name == "市民が利用できる情報基盤の整備");
        Assert.IsFalse(measure.Overview.Contains("利用可能SSID", StringComparison.Ordinal), measure.Overview);
        Assert.IsFalse(measure.Overview.Contains("詳細は", StringComparison.Ordinal), measure.Overview);
        Assert.IsTrue(result.Unplaced.Any(p => p.Message.Contains("詳細は、", StringComparison.Ordinal)), "リンクの行が報告されていません。");
        Assert.IsTrue(result.Unplaced.Any(p => p.Message.Contains("利用可能施設", StringComparison.Ordinal)), "表が報告されていません。");
    }

    [TestMethod]
    public void ParenthesizedSevenWhereTheKatakanaLevelStartsIsReadAsA()
    {
        const string text = """
            取組事項

            1 基盤整備

            (1) デジタル基盤

            ア 地域の基盤

            (7) オンライン化

            手続をオンラインで完結させます。

            (イ) キャッシュレス化

            支払いをキャッシュレスにします。

            (2) 人材の育成

            研修を行います。
            """;
        var result = PlanTextImporter.Import(text, "outline.txt", Profiles.ProfileLibrary.Load("akita-v2"));
        var tree = Tree(result.Plan.Areas).ToArray();
        foreach (var line in tree) TestContext.WriteLine(line);
        CollectionAssert.AreEqual(new[]
        {
            "1 基盤整備", "  (1) デジタル基盤", "    ア 地域の基盤", "      ・(ア) オンライン化", "      ・(イ) キャッシュレス化",
            "  (2) 人材の育成", "    ・ 人材の育成",
        }, tree, string.Join("\n", tree));
        Assert.IsTrue(result.Unplaced.Any(p => p.Message.Contains("(ア)", StringComparison.Ordinal)), "番号の読み替えが報告されていません。");
    }

    [TestMethod]
    public void AParagraphCutByAPageBreakIsJoinedToItsContinuation()
    {
        const string text = """
            取組事項

            1 情報セキュリティ

            業務プロセスの見直し(B

            PR)など、対策を検討します。

            研修を行います。
            """;
        var measure = PlanTextImporter.Import(text, "outline.txt", Profiles.ProfileLibrary.Load("akita-v2")).Plan.AllMeasures().Single();
        Assert.AreEqual("業務プロセスの見直し(BPR)など、対策を検討します。\n研修を行います。", measure.Overview);
    }
}
