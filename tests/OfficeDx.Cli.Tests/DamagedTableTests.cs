using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>A damaged measure table is reported by its measure id and left out; every other measure is still harvested.</summary>
[TestClass]
public sealed class DamagedTableTests
{
    private const string Damaged = "akita-1-03";

    [TestMethod]
    public void TableWithoutItsNameControlIsReportedAndEveryOtherMeasureIsHarvested()
    {
        using var temp = new TempDirectory();
        var docx = Generate(temp);
        WordEdits.Edit(docx, body => WordEdits.Control(WordEdits.Measure(body, Damaged), "odx:field:name").Remove());

        var result = OfficedxProcess.Run(temp.Path, "harvest", docx, "--out", temp.File("x.json"));

        AssertOnlyTheDamagedMeasureIsMissing(temp, result, "の欄が見つかりません");
    }

    [TestMethod]
    public void TableWithAnUnreadablePhaseIsReportedAndEveryOtherMeasureIsHarvested()
    {
        using var temp = new TempDirectory();
        var docx = Generate(temp);
        WordEdits.Edit(docx, body => WordEdits.SetParagraphText(WordEdits.Control(WordEdits.Measure(body, Damaged), "odx:phase:2022"), "継続"));

        var result = OfficedxProcess.Run(temp.Path, "harvest", docx, "--out", temp.File("x.json"));

        AssertOnlyTheDamagedMeasureIsMissing(temp, result, "工程「継続」は読めません", "準備・検討", "継続実施");
    }

    private static void AssertOnlyTheDamagedMeasureIsMissing(TempDirectory temp, OfficedxResult result, params string[] reasons)
    {
        CliAssert.ExitCode(CliAssert.Problems, result);
        CliAssert.StdErrContains(result, $"ID {Damaged}", "読み込みませんでした");
        CliAssert.StdErrContains(result, reasons);
        CliAssert.NoStackTrace(result);

        var original = PlanText.MeasureIds(File.ReadAllText(RepositoryFiles.SamplePlan("akita")));
        Assert.HasCount(94, original);
        var harvested = PlanText.MeasureIds(File.ReadAllText(temp.File("x.json")));
        Assert.HasCount(93, harvested, result.ToString());
        CollectionAssert.AreEqual(original.Where(id => id != Damaged).ToList(), harvested.ToList());
    }

    private static string Generate(TempDirectory temp)
    {
        var docx = temp.File("plan.docx");
        CliAssert.ExitCode(CliAssert.Success, OfficedxProcess.Run(temp.Path, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--out", docx));
        return docx;
    }
}
