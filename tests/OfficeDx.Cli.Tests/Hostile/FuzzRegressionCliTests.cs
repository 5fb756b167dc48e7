using System.Text;
using System.Text.RegularExpressions;
using OfficeDx.Cli.Tests.Support;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;
using OfficeDx.Testing.Hostile;

namespace OfficeDx.Cli.Tests.Hostile;

/// <summary>
/// The command line's half of the fuzz bugs of docs/reliability.md (seed 1) and of the entry points fuzzed since: each rebuilt
/// small, through the real officedx process, must end with exit 2 (1 where a run goes on) and a Japanese message naming the file and place.
/// </summary>
[TestClass]
public sealed class FuzzRegressionCliTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);
    private static readonly Regex EnglishSentence = new("[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}");

    [TestMethod]
    public void ExcelCollectOfARowNumberPastUInt32RejectsTheWorkbookInsteadOfExit70()
    {
        // #31: OverflowException (UInt32), exit 70.
        using var temp = new TempDirectory();
        var plan = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));
        const string department = "企画財政部情報統計課";
        var xlsx = ExcelTemplateWriter.Write(plan, ProfileLibrary.Load("akita"), department);
        var part = Regex.Match(HostileFiles.EntryText(xlsx, "xl/workbook.xml"), $"name=\"{ExcelLayout.MeasuresSheet}\"[^>]*r:id=\"rId(?<n>\\d+)\"").Groups["n"].Value;
        xlsx = HostileFiles.WithRows(xlsx, $"xl/worksheets/sheet{part}.xml", p => $"<{p}row r=\"99999999999\"><{p}c t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");
        var folder = Directory.CreateDirectory(temp.File("returned")).FullName;
        File.WriteAllBytes(Path.Combine(folder, department + ".xlsx"), xlsx);

        var result = OfficedxProcess.Run(temp.Path, Budget, "excel", "collect", folder, "--plan", RepositoryFiles.SamplePlan("akita"),
            "--out", temp.File("next.json"), "--report", temp.File("report.json"));

        CliAssert.ExitCode(CliAssert.Problems, result);
        CliAssert.NoStackTrace(result);
        StringAssert.Contains(File.ReadAllText(temp.File("report.json")), $"{ExcelLayout.MeasuresSheet}!A99999999999");
    }

    [TestMethod]
    public void GlossaryRefreshOfAContentTypeThatIsNotAPartNameIsBadInputInJapanese()
    {
        // #66: exit 2 with System.IO.Packaging's English UriFormatException text.
        using var temp = new TempDirectory();
        var docx = temp.File("area.docx");
        File.WriteAllBytes(docx, HostileFiles.ForeignPartName());
        var result = OfficedxProcess.Run(temp.Path, Budget, "glossary", "refresh", docx, "--out", temp.File("out.docx"));
        CliAssert.RejectedAsBadInput(result, "area.docx", "[Content_Types].xml", "odx:area:");
        Assert.DoesNotMatchRegex(EnglishSentence, result.StdErr);
    }

    [TestMethod]
    [DataRow("bad-escape", "{ \"id\": \"a\\uZZZZ\" }")]
    [DataRow("truncated", "{ \"id\": \"akita-2021\", \"ar")]
    [DataRow("deep", "{ \"areas\": " + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[" + " }")]
    public void AMalformedPlanIsBadInputInJapaneseWithLineAndByte(string name, string json)
    {
        // #235: generate quoted System.Text.Json's English sentence.
        using var temp = new TempDirectory();
        var plan = temp.File(name + ".json");
        File.WriteAllText(plan, json);
        var result = OfficedxProcess.Run(temp.Path, Budget, "generate", "--plan", plan, "--out", temp.File("out.docx"));
        CliAssert.RejectedAsBadInput(result, name + ".json", "行目", "バイト目");
        Assert.DoesNotMatchRegex(EnglishSentence, result.StdErr.Replace(plan, ""));
    }

    [TestMethod]
    public void InvalidUtf8InATermBaseIsBadInputInJapanese()
    {
        using var temp = new TempDirectory();
        var terms = temp.File("terms.json");
        File.WriteAllBytes(terms, [.. "{ \"terms\": [ { \"term\": \"A"u8, 0xff, 0xfe, .. "\", \"definition\": \"x\" } ] }"u8]);
        var docx = temp.File("plain.docx");
        File.WriteAllBytes(docx, HostileFiles.Minimal());
        var result = OfficedxProcess.Run(temp.Path, Budget, "glossary", "check", docx, "--terms", terms);
        CliAssert.RejectedAsBadInput(result, "terms.json", "UTF-8", "行目");
        Assert.DoesNotMatchRegex(EnglishSentence, result.StdErr.Replace(terms, ""));
    }

    [TestMethod]
    public void APlainTextPastItsLimitIsRefusedBeforeItIsRead()
    {
        using var temp = new TempDirectory();
        var text = temp.File("huge.txt");
        File.WriteAllText(text, new string('施', 400_000));
        var result = OfficedxProcess.Run(temp.Path, Budget, "import", text, "--out", temp.File("plan.json"));
        CliAssert.RejectedAsBadInput(result, "huge.txt", "MaxTextBytes = 1,048,576");
    }

    [TestMethod]
    public void AnImportWithOneLineRepeatedThousandsOfTimesQuotesAScreenfulNotTheWholeText()
    {
        // Short run #736 (seed 20261202): a seed text with one table line repeated 4,841 times; the one unread block of 100 KB
        // was quoted whole on standard error, and Spectre.Console's line measuring took 8 s over it.
        using var temp = new TempDirectory();
        var lines = File.ReadAllLines(RepositoryFiles.Seed("hachinohe-digital-plan-2022.txt")).ToList();
        var table = lines.FindIndex(l => l.Contains('\t', StringComparison.Ordinal));
        lines.InsertRange(table, Enumerable.Repeat(lines[table], 5_000));
        var text = temp.File("repeated.txt");
        File.WriteAllLines(text, lines);

        var result = OfficedxProcess.Run(temp.Path, Budget, "import", text, "--out", temp.File("plan.json"));

        var stderr = result.StdErr.Split('\n');
        Assert.IsLessThan(80, stderr.Length, result.StdErr[..Math.Min(2_000, result.StdErr.Length)]);
        Assert.IsTrue(stderr.All(l => l.Length < 1_000), "each unread place is quoted shortened");
    }

    [TestMethod]
    public void ABrokenProfileInAProfileFolderIsBadInputNamingItsFile()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.File("profiles")).FullName;
        File.WriteAllBytes(Path.Combine(folder, "mycity.json"), [.. "{ \"name\": \"mycity\", \"displayName\": \"A"u8, 0xff, .. "\" "u8]);
        var result = OfficedxProcess.Run(temp.Path, Budget, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--profiles", folder, "--profile", "mycity", "--out", temp.File("out.docx"));
        CliAssert.RejectedAsBadInput(result, "mycity.json", "行目");
        Assert.DoesNotMatchRegex(EnglishSentence, result.StdErr.Replace(folder, ""));
    }

    [TestMethod]
    public void ABrokenProfileInAProfileFolderDoesNotStopACommandThatReadsNoneOfIt()
    {
        // The folder's profiles are read when a command loads one (about 0.15 s of every start before): validate and a plan in a
        // shipped profile go on; the broken file is reported by the command that names it (the test above).
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.File("profiles")).FullName;
        File.WriteAllBytes(Path.Combine(folder, "mycity.json"), [.. "{ \"name\": \"mycity\", \"displayName\": \"A"u8, 0xff, .. "\" "u8]);
        var generated = OfficedxProcess.Run(temp.Path, Budget, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--profiles", folder, "--out", temp.File("out.docx"));
        CliAssert.ExitCode(CliAssert.Success, generated);
        var validated = OfficedxProcess.Run(temp.Path, Budget, "validate", temp.File("out.docx"), "--profiles", folder);
        CliAssert.ExitCode(CliAssert.Success, validated);
    }

    [TestMethod]
    [DataRow("javascript:alert(1)")]
    [DataRow("https://exa mple.jp")]
    [DataRow("../../etc/passwd")]
    public void AHostileBaseUrlForTheManifestIsBadInputInJapanese(string url)
    {
        using var temp = new TempDirectory();
        var result = OfficedxProcess.Run(temp.Path, Budget, "manifest", "--base-url", url, "--out", temp.File("manifest.xml"));
        CliAssert.ExitCode(2, result);
        CliAssert.NoStackTrace(result);
        Assert.DoesNotMatchRegex(EnglishSentence, result.StdErr);
        Assert.IsFalse(File.Exists(temp.File("manifest.xml")));
    }

    [TestMethod]
    [DataRow("store:sqlite:STORE#'; DROP TABLE plans; --", "2024")]
    [DataRow("store:sqlite:STORE#akita-2021", "令和99999年度")]
    [DataRow("store:sqlite:NOTADB#x", "2024")]
    public void AHostileReportProgressRequestIsBadInputInJapanese(string plan, string year)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("notadb.db"), "これは SQLite のファイルではありません");
        var result = OfficedxProcess.Run(temp.Path, Budget, "report", "progress", "--plan", plan.Replace("STORE", temp.File("store.db")).Replace("NOTADB", temp.File("notadb.db")), "--year", year, "--out", temp.File("report.docx"));
        CliAssert.ExitCode(2, result);
        CliAssert.NoStackTrace(result);
        Assert.DoesNotMatchRegex(EnglishSentence, result.StdErr.Replace(temp.Path, ""));
    }
}
