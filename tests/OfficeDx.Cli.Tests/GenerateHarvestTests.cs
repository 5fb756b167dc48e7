using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>officedx generate and harvest on the Akita sample, as a drafter runs them.</summary>
[TestClass]
public sealed class GenerateHarvestTests
{
    [TestMethod]
    public void GenerateThenHarvestGivesBackTheSamplePlanFileExactly()
    {
        using var temp = new TempDirectory();
        var plan = RepositoryFiles.SamplePlan("akita");
        var docx = temp.File("plan.docx");
        var harvested = temp.File("plan.harvested.json");

        var generate = OfficedxProcess.Run(temp.Path, "generate", "--plan", plan, "--out", docx);
        CliAssert.ExitCode(CliAssert.Success, generate);
        CliAssert.StdOutContains(generate, "施策 94 件");
        Assert.IsTrue(File.Exists(docx), generate.ToString());

        var harvest = OfficedxProcess.Run(temp.Path, "harvest", docx, "--out", harvested);
        CliAssert.ExitCode(CliAssert.Success, harvest);
        Assert.AreEqual("", harvest.StdErr, harvest.ToString());

        Assert.AreEqual(File.ReadAllText(plan), File.ReadAllText(harvested));
    }

    [TestMethod]
    public void HarvestWithoutOutWritesThePlanJsonToStandardOutput()
    {
        using var temp = new TempDirectory();
        var docx = temp.File("plan.docx");
        CliAssert.ExitCode(CliAssert.Success, OfficedxProcess.Run(temp.Path, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--out", docx));
        var toFile = OfficedxProcess.Run(temp.Path, "harvest", docx, "--out", temp.File("plan.json"));
        CliAssert.ExitCode(CliAssert.Success, toFile);

        var toStdout = OfficedxProcess.Run(temp.Path, "harvest", docx);

        CliAssert.ExitCode(CliAssert.Success, toStdout);
        Assert.AreEqual(File.ReadAllText(temp.File("plan.json")), toStdout.StdOut, "stdout is the plan JSON in UTF-8 and nothing else");
    }

    [TestMethod]
    public void RelativePathsAreResolvedAgainstTheWorkingDirectory()
    {
        using var temp = new TempDirectory();
        File.Copy(RepositoryFiles.SamplePlan("akita"), temp.File("plan.json"));

        CliAssert.ExitCode(CliAssert.Success, OfficedxProcess.Run(temp.Path, "generate", "--plan", "plan.json", "--out", Path.Combine("out", "plan.docx")));
        CliAssert.ExitCode(CliAssert.Success, OfficedxProcess.Run(temp.Path, "harvest", Path.Combine("out", "plan.docx"), "--out", Path.Combine("back", "plan.json")));

        Assert.AreEqual(File.ReadAllText(temp.File("plan.json")), File.ReadAllText(Path.Combine(temp.Path, "back", "plan.json")));
    }
}
