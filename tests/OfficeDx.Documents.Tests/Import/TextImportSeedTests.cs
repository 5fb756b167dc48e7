using System.Text.Json;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Import;
using OfficeDx.Documents.Tests.Support;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>The four shared seeds (PDF-extracted text) import with the counts recorded in docs/import-accuracy.md.</summary>
[TestClass]
public sealed class TextImportSeedTests
{
    public TestContext TestContext { get; set; } = null!;

    /// <summary>The seed texts kept in the repository (templates/seeds), so that CI reads the same text.</summary>
    private static string Seed(string name) => RepositoryFiles.Seed(name);

    [TestMethod]
    // 47 indicators: the two 「※検討結果を踏まえて今後設定する。」 lines are notes, not indicators (issue 15).
    [DataRow("katagami-dx-plan-2023.txt", "katagami", 3, 38, 47, 114, 18)]
    // Hachinohe's chapter 5 has no 基本目標3 line: its two 施策 are placed by the chapter 4 list (MissingAreaHeadingTests).
    [DataRow("hachinohe-digital-plan-2022.txt", "hachinohe", 3, 11, 36, 0, 18)]
    [DataRow("akita-plan-2021-rev2023.txt", "akita", 7, 94, 64, 174, 17)]
    // The 第2.0版 outline has no measure tables: its 取組事項 are headings with body text, picked by the akita-v2 hierarchy.
    [DataRow("akita-plan-v2-outline-2023.txt", "akita-v2", 3, 20, 0, 0, 75)]
    public void SeedImportsWithTheRecordedCounts(string seed, string profile, int goals, int measures, int indicators, int scheduleEntries, int glossaryTerms)
    {
        var result = PlanTextImporter.Import(Seed(seed));
        var plan = result.Plan;
        var counts = $"profile={result.Profile.Name} top={plan.Areas.Count} areas={plan.AllAreas().Count()} measures={plan.AllMeasures().Count()} "
            + $"active={plan.AllMeasures().Count(m => m.State == Core.Model.MeasureState.Active)} added={plan.AllMeasures().Count(m => m.State == Core.Model.MeasureState.Added)} "
            + $"completed={plan.AllMeasures().Count(m => m.State == Core.Model.MeasureState.Completed)} indicators={plan.AllMeasures().Sum(m => m.Indicators.Count)} "
            + $"schedule={plan.AllMeasures().Sum(m => m.Schedule.Count)} glossary={plan.Glossary.Count} unplaced={result.Unplaced.Count}";
        TestContext.WriteLine(counts);
        TestContext.WriteLine(result.ProfileReason);
        foreach (var p in result.Unplaced.Where(p => !p.Message.Contains("どの分野・施策にも当たらない", StringComparison.Ordinal))) TestContext.WriteLine(p.ToString());
        File.WriteAllText(Path.Combine(Path.GetTempPath(), $"odx-import-{Path.GetFileNameWithoutExtension(seed)}.json"), Core.Json.PlanJson.Serialize(plan));
        Assert.AreEqual(profile, result.Profile.Name, result.ProfileReason);
        Assert.AreEqual(goals, plan.Areas.Count, counts);
        Assert.AreEqual(measures, plan.AllMeasures().Count(), counts);
        Assert.AreEqual(indicators, plan.AllMeasures().Sum(m => m.Indicators.Count), counts);
        Assert.AreEqual(scheduleEntries, plan.AllMeasures().Sum(m => m.Schedule.Count), counts);
        Assert.AreEqual(glossaryTerms, plan.Glossary.Count, counts);
    }

    /// <summary>
    /// How many imported measures equal, field for field, the hand-checked sample built from the same seed (the last column
    /// of the counts table in docs/import-accuracy.md). Akita was 53 of 94 before arrow rows were read as a whole. The hand-checked
    /// samples keep ※ and （参考） notes inside the text (これまでの課題 「※順次実施中」, an overview's last line) and a baseline of
    /// - as the value "-"; since issue 15 the importer keeps those as notes of kind other and as no value, so every measure
    /// with such a note or a - baseline differs from its sample: katagami 14 (※ status notes), hachinohe 6 (- baselines, （※）
    /// and （参考） notes), akita 8 (※ lines at the end of an overview).
    /// </summary>
    [TestMethod]
    [DataRow("katagami-dx-plan-2023.txt", "katagami", 24, 38)]
    [DataRow("hachinohe-digital-plan-2022.txt", "hachinohe", 5, 11)]
    [DataRow("akita-plan-2021-rev2023.txt", "akita", 86, 94)]
    public void SeedMeasuresIdenticalToTheSample(string seed, string sample, int identical, int total)
    {
        var imported = PlanTextImporter.Import(Seed(seed)).Plan.AllMeasures().ToArray();
        var expected = Samples.Load(sample).AllMeasures().ToArray();
        Assert.AreEqual(total, imported.Length);
        Assert.AreEqual(total, expected.Length);

        // Ids are the sample's own (akita-1-01), the importer's follow the document (a1-01): measures pair up in plan order.
        var same = 0;
        foreach (var (got, want) in imported.Select(OneLineJson).Zip(expected.Select(OneLineJson)))
        {
            if (got == want) same++;
            else TestContext.WriteLine($"見本: {want}\n取込: {got}\n");
        }

        Assert.AreEqual(identical, same, $"{same} of {total} identical");
    }

    private static readonly JsonSerializerOptions OneLine = new(PlanJson.Options) { WriteIndented = false };

    private static string OneLineJson(Measure measure) => JsonSerializer.Serialize(measure with { Id = "" }, OneLine);

    /// <summary>
    /// The cover gives title, municipality and edition even where something else comes first: the akita-v2 seed opens with a
    /// committee paper (「デジタル化推進計画の改定について」) before the outline's own cover.
    /// </summary>
    [TestMethod]
    [DataRow("katagami-dx-plan-2023.txt", "潟上市DX推進計画", "潟上市", "令和5年4月")]
    [DataRow("hachinohe-digital-plan-2022.txt", "八戸市デジタル推進計画", "八戸市", "原案（令和4年）")]
    [DataRow("akita-plan-2021-rev2023.txt", "秋田市デジタル化推進計画", "秋田市", "令和3年6月（令和5年3月改訂）")]
    [DataRow("akita-plan-v2-outline-2023.txt", "秋田市デジタル化推進計画【第2.0版】", "秋田市", "骨子案（令和5年12月）")]
    public void SeedCoverGivesTitleMunicipalityAndEdition(string seed, string title, string municipality, string edition)
    {
        var result = PlanTextImporter.Import(Seed(seed));

        Assert.AreEqual(title, result.Plan.Title);
        Assert.AreEqual(municipality, result.Plan.Municipality);
        Assert.AreEqual(edition, result.Plan.Edition);
    }

    /// <summary>The committee paper's title line that the cover title replaced is reported, not dropped.</summary>
    [TestMethod]
    public void ATitleLineReplacedByTheCoverIsReported()
    {
        var result = PlanTextImporter.Import(Seed("akita-plan-v2-outline-2023.txt"));

        Assert.IsTrue(result.Unplaced.Any(p => p.Message.Contains("「デジタル化推進計画の改定について」は計画名の候補でしたが", StringComparison.Ordinal)), string.Join("\n", result.Unplaced.Take(20)));
    }

    /// <summary>Hachinohe's 【参考】 list after the last 施策's KPI table is reported line by line; the 施策 keeps only its own parts.</summary>
    [TestMethod]
    public void TextAfterTheLastSectionedMeasureIsReportedNotSwallowed()
    {
        var result = PlanTextImporter.Import(Seed("hachinohe-digital-plan-2022.txt"));

        var report = string.Join("\n", result.Unplaced.Select(p => p.Message));
        StringAssert.Contains(report, "【参考】地方公共団体が優先的にオンライン化を推進すべき手続 対象 31 手続");
        StringAssert.Contains(report, "1. 罹災証明書の発行申請");
        StringAssert.Contains(report, "4. 自動車の保管場所証明の申請");
        var last = result.Plan.AllMeasures().Last();
        var text = string.Join("\n", new[] { last.Overview }.Concat(last.MainActions).Concat(last.Indicators.Select(i => i.Name)));
        Assert.IsFalse(text.Contains("罹災証明書", StringComparison.Ordinal), "施策に【参考】の一覧が入っています: " + text);
    }
}
