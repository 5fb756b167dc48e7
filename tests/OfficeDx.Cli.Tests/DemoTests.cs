using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>officedx demo: every sample built, harvested and compared.</summary>
[TestClass]
public sealed class DemoTests
{
    [TestMethod]
    public void DemoBuildsEverySampleAndReportsThatEachMatches()
    {
        using var temp = new TempDirectory();
        var output = temp.File("out");

        var result = OfficedxProcess.Run(temp.Path, "demo", "--samples", RepositoryFiles.Samples, "--out", output);

        CliAssert.ExitCode(CliAssert.Success, result);
        CliAssert.StdOutContains(result, "akita", "一致", output);
        Assert.IsFalse(result.StdOut.Contains("不一致", StringComparison.Ordinal), result.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(output, "akita", "plan.docx")), result.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(output, "akita", "plan.harvested.json")), result.ToString());
    }

    [TestMethod]
    public void DemoWithoutPlanFilesIsBadInput()
    {
        using var temp = new TempDirectory();
        var empty = Directory.CreateDirectory(temp.File("samples")).FullName;

        var result = OfficedxProcess.Run(temp.Path, "demo", "--samples", empty, "--out", temp.File("out"));

        CliAssert.RejectedAsBadInput(result, empty, "plan.json がありません");
    }
}
