using System.IO.Compression;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>Every kind of bad input ends with exit code 2 and a Japanese message naming the file — never a stack trace.</summary>
[TestClass]
public sealed class BadInputTests
{
    [TestMethod]
    public void TruncatedPlanFileIsReportedAsInvalidJsonWithItsLine()
    {
        using var temp = new TempDirectory();
        var text = File.ReadAllText(RepositoryFiles.SamplePlan("akita"));
        var plan = temp.File("truncated.json");
        File.WriteAllText(plan, text[..(text.Length / 2)]);

        var result = Generate(temp, plan);

        CliAssert.RejectedAsBadInput(result, plan, "JSON が途中で終わっています", "行目");
    }

    [TestMethod]
    public void UnknownPhaseIsReportedWithTheAllowedPhasesAndItsJsonPath()
    {
        using var temp = new TempDirectory();
        var plan = temp.File("phase.json");
        PlanText.Edit(RepositoryFiles.SamplePlan("akita"), plan, root => Measure(root, 0, 2)["schedule"]![0]!["phase"] = "継続");

        var result = Generate(temp, plan);

        CliAssert.RejectedAsBadInput(result, plan,
            "$.areas[0].measures[2].schedule[0].phase",
            "不明なフェーズ「継続」",
            "preparation（準備・検討）", "implementation（実施）", "continuation（継続実施）");
    }

    [TestMethod]
    public void MessagesAreNotWrappedWhenStandardErrorIsRedirected()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "令和7年度デジタル化推進計画改訂作業フォルダ", "各課からの回答を取りまとめた計画ファイル")).FullName;
        var plan = Path.Combine(folder, "plan.json");
        PlanText.Edit(RepositoryFiles.SamplePlan("akita"), plan, root => Measure(root, 0, 2)["schedule"]![0]!["phase"] = "継続");

        var result = Generate(temp, plan);

        CliAssert.ExitCode(CliAssert.BadInput, result);
        var lines = result.StdErr.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(2, lines, result.ToString());
        Assert.AreEqual($"エラー 計画ファイル {plan} に 1 件の問題があります:", lines[0]);
        Assert.StartsWith("$.areas[0].measures[2].schedule[0].phase (", lines[1]);
        Assert.EndsWith("continuation（継続実施） です。", lines[1]);
    }

    [TestMethod]
    public void FiscalYearOutsideThePlanPeriodIsReportedWithItsJsonPath()
    {
        using var temp = new TempDirectory();
        var plan = temp.File("year.json");
        PlanText.Edit(RepositoryFiles.SamplePlan("akita"), plan, root => Measure(root, 0, 0)["schedule"]![0]!["fiscalYear"] = 2030);

        var result = Generate(temp, plan);

        CliAssert.RejectedAsBadInput(result, plan,
            "$.areas[0].measures[0].schedule[0].fiscalYear",
            "令和12年度は計画期間（令和3年度～令和5年度）の外です");
    }

    [TestMethod]
    public void DuplicateMeasureIdIsReportedWithBothPlaces()
    {
        using var temp = new TempDirectory();
        var plan = temp.File("duplicate.json");
        PlanText.Edit(RepositoryFiles.SamplePlan("akita"), plan, root => Measure(root, 0, 1)["id"] = "akita-1-01");

        var result = Generate(temp, plan);

        CliAssert.RejectedAsBadInput(result, plan,
            "$.areas[0].measures[1].id",
            "施策ID「akita-1-01」が重複しています",
            "$.areas[0].measures[0]");
    }

    [TestMethod]
    public void MissingPlanFileIsReportedAsNotFound()
    {
        using var temp = new TempDirectory();
        var plan = temp.File("missing.json");

        var result = Generate(temp, plan);

        CliAssert.RejectedAsBadInput(result, plan, "ファイルが見つかりません");
        Assert.IsFalse(File.Exists(temp.File("plan.docx")), "no document is written for a bad plan");
    }

    [TestMethod]
    public void InvalidPlanWritesNoDocument()
    {
        using var temp = new TempDirectory();
        var plan = temp.File("phase.json");
        PlanText.Edit(RepositoryFiles.SamplePlan("akita"), plan, root => Measure(root, 0, 2)["schedule"]![0]!["phase"] = "継続");

        CliAssert.ExitCode(CliAssert.BadInput, Generate(temp, plan));

        Assert.IsFalse(File.Exists(temp.File("plan.docx")));
    }

    [TestMethod]
    public void HarvestOfATextFileRenamedToDocxSaysItIsNotAZip()
    {
        using var temp = new TempDirectory();
        var docx = temp.File("notes.docx");
        File.WriteAllText(docx, "これは Word 文書ではなく、ただのテキストです。\n");

        var result = OfficedxProcess.Run(temp.Path, "harvest", docx, "--out", temp.File("plan.json"));

        CliAssert.RejectedAsBadInput(result, docx, "Word 文書（.docx）ではありません", "ZIP ではありません");
        Assert.IsFalse(File.Exists(temp.File("plan.json")));
    }

    [TestMethod]
    public void HarvestOfAZipThatIsNotAWordDocumentIsRejected()
    {
        using var temp = new TempDirectory();
        var docx = temp.File("archive.docx");
        using (var zip = ZipFile.Open(docx, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        var result = OfficedxProcess.Run(temp.Path, "harvest", docx);

        CliAssert.RejectedAsBadInput(result, docx, "ZIP ファイルですが Word 文書ではありません");
        Assert.AreEqual("", result.StdOut, "no plan JSON is written for a file that is not a Word document");
    }

    [TestMethod]
    public void HarvestOfAPasswordProtectedDocumentAsksToRemoveThePassword()
    {
        using var temp = new TempDirectory();
        var docx = temp.File("protected.docx");
        // An encrypted .docx is an OLE compound file, as is an old .doc.
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        File.WriteAllBytes(docx, [.. signature, .. new byte[504]]);

        var result = OfficedxProcess.Run(temp.Path, "harvest", docx);

        CliAssert.RejectedAsBadInput(result, docx, "パスワード", "Word 文書（*.docx）");
    }

    [TestMethod]
    public void HarvestOfAMacroEnabledDocumentIsRefused()
    {
        using var temp = new TempDirectory();
        var docm = temp.File("macro.docm");
        using (var document = WordprocessingDocument.Create(docm, WordprocessingDocumentType.MacroEnabledDocument))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("マクロ付き")))));
        }

        var result = OfficedxProcess.Run(temp.Path, "harvest", docm);

        CliAssert.RejectedAsBadInput(result, docm, "マクロ付きの文書");
    }

    [TestMethod]
    public void HarvestOfAMissingDocumentIsReportedAsNotFound()
    {
        using var temp = new TempDirectory();
        var docx = temp.File("missing.docx");

        var result = OfficedxProcess.Run(temp.Path, "harvest", docx);

        CliAssert.RejectedAsBadInput(result, docx, "ファイルが見つかりません");
    }

    [TestMethod]
    public void ValidateOfAFileThatIsNotAWordDocumentIsBadInput()
    {
        using var temp = new TempDirectory();
        var docx = temp.File("notes.docx");
        File.WriteAllText(docx, "text");

        var result = OfficedxProcess.Run(temp.Path, "validate", docx);

        CliAssert.RejectedAsBadInput(result, docx, "ZIP ではありません");
    }

    [TestMethod]
    public void UnknownProfileIsReportedWithTheProfilesThatExist()
    {
        using var temp = new TempDirectory();

        var result = OfficedxProcess.Run(temp.Path, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--out", temp.File("plan.docx"), "--profile", "nagoya");

        CliAssert.RejectedAsBadInput(result, "nagoya", "プロファイル「nagoya」はありません", "akita");
    }

    [TestMethod]
    public void MissingProfileFileIsReportedInJapaneseWithItsPath()
    {
        using var temp = new TempDirectory();
        var profile = temp.File("nagoya.json");

        var result = OfficedxProcess.Run(temp.Path, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--out", temp.File("plan.docx"), "--profile", profile);

        CliAssert.RejectedAsBadInput(result, profile, "プロファイルのファイルがありません");
        StringAssert.DoesNotMatch(result.StdErr, new System.Text.RegularExpressions.Regex("Could not find"));
    }

    [TestMethod]
    [DataRow("generate", "--plan", "plan.json")]
    [DataRow("harvest")]
    [DataRow("harvest", "plan.docx", "--unknown")]
    [DataRow("bogus")]
    public void CommandLineMistakesAreBadInputNotProblemsFound(params string[] args)
    {
        using var temp = new TempDirectory();

        var result = OfficedxProcess.Run(temp.Path, args);

        CliAssert.ExitCode(CliAssert.BadInput, result);
        Assert.AreNotEqual("", result.StdErr.Trim(), result.ToString());
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    [DataRow("--help")]
    [DataRow("harvest", "--help")]
    public void HelpIsNotAMistake(params string[] args)
    {
        using var temp = new TempDirectory();

        var result = OfficedxProcess.Run(temp.Path, args);

        CliAssert.ExitCode(CliAssert.Success, result);
        CliAssert.StdOutContains(result, "Word 文書");
    }

    private static OfficedxResult Generate(TempDirectory temp, string plan) =>
        OfficedxProcess.Run(temp.Path, "generate", "--plan", plan, "--out", temp.File("plan.docx"));

    private static JsonNode Measure(JsonNode plan, int area, int measure) => plan["areas"]![area]!["measures"]![measure]!;
}
