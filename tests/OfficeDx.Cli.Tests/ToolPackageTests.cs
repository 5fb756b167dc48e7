using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>officedx packed as a .NET tool, installed from the local package into a temporary tool path, and run from there.</summary>
[TestClass]
public sealed class ToolPackageTests
{
    [TestMethod]
    public void TheInstalledToolAnswersItsVersion()
    {
        using var temp = new TempDirectory();
        var result = InstalledTool.Run(temp.Path, TimeSpan.FromMinutes(1), "--version");

        CliAssert.ExitCode(CliAssert.Success, result);
        var expected = typeof(CliApplication).Assembly.GetName().Version!;
        StringAssert.StartsWith(result.StdOut.Trim(), $"{expected.Major}.{expected.Minor}.{expected.Build}", result.ToString());
    }

    [TestMethod]
    public void TheInstalledToolRunsTheDemoFromItsOwnSamplesInAnEmptyFolder()
    {
        // An empty folder far from the repository: the samples can only come from inside the installed package.
        using var temp = new TempDirectory();
        var result = InstalledTool.Run(temp.Path, TimeSpan.FromMinutes(3), "demo");

        CliAssert.ExitCode(CliAssert.Success, result);
        CliAssert.StdOutContains(result, "akita", "katagami", "hachinohe", "一致");
        Assert.IsFalse(result.StdOut.Contains("不一致", StringComparison.Ordinal), result.ToString());
        // The demo writes into a fresh folder of its own (out/demo-<date-time>).
        var demoFolder = Assert.ContainsSingle(Directory.GetDirectories(Path.Combine(temp.Path, "out"), "demo-*"), result.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(demoFolder, "akita", "plan.docx")), result.ToString());
    }
}
