using OfficeDx.Documents.Import;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>The four shared seeds (PDF-extracted text) import with the counts recorded in docs/import-accuracy.md.</summary>
[TestClass]
public sealed class TextImportSeedTests
{
    public TestContext TestContext { get; set; } = null!;

    /// <summary>A copy of ../shared/seeds kept with the tests, so that CI reads the same text.</summary>
    private static string Seed(string name) => Path.Combine(RepositoryFiles.Root, "tests", "OfficeDx.Documents.Tests", "Import", "Seeds", name);

    [TestMethod]
    [DataRow("katagami-dx-plan-2023.txt", "katagami", 3, 38, 49, 114, 18)]
    [DataRow("hachinohe-digital-plan-2022.txt", "hachinohe", 2, 11, 36, 0, 18)]
    [DataRow("akita-plan-2021-rev2023.txt", "akita", 7, 94, 64, 153, 17)]
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
}
