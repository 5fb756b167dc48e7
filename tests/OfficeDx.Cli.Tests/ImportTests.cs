using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>officedx import: plans OfficeDx never touched come in as plan.json, with the profile chosen and a report of what could not be placed.</summary>
[TestClass]
public sealed class ImportTests
{
    private static string Seed(string name) => RepositoryFiles.Seed(name);

    [TestMethod]
    public void ImportingPdfTextWritesThePlanAndNamesTheProfile_and_katagami_loses_nothing()
    {
        using var temp = new TempDirectory();
        var output = temp.File("katagami.json");

        var result = OfficedxProcess.Run(temp.Path, "import", Seed("katagami-dx-plan-2023.txt"), "--out", output);

        // Everything the plan has no place for is outside the measures' chapters (背景, 現状と課題): skipped, not lost, so exit 0.
        CliAssert.ExitCode(0, result);
        CliAssert.StdOutContains(result, "施策 38 件", "用語 18 件");
        CliAssert.StdErrContains(result, "プロファイル katagami で読みました");
        Assert.IsFalse(result.StdErr.Contains("計画に入れられなかった箇所", StringComparison.Ordinal), result.StdErr);
        CliAssert.NoStackTrace(result);
        StringAssert.Contains(File.ReadAllText(output), "\"profile\": \"katagami\"");
    }

    [TestMethod]
    public void The_report_file_lists_every_finding_with_its_place_and_kind_and_exit_1_means_a_real_loss()
    {
        using var temp = new TempDirectory();

        var result = OfficedxProcess.Run(temp.Path, "import", Seed("akita-plan-2021-rev2023.txt"), "--out", "akita.json", "--report", "report.json");

        var report = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(temp.File("report.json")))!;
        var findings = report["findings"]!.AsArray();
        var lost = findings.Count(f => f!["kind"]!.GetValue<string>() == "lost");
        var uncertain = findings.Count(f => f!["kind"]!.GetValue<string>() == "uncertain");
        Assert.AreEqual(lost, report["counts"]!["lost"]!.GetValue<int>());
        Assert.IsGreaterThan(0, uncertain, "the Akita arrow rows read by their extent are uncertain readings");
        Assert.IsTrue(findings.All(f => f!["place"]!.GetValue<string>().Length > 0));
        CliAssert.ExitCode(lost > 0 ? 1 : 0, result);
        var text = File.ReadAllText(temp.File("report.txt"));
        StringAssert.Contains(text, "推測で読んだ");
        StringAssert.Contains(text, $"推測で読んだ箇所 {uncertain} 件");
        // Uncertain readings go to the report, not to stderr line by line.
        Assert.IsFalse(result.StdErr.Contains(findings.First(f => f!["kind"]!.GetValue<string>() == "uncertain")!["message"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [TestMethod]
    public void ImportingAMissingFileIsBadInput()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("none.docx");

        var result = OfficedxProcess.Run(temp.Path, "import", missing);

        CliAssert.RejectedAsBadInput(result, missing, "ファイルが見つかりません");
    }
}
