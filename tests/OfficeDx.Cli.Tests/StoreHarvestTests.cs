using OfficeDx.Cli.Tests.Support;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Cli.Tests;

/// <summary>officedx harvest --source … --store … and officedx status.</summary>
[TestClass]
public sealed class StoreHarvestTests
{
    private static string WriteDocuments(TempDirectory temp)
    {
        var folder = Directory.CreateDirectory(temp.File("docs")).FullName;
        var plan = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));
        File.WriteAllBytes(Path.Combine(folder, "akita.docx"), PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile)));
        return folder;
    }

    [TestMethod]
    public void HarvestingAFolderFillsTheStoreExportsAndShowsInStatus()
    {
        using var temp = new TempDirectory();
        var docs = WriteDocuments(temp);
        var store = "sqlite:" + temp.File("store.db");

        var first = OfficedxProcess.Run(temp.Path, "harvest", "--source", docs, "--store", store, "--export", temp.File("export"));
        CliAssert.ExitCode(CliAssert.Success, first);
        CliAssert.StdOutContains(first, "取り込み 1 件", "plans.json", "summary.xlsx");
        foreach (var file in new[] { "plans.json", "measures.csv", "schedule.csv", "indicators.csv", "summary.xlsx" })
            Assert.IsTrue(File.Exists(Path.Combine(temp.File("export"), file)), file + Environment.NewLine + first);

        var again = OfficedxProcess.Run(temp.Path, "harvest", "--source", docs, "--store", store);
        CliAssert.ExitCode(CliAssert.Success, again);
        CliAssert.StdOutContains(again, "取り込み 0 件", "変更なし 1 件");

        var status = OfficedxProcess.Run(temp.Path, JapaneseCommandLineTests.CLocale, "status", "--store", store);
        CliAssert.ExitCode(CliAssert.Success, status);
        CliAssert.StdOutContains(status, "最近の回収", "完了", "dir:");
        // Humanizer's Japanese under LANG=C.UTF-8: the duration is in 秒/ミリ秒, never "seconds"/"milliseconds".
        CliAssert.StdOutContains(status, "秒");
        Assert.DoesNotContain("second", status.StdOut, status.ToString());

        var english = OfficedxProcess.Run(temp.Path, new Dictionary<string, string?>(JapaneseCommandLineTests.CLocale) { ["LANG"] = "ja_JP.UTF-8" },
            "status", "--store", store, "--lang", "en");
        CliAssert.ExitCode(CliAssert.Success, english);
        CliAssert.StdOutContains(english, "second");
        Assert.DoesNotContain("秒", english.StdOut, english.ToString());
    }

    [TestMethod]
    public void DepartmentWorkbooksMadeByExcelTemplateAreHarvestedAndExportedAsSubmissions()
    {
        using var temp = new TempDirectory();
        var docs = WriteDocuments(temp);
        var template = OfficedxProcess.Run(temp.Path, "excel", "template", "--plan", RepositoryFiles.SamplePlan("akita"), "--department", "市民生活部市民課",
            "--out", Path.Combine(docs, "excel"));
        CliAssert.ExitCode(CliAssert.Success, template);
        var store = "sqlite:" + temp.File("store.db");

        var harvest = OfficedxProcess.Run(temp.Path, "harvest", "--source", docs, "--store", store, "--export", temp.File("export"));

        CliAssert.ExitCode(CliAssert.Success, harvest);
        CliAssert.StdOutContains(harvest, "取り込み 2 件", "submissions.csv");
        var csv = File.ReadAllText(Path.Combine(temp.File("export"), "submissions.csv"));
        StringAssert.Contains(csv, ",市民生活部市民課,excel/");
        StringAssert.Contains(csv, ",akita-1-02,");
    }

    [TestMethod]
    public void HarvestWithNeitherDocumentNorSourceIsBadInput()
    {
        using var temp = new TempDirectory();
        var result = OfficedxProcess.Run(temp.Path, "harvest");
        CliAssert.ExitCode(CliAssert.BadInput, result);
        CliAssert.StdErrContains(result, "--source");
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void ASinkThatIsNotASharePointListIsBadInputBeforeAnythingIsHarvested()
    {
        using var temp = new TempDirectory();
        var docs = WriteDocuments(temp);
        var result = OfficedxProcess.Run(temp.Path, "harvest", "--source", docs, "--store", "sqlite:" + temp.File("store.db"), "--sink", "sharepoint:contoso.sharepoint.com/sites/dx/Documents");
        CliAssert.ExitCode(CliAssert.BadInput, result);
        CliAssert.StdErrContains(result, "sharepoint-list:");
        CliAssert.NoStackTrace(result);
        Assert.IsFalse(File.Exists(temp.File("store.db")));
    }

    [TestMethod]
    public void AnUnreachablePostgresStoreIsBadInputWithoutThePassword()
    {
        using var temp = new TempDirectory();
        var docs = WriteDocuments(temp);
        var result = OfficedxProcess.Run(temp.Path, "harvest", "--source", docs, "--store", "postgres:Host=127.0.0.1;Port=1;Database=x;Username=u;Password=Pw-SECRET-1;Timeout=2");
        CliAssert.ExitCode(CliAssert.BadInput, result);
        CliAssert.StdErrContains(result, "127.0.0.1:1/x");
        Assert.IsFalse((result.StdOut + result.StdErr).Contains("Pw-SECRET-1", StringComparison.Ordinal), result.ToString());
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void StatusOfAMissingStoreSaysToHarvestFirst()
    {
        using var temp = new TempDirectory();
        var result = OfficedxProcess.Run(temp.Path, "status", "--store", "sqlite:" + temp.File("none.db"));
        CliAssert.ExitCode(CliAssert.BadInput, result);
        CliAssert.StdErrContains(result, "officedx harvest");
        Assert.IsFalse(File.Exists(temp.File("none.db")));
    }
}
