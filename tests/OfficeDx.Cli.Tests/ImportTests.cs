using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>officedx import: plans OfficeDx never touched come in as plan.json, with the profile chosen and a report of what could not be placed.</summary>
[TestClass]
public sealed class ImportTests
{
    private static string Seed(string name) => RepositoryFiles.Seed(name);

    [TestMethod]
    public void ImportingPdfTextWritesThePlanNamesTheProfileAndListsWhatWasNotPlaced()
    {
        using var temp = new TempDirectory();
        var output = temp.File("katagami.json");

        var result = OfficedxProcess.Run(temp.Path, "import", Seed("katagami-dx-plan-2023.txt"), "--out", output);

        CliAssert.ExitCode(1, result);
        CliAssert.StdOutContains(result, "施策 38 件", "用語 18 件");
        CliAssert.StdErrContains(result, "プロファイル katagami で読みました", "計画に入れられなかった箇所", "番目の段落");
        CliAssert.NoStackTrace(result);
        StringAssert.Contains(File.ReadAllText(output), "\"profile\": \"katagami\"");
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
