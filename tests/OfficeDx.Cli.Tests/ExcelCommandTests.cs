using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>officedx excel template and collect on the Akita sample, as the DX office runs them.</summary>
[TestClass]
public sealed class ExcelCommandTests
{
    [TestMethod]
    public void TemplatesForAllDepartmentsCollectedWithoutEditsGiveBackThePlanAndAnEmptyReport()
    {
        using var temp = new TempDirectory();
        var plan = RepositoryFiles.SamplePlan("akita");
        var dir = temp.File("workbooks");

        var template = OfficedxProcess.Run(temp.Path, "excel", "template", "--plan", plan, "--all", "--out", dir, "--deadline", "2026-01-30");
        CliAssert.ExitCode(CliAssert.Success, template);
        CliAssert.StdOutContains(template, "デジタル化推進本部.xlsx（施策 11 件）");
        Assert.HasCount(45, Directory.GetFiles(dir, "*.xlsx"));

        var collect = OfficedxProcess.Run(temp.Path, "excel", "collect", dir, "--plan", plan, "--out", temp.File("plan.next.json"), "--report", temp.File("report.csv"));
        CliAssert.ExitCode(CliAssert.Success, collect);
        CliAssert.StdOutContains(collect, "ブック 45 件", "反映 0 件", "却下 0 件");
        Assert.AreEqual(File.ReadAllText(plan), File.ReadAllText(temp.File("plan.next.json")));
        Assert.HasCount(1, File.ReadAllLines(temp.File("report.csv")), "header only");
    }

    [TestMethod]
    public void CollectReportsAFileThatIsNotAWorkbookByNameAndExitsWithProblems()
    {
        using var temp = new TempDirectory();
        var plan = RepositoryFiles.SamplePlan("akita");
        var dir = temp.File("workbooks");
        CliAssert.ExitCode(CliAssert.Success, OfficedxProcess.Run(temp.Path, "excel", "template", "--plan", plan, "--department", "市民生活部市民課", "--out", dir));
        File.WriteAllText(Path.Combine(dir, "メモ.txt"), "回答は後日送ります");

        var collect = OfficedxProcess.Run(temp.Path, "excel", "collect", dir, "--plan", plan, "--out", temp.File("plan.next.json"), "--report", temp.File("report.json"));

        CliAssert.ExitCode(CliAssert.Problems, collect);
        CliAssert.StdErrContains(collect, "メモ.txt", "Excel ブック（.xlsx）ではありません");
        CliAssert.NoStackTrace(collect);
        StringAssert.Contains(File.ReadAllText(temp.File("report.json")), "メモ.txt");
        Assert.AreEqual(File.ReadAllText(plan), File.ReadAllText(temp.File("plan.next.json")));
    }

    [TestMethod]
    public void TemplateNeedsExactlyOneOfDepartmentAndAll()
    {
        using var temp = new TempDirectory();
        var result = OfficedxProcess.Run(temp.Path, "excel", "template", "--plan", RepositoryFiles.SamplePlan("akita"), "--out", temp.File("out"));
        CliAssert.ExitCode(CliAssert.BadInput, result);
        CliAssert.StdErrContains(result, "--department 課名 か --all");
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void AnUnknownDepartmentIsBadInputListingTheDepartments()
    {
        using var temp = new TempDirectory();
        var result = OfficedxProcess.Run(temp.Path, "excel", "template", "--plan", RepositoryFiles.SamplePlan("akita"), "--department", "存在しない課", "--out", temp.File("out"));
        CliAssert.ExitCode(CliAssert.BadInput, result);
        CliAssert.StdErrContains(result, "存在しない課", "デジタル化推進本部");
    }

    [TestMethod]
    public void AReportWithAnUnknownExtensionIsBadInput()
    {
        using var temp = new TempDirectory();
        var result = OfficedxProcess.Run(temp.Path, "excel", "collect", temp.Path, "--plan", RepositoryFiles.SamplePlan("akita"), "--out", temp.File("p.json"), "--report", temp.File("report.txt"));
        CliAssert.ExitCode(CliAssert.BadInput, result);
        CliAssert.StdErrContains(result, ".json・.csv・.xlsx");
    }
}
