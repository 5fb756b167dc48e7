using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OfficeDx.Cli.Tests.Support;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;
using OfficeDx.Testing.Hostile;

namespace OfficeDx.Cli.Tests.Hostile;

/// <summary>Issue 12 through the real officedx process: each hostile file ends with exit 2 (or 1 where a run goes on) and a Japanese message naming the file, the part and the limit.</summary>
[TestClass]
public sealed class HostileCliTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    [TestMethod]
    [DataRow("harvest")]
    [DataRow("import")]
    [DataRow("validate")]
    [DataRow("glossary")]
    public void DeeplyNestedContentControlsAreBadInputForEveryCommand(string command)
    {
        using var temp = new TempDirectory();
        var docx = temp.File("nested.docx");
        File.WriteAllBytes(docx, HostileFiles.NestedContentControls(25_000));
        string[] args = command switch
        {
            "harvest" => ["harvest", docx, "--out", temp.File("plan.json")],
            "import" => ["import", docx, "--out", temp.File("plan.json")],
            "glossary" => ["glossary", "check", docx],
            _ => ["validate", docx],
        };
        var result = OfficedxProcess.Run(temp.Path, Budget, args);
        CliAssert.RejectedAsBadInput(result, "nested.docx", "word/document.xml", "入れ子", "MaxXmlDepth = 128");
    }

    public static IEnumerable<object[]> DamagedPackages() =>
    [
        ["styles-missing", HostileFiles.MissingPart("word/styles.xml"), "部品のつながり"],
        ["core-missing", HostileFiles.MissingPart("docProps/core.xml"), "部品のつながり"],
        ["empty-rels", HostileFiles.EmptyRootRelationships(), "_rels/.rels"],
        ["garbage-custom-rels", HostileFiles.GarbageCustomPropertiesRelationship(), "部品のつながり"],
        ["unknown-compression", HostileFiles.UnknownCompression(), "圧縮方式"],
        ["duplicate-entry", HostileFiles.DuplicateEntry(), "同じ名前の部品 word/document.xml"],
        ["truncated", HostileFiles.Truncated(), "ZIP ファイルが壊れています"],
        ["bomb", HostileFiles.DeflateBomb(), "MaxPartBytes"],
        ["xxe", HostileFiles.ExternalEntity(), "DTD"],
    ];

    [TestMethod]
    [DynamicData(nameof(DamagedPackages))]
    public void ADamagedPackageIsBadInputNamingTheFile(string name, byte[] bytes, string reason)
    {
        using var temp = new TempDirectory();
        var docx = temp.File(name + ".docx");
        File.WriteAllBytes(docx, bytes);
        foreach (var args in new[] { new[] { "harvest", docx, "--out", temp.File("plan.json") }, ["validate", docx], ["import", docx, "--out", temp.File("plan.json")] })
        {
            var result = OfficedxProcess.Run(temp.Path, Budget, args);
            CliAssert.RejectedAsBadInput(result, name + ".docx", reason);
        }
    }

    [TestMethod]
    public void AFolderHarvestRecordsADamagedFileAndGoesOn()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.File("docs")).FullName;
        var plan = PlanFile.Load(RepositoryFiles.SamplePlan("hachinohe"));
        File.WriteAllBytes(Path.Combine(folder, "good.docx"), Documents.Writing.PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile)));
        File.WriteAllBytes(Path.Combine(folder, "nested.docx"), HostileFiles.NestedContentControls());
        File.WriteAllBytes(Path.Combine(folder, "garbage.docx"), HostileFiles.GarbageCustomPropertiesRelationship());

        var result = OfficedxProcess.Run(temp.Path, Budget, "harvest", "--source", folder, "--store", "sqlite:" + temp.File("store.db"));

        CliAssert.ExitCode(CliAssert.Problems, result);
        CliAssert.StdOutContains(result, "完了（読めないファイルあり）", "取り込み 3 件");
        CliAssert.StdErrContains(result, "nested.docx", "MaxXmlDepth", "garbage.docx", "部品のつながり");
        CliAssert.NoStackTrace(result);
        var status = OfficedxProcess.Run(temp.Path, Budget, "status", "--store", "sqlite:" + temp.File("store.db"));
        CliAssert.StdOutContains(status, "完了（読めないファイルあり）");
    }

    [TestMethod]
    public void ExcelCollectOfTheLastRowNumberEndsAndNamesTheCell()
    {
        using var temp = new TempDirectory();
        var plan = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));
        var department = "企画財政部情報統計課";
        var xlsx = ExcelTemplateWriter.Write(plan, ProfileLibrary.Load("akita"), department);
        var part = Regex.Match(HostileFiles.EntryText(xlsx, "xl/workbook.xml"), $"name=\"{ExcelLayout.MeasuresSheet}\"[^>]*r:id=\"rId(?<n>\\d+)\"").Groups["n"].Value;
        xlsx = HostileFiles.WithRows(xlsx, $"xl/worksheets/sheet{part}.xml", p => $"<{p}row r=\"2147483647\"><{p}c r=\"AAAAAAAAAAAAAAAA5\" t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");
        var folder = Directory.CreateDirectory(temp.File("returned")).FullName;
        File.WriteAllBytes(Path.Combine(folder, department + ".xlsx"), xlsx);

        var result = OfficedxProcess.Run(temp.Path, Budget, "excel", "collect", folder, "--plan", RepositoryFiles.SamplePlan("akita"),
            "--out", temp.File("next.json"), "--report", temp.File("report.json"));

        CliAssert.ExitCode(CliAssert.Problems, result);
        CliAssert.NoStackTrace(result);
        StringAssert.Contains(File.ReadAllText(temp.File("report.json")), $"{ExcelLayout.MeasuresSheet}!A2147483647");
    }

    [TestMethod]
    public void ANullMeasureInAPlanFileIsBadInputWithItsJsonPath()
    {
        using var temp = new TempDirectory();
        var plan = temp.File("plan.json");
        PlanText.Edit(RepositoryFiles.SamplePlan("akita"), plan, root => root["areas"]![0]!["measures"]!.AsArray().Add(null));
        var result = OfficedxProcess.Run(temp.Path, Budget, "generate", "--plan", plan, "--out", temp.File("plan.docx"));
        CliAssert.RejectedAsBadInput(result, plan, "$.areas[0].measures", "null は使えません");
    }

    [TestMethod]
    public void ANullTermInATermBaseIsBadInputNamingTheFile()
    {
        using var temp = new TempDirectory();
        var docx = temp.File("plan.docx");
        File.WriteAllBytes(docx, HostileFiles.Minimal("RPA を使う。"));
        var terms = temp.File("terms.json");
        File.WriteAllText(terms, """{ "terms": [ null ] }""");
        var result = OfficedxProcess.Run(temp.Path, Budget, "glossary", "check", docx, "--terms", terms);
        CliAssert.RejectedAsBadInput(result, terms, "$.terms", "null は使えません");
    }

    [TestMethod]
    public void AJobWithAMillionCharacterNameRunsAndIsListedByTheStartOfItsName()
    {
        // Fuzz run 7, #41031: the name was laid out whole in the results table and the failure lines, 5.4–9.7 s.
        using var temp = new TempDirectory();
        var manifest = temp.File("batch.json");
        var plan = RepositoryFiles.SamplePlan("akita").Replace("\\", "\\\\");
        File.WriteAllText(manifest, $$"""{ "jobs": [ { "name": "{{new string('施', 1_000_000)}}", "plan": "{{plan}}", "out": "out" }, { "name": "{{new string('策', 1_000_000)}}", "plan": "none.json", "out": "out2" } ] }""");

        var result = OfficedxProcess.Run(temp.Path, Budget, "batch", manifest);

        CliAssert.ExitCode(CliAssert.Problems, result);
        CliAssert.StdOutContains(result, "1 件完了、1 件失敗", new string('策', 40) + "…");
        Assert.IsLessThan(20_000, result.StdOut.Length, result.StdOut[..Math.Min(2_000, result.StdOut.Length)]);
        Assert.IsTrue(File.Exists(temp.File(Path.Combine("out", "plan.docx"))));
    }

    [TestMethod]
    public void ANullJobAndTwoSpellingsOfOneOutputAreRefusedBeforeAnyJobRuns()
    {
        using var temp = new TempDirectory();
        var manifest = temp.File("batch.json");
        File.WriteAllText(manifest, """{ "jobs": [ null ] }""");
        CliAssert.RejectedAsBadInput(OfficedxProcess.Run(temp.Path, Budget, "batch", manifest), manifest, "$.jobs", "null は使えません");

        var plan = RepositoryFiles.SamplePlan("akita").Replace("\\", "\\\\");
        File.WriteAllText(manifest, $$"""{ "jobs": [ { "name": "a", "plan": "{{plan}}", "out": "same" }, { "name": "b", "plan": "{{plan}}", "out": "./same" } ] }""");
        CliAssert.RejectedAsBadInput(OfficedxProcess.Run(temp.Path, Budget, "batch", manifest), manifest, "jobs[1].out", "同じフォルダ");
        Assert.IsFalse(Directory.Exists(temp.File("same")), "no job may run");

        File.WriteAllText(manifest, $$"""{ "jobs": [ { "name": "a", "plan": "{{plan}}", "out": "../outside-{{Path.GetFileName(temp.Path)}}" } ] }""");
        CliAssert.RejectedAsBadInput(OfficedxProcess.Run(temp.Path, Budget, "batch", manifest), manifest, "--allow-outside");
        var outside = Path.Combine(Path.GetDirectoryName(temp.Path)!, "outside-" + Path.GetFileName(temp.Path));
        try
        {
            CliAssert.ExitCode(CliAssert.Success, OfficedxProcess.Run(temp.Path, Budget, "batch", manifest, "--allow-outside"));
            Assert.IsTrue(File.Exists(Path.Combine(outside, "plan.docx")));
        }
        finally
        {
            if (Directory.Exists(outside)) Directory.Delete(outside, recursive: true);
        }
    }

    [TestMethod]
    public void AProfilePathInAPlanFileIsRefusedWithoutReadingIt()
    {
        using var temp = new TempDirectory();
        var secret = temp.File("secret.json");
        File.WriteAllText(secret, """{ "name": "DB_PASSWORD=hunter2" }""");
        var plan = temp.File("plan.json");
        PlanText.Edit(RepositoryFiles.SamplePlan("akita"), plan, root => root["profile"] = secret);
        var result = OfficedxProcess.Run(temp.Path, Budget, "generate", "--plan", plan, "--out", temp.File("plan.docx"));
        CliAssert.RejectedAsBadInput(result, "$.profile", "パスの形をしています");
        Assert.DoesNotContain("hunter2", result.StdErr);
    }

    [TestMethod]
    public void ASharePointSignInFailureIsBadInputInJapanese()
    {
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string>
        {
            ["OFFICEDX_AUTH"] = "workload-identity",
            ["OFFICEDX_TENANT_ID"] = "00000000-0000-0000-0000-000000000000",
            ["OFFICEDX_CLIENT_ID"] = "11111111-1111-1111-1111-111111111111",
            ["AZURE_FEDERATED_TOKEN_FILE"] = "",
            ["OFFICEDX_GRAPH_BASE_URL"] = "",
        };
        var result = OfficedxProcess.Run(temp.Path, Budget, environment, "harvest", "--source", "sharepoint:contoso.sharepoint.com/sites/dx/Documents/plans",
            "--store", "sqlite:" + temp.File("store.db"));
        CliAssert.ExitCode(CliAssert.BadInput, result);
        CliAssert.StdErrContains(result, "サインインに使える認証情報がありません", "OFFICEDX_AUTH");
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void LimitsComeFromTheEnvironmentAndABadValueIsBadInput()
    {
        using var temp = new TempDirectory();
        var docx = temp.File("small.docx");
        File.WriteAllBytes(docx, HostileFiles.NestedContentControls(20));
        var tight = OfficedxProcess.Run(temp.Path, Budget, new Dictionary<string, string> { ["OfficeDx__Limits__MaxXmlDepth"] = "10" }, "validate", docx);
        CliAssert.RejectedAsBadInput(tight, "small.docx", "MaxXmlDepth = 10");
        var wrong = OfficedxProcess.Run(temp.Path, Budget, new Dictionary<string, string> { ["OfficeDx__Limits__MaxXmlDepth"] = "深い" }, "validate", docx);
        CliAssert.ExitCode(CliAssert.BadInput, wrong);
        CliAssert.StdErrContains(wrong, "OfficeDx:Limits", "MaxXmlDepth");
    }
}
