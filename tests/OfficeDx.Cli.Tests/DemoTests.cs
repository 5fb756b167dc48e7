using System.Text.RegularExpressions;
using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>officedx demo: every sample built, harvested and compared, in a folder of its own, ending with a status hint that works.</summary>
[TestClass]
public sealed partial class DemoTests
{
    [TestMethod]
    public void DemoWritesIntoAFreshFolderHarvestsOnlyThatAndItsStatusHintWorks()
    {
        using var temp = new TempDirectory();
        // Something already lying in ./out (an earlier run, a person's file) must not be harvested by the demo.
        var strayFolder = Directory.CreateDirectory(temp.File("out")).FullName;
        Assert.AreEqual(0, OfficedxProcess.Run(temp.Path, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--out", Path.Combine(strayFolder, "stray.docx")).ExitCode);
        var samples = Directory.GetFiles(RepositoryFiles.Samples, "plan.json", SearchOption.AllDirectories).Length;

        var result = OfficedxProcess.Run(temp.Path, "demo", "--samples", RepositoryFiles.Samples);

        CliAssert.ExitCode(CliAssert.Success, result);
        CliAssert.StdOutContains(result, "akita", "一致", "回収して保存しました", $"文書 {samples} 件");
        Assert.DoesNotContain("不一致", result.StdOut, result.ToString());
        var demoFolder = Assert.ContainsSingle(Directory.GetDirectories(strayFolder, "demo-*"), result.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(demoFolder, "akita", "plan.docx")), result.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(demoFolder, "akita", "plan.harvested.json")), result.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(demoFolder, "officedx.db")), result.ToString());

        var hint = StatusHint().Match(result.StdOut);
        Assert.IsTrue(hint.Success, "the demo ends with an officedx status hint" + Environment.NewLine + result);
        var status = OfficedxProcess.Run(temp.Path, "status", "--store", hint.Groups["store"].Value);
        CliAssert.ExitCode(CliAssert.Success, status);
        CliAssert.StdOutContains(status, "最近の回収", "完了");
    }

    [TestMethod]
    public void DemoRefusesAnOutputFolderThatIsNotEmpty()
    {
        using var temp = new TempDirectory();
        var output = Directory.CreateDirectory(temp.File("mine")).FullName;
        File.WriteAllText(Path.Combine(output, "notes.txt"), "keep me");

        var result = OfficedxProcess.Run(temp.Path, "demo", "--samples", RepositoryFiles.Samples, "--out", output);

        CliAssert.RejectedAsBadInput(result, output, "空ではありません");
        Assert.AreEqual("keep me", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.HasCount(1, Directory.GetFileSystemEntries(output));
    }

    [TestMethod]
    public void DemoWithoutPlanFilesIsBadInput()
    {
        using var temp = new TempDirectory();
        var empty = Directory.CreateDirectory(temp.File("samples")).FullName;

        var result = OfficedxProcess.Run(temp.Path, "demo", "--samples", empty, "--out", temp.File("out"));

        CliAssert.RejectedAsBadInput(result, empty, "plan.json がありません");
    }

    [GeneratedRegex(@"officedx status --store (?<store>sqlite:\S+)")]
    private static partial Regex StatusHint();
}
