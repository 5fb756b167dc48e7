using OfficeDx.Cli.Tests.Support;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Cli.Tests;

[TestClass]
public sealed class ReviseAndBatchTests
{
    /// <summary>The Akita sample with this year's changes: one schedule revised, one measure finished, one proposed.</summary>
    private static string WriteChanges(TempDirectory temp)
    {
        var plan = PlanJson.Deserialize(File.ReadAllText(RepositoryFiles.SamplePlan("akita")));
        Area Change(Area area) => area with
        {
            Measures = area.Measures.Select(m => m.Id switch
            {
                "akita-1-09" => m with { Schedule = [.. m.Schedule.Where(e => e.FiscalYear.StartYear != 2022)] },
                "akita-1-11" => new Measure { Id = m.Id, Name = m.Name, State = MeasureState.Completed },
                _ => m,
            }).Concat(area.Id == "akita-2" ? [new Measure { Id = "akita-2-04", Number = "4", Name = "オープンデータカタログの刷新", Overview = "カタログサイトを刷新する。", Departments = ["企画財政部情報統計課"] }] : []).ToArray(),
        };
        var path = temp.File("plan.next.json");
        File.WriteAllText(path, PlanJson.Serialize(plan with { Areas = plan.Areas.Select(Change).ToArray() }));
        return path;
    }

    [TestMethod]
    public void ReviseWritesTheEditionTheComparisonAndTheChangeLog()
    {
        using var temp = new TempDirectory();
        var changes = WriteChanges(temp);

        var result = OfficedxProcess.Run(temp.Path, "revise", "--plan", RepositoryFiles.SamplePlan("akita"), "--changes", changes,
            "--edition", "令和6年3月改訂", "--out", temp.File("r6"));

        CliAssert.ExitCode(CliAssert.Success, result);
        foreach (var file in new[] { "plan.docx", "comparison.docx", "changes.json", "changes.csv", "plan.json" })
            Assert.IsTrue(File.Exists(Path.Combine(temp.Path, "r6", file)), file);
        var revised = PlanJson.Deserialize(File.ReadAllText(Path.Combine(temp.Path, "r6", "plan.json")));
        var measures = revised.AllMeasures().ToDictionary(m => m.Id);
        Assert.AreEqual("令和6年3月改訂", revised.Edition);
        Assert.IsTrue(measures["akita-1-09"].Notes.Any(n => n.Text == "※実施年度を見直し"));
        Assert.AreEqual(MeasureState.Completed, measures["akita-1-11"].State);
        Assert.AreEqual(MeasureState.Added, measures["akita-2-04"].State);
        var csv = File.ReadAllText(Path.Combine(temp.Path, "r6", "changes.csv"));
        Assert.AreEqual(0xEF, File.ReadAllBytes(Path.Combine(temp.Path, "r6", "changes.csv"))[0], "a byte-order mark, so Excel reads UTF-8");
        StringAssert.StartsWith(csv.TrimStart('\uFEFF'), "対象,ID,名称,項目,変更前,変更後");
        StringAssert.Contains(csv, "\"施策\",\"akita-1-09\",\"タブレット端末を活用した意思疎通支援\",\"スケジュール\"");
        CliAssert.StdOutContains(result, "追加した施策", "実施済みとした施策");
    }

    /// <summary>The Akita sample harvested into a SQLite store, as the DX office keeps it.</summary>
    private static string HarvestIntoStore(TempDirectory temp)
    {
        var docs = Directory.CreateDirectory(temp.File("docs")).FullName;
        var plan = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));
        File.WriteAllBytes(Path.Combine(docs, "akita.docx"), PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile)));
        var store = "sqlite:" + temp.File("store.db");
        CliAssert.ExitCode(CliAssert.Success, OfficedxProcess.Run(temp.Path, "harvest", "--source", docs, "--store", store));
        return store;
    }

    [TestMethod]
    public void ReviseReadsThePlanFromTheHarvestStoreByPlanIdOrDocumentPath()
    {
        using var temp = new TempDirectory();
        var changes = WriteChanges(temp);
        var store = HarvestIntoStore(temp);

        foreach (var (key, folder) in new[] { ("akita-2021", "by-id"), ("akita.docx", "by-path") })
        {
            var result = OfficedxProcess.Run(temp.Path, "revise", "--plan", $"store:{store}#{key}", "--changes", changes,
                "--edition", "令和6年3月改訂", "--out", temp.File(folder));

            CliAssert.ExitCode(CliAssert.Success, result);
            var revised = PlanJson.Deserialize(File.ReadAllText(Path.Combine(temp.Path, folder, "plan.json")));
            var measures = revised.AllMeasures().ToDictionary(m => m.Id);
            Assert.AreEqual("令和6年3月改訂", revised.Edition);
            Assert.IsTrue(measures["akita-1-09"].Notes.Any(n => n.Text == "※実施年度を見直し"), folder);
            Assert.AreEqual("4", measures["akita-2-04"].Number, "the proposed measure follows (2)'s three");
        }
        CollectionAssert.AreEqual(File.ReadAllBytes(temp.File("by-id/plan.docx")), File.ReadAllBytes(temp.File("by-path/plan.docx")));
    }

    [TestMethod]
    public void APlanTheStoreDoesNotHoldIsBadInputNamingThePlansItHolds()
    {
        using var temp = new TempDirectory();
        var changes = WriteChanges(temp);
        var store = HarvestIntoStore(temp);

        var missing = OfficedxProcess.Run(temp.Path, "revise", "--plan", $"store:{store}#katagami-2023", "--changes", changes,
            "--edition", "令和6年3月改訂", "--out", temp.File("r6"));
        var noStore = OfficedxProcess.Run(temp.Path, "revise", "--plan", "store:sqlite:" + temp.File("none.db") + "#akita-2021", "--changes", changes,
            "--edition", "令和6年3月改訂", "--out", temp.File("r6"));
        var noKey = OfficedxProcess.Run(temp.Path, "revise", "--plan", $"store:{store}", "--changes", changes,
            "--edition", "令和6年3月改訂", "--out", temp.File("r6"));

        CliAssert.ExitCode(CliAssert.BadInput, missing);
        CliAssert.StdErrContains(missing, "katagami-2023", "akita-2021（akita.docx）");
        CliAssert.ExitCode(CliAssert.BadInput, noStore);
        CliAssert.StdErrContains(noStore, "none.db", "がありません");
        Assert.IsFalse(File.Exists(temp.File("none.db")), "reading a plan does not create an empty store");
        CliAssert.ExitCode(CliAssert.BadInput, noKey);
        CliAssert.StdErrContains(noKey, "#計画ID");
        foreach (var result in new[] { missing, noStore, noKey }) CliAssert.NoStackTrace(result);
        Assert.IsFalse(Directory.Exists(temp.File("r6")));
    }

    [TestMethod]
    public void ABatchReadsPlansFromTheStoreRelativeToTheManifestAndFailsAMissingOneAlone()
    {
        using var temp = new TempDirectory();
        WriteChanges(temp);
        HarvestIntoStore(temp);
        var manifest = temp.File("batch.json");
        File.WriteAllText(manifest, """
            {
              "parallelism": 2,
              "jobs": [
                { "name": "from-store", "plan": "store:sqlite:store.db#akita-2021", "changes": "plan.next.json", "edition": "令和6年3月改訂", "out": "out/r6" },
                { "name": "not-stored", "plan": "store:sqlite:store.db#katagami-2023", "out": "out/katagami" }
              ]
            }
            """);

        var result = OfficedxProcess.Run(Path.GetTempPath(), "batch", manifest);

        CliAssert.ExitCode(CliAssert.Problems, result);
        CliAssert.StdOutContains(result, "1 件完了、1 件失敗", "not-stored", "katagami-2023", "akita-2021（akita.docx）");
        var revised = PlanJson.Deserialize(File.ReadAllText(temp.File("out/r6/plan.json")));
        Assert.AreEqual("4", revised.AllMeasures().Single(m => m.Id == "akita-2-04").Number);
        Assert.IsFalse(Directory.Exists(temp.File("out/katagami")));
    }

    [TestMethod]
    public void AnEditionWithoutAYearAndMonthIsRejectedByName()
    {
        using var temp = new TempDirectory();
        var changes = WriteChanges(temp);

        var result = OfficedxProcess.Run(temp.Path, "revise", "--plan", RepositoryFiles.SamplePlan("akita"), "--changes", changes,
            "--edition", "次の版", "--out", temp.File("bad"));

        CliAssert.ExitCode(CliAssert.BadInput, result);
        CliAssert.StdErrContains(result, "次の版", "令和5年3月改訂");
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void ABatchFinishesEveryGoodJobAndReportsTheFailedOne()
    {
        using var temp = new TempDirectory();
        var changes = WriteChanges(temp);
        var manifest = temp.File("batch.json");
        File.WriteAllText(manifest, $$"""
            {
              "parallelism": 2,
              "jobs": [
                { "name": "akita-current", "plan": "{{Escape(RepositoryFiles.SamplePlan("akita"))}}", "out": "out/current" },
                { "name": "akita-r6", "plan": "{{Escape(RepositoryFiles.SamplePlan("akita"))}}", "changes": "plan.next.json", "edition": "令和6年3月改訂", "out": "out/r6" },
                { "name": "missing", "plan": "missing/plan.json", "out": "out/missing" }
              ]
            }
            """);

        var result = OfficedxProcess.Run(temp.Path, "batch", manifest);

        CliAssert.ExitCode(CliAssert.Problems, result);
        CliAssert.StdOutContains(result, "2 件完了、1 件失敗", "missing");
        Assert.IsTrue(File.Exists(temp.File("out/current/plan.docx")));
        Assert.IsTrue(File.Exists(temp.File("out/r6/comparison.docx")));
        Assert.IsFalse(Directory.Exists(temp.File("out/missing")));
    }

    [TestMethod]
    public void TheSameBatchTwiceGivesIdenticalFiles()
    {
        using var temp = new TempDirectory();
        var changes = WriteChanges(temp);
        string Run(string name)
        {
            var manifest = temp.File(name + ".json");
            File.WriteAllText(manifest, $$"""{ "jobs": [ { "name": "r6", "plan": "{{Escape(RepositoryFiles.SamplePlan("akita"))}}", "changes": "plan.next.json", "edition": "令和6年3月改訂", "out": "{{name}}" } ] }""");
            CliAssert.ExitCode(CliAssert.Success, OfficedxProcess.Run(temp.Path, "batch", manifest));
            return temp.File(name);
        }
        var first = Run("first");
        var second = Run("second");
        foreach (var file in new[] { "plan.docx", "comparison.docx", "changes.json", "changes.csv", "plan.json" })
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)), file);
    }

    private static string Escape(string path) => path.Replace("\\", "\\\\");
}
