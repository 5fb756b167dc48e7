using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OfficeDx.Cli.Tests.Support;
using OfficeDx.Testing.Hostile;

namespace OfficeDx.Cli.Tests.Hostile;

/// <summary>
/// The command line's bugs of the third long fuzz run (seed 1, docs/reliability.md), each rebuilt from a sample, through the real
/// officedx process: refused with exit 2 and a short Japanese message naming the file, the place and the limit, before the work
/// that needed seconds or gigabytes.
/// </summary>
[TestClass]
public sealed class ThirdRunFuzzRegressionCliTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);
    private static readonly Regex EnglishSentence = new("[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}");

    /// <summary>Japanese written as it is (UTF-8, 3 bytes a character), not as \uXXXX escapes (6 bytes), as a person's editor writes it.</summary>
    private static readonly JsonSerializerOptions AsWritten = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string ShippedProfile(string name) => Path.Combine(RepositoryFiles.Root, "templates", "profiles", name + ".json");

    private static OfficedxResult GenerateWithProfile(TempDirectory temp, JsonNode profile)
    {
        var folder = Directory.CreateDirectory(temp.File("profiles")).FullName;
        File.WriteAllText(Path.Combine(folder, "fuzz.json"), profile.ToJsonString(AsWritten));
        return OfficedxProcess.Run(temp.Path, Budget, "generate", "--plan", RepositoryFiles.SamplePlan("katagami"), "--profiles", folder,
            "--profile", "fuzz", "--out", temp.File("out.docx"));
    }

    private static void Repeat(JsonArray array, int index, int times)
    {
        for (var i = 0; i < times; i++) array.Add(array[index]!.DeepClone());
    }

    [TestMethod]
    public void AProfileWithItsRowsRepeatedThousandsOfTimesIsRefusedByItsSizeBeforeItIsRead()
    {
        // #21787: katagami's rows ×4,841 (480 KB); every copy was checked and its two mistakes printed: 200 s, the worker past 1 GB.
        using var temp = new TempDirectory();
        var profile = JsonNode.Parse(File.ReadAllText(ShippedProfile("katagami")))!;
        Repeat(profile["rows"]!.AsArray(), 0, 4_841);

        var result = GenerateWithProfile(temp, profile);

        CliAssert.RejectedAsBadInput(result, "fuzz.json", "MaxProfileBytes = 262,144");
        Assert.IsLessThan(2_000, result.StdErr.Length, result.StdErr[..Math.Min(2_000, result.StdErr.Length)]);
        Assert.DoesNotMatchRegex(EnglishSentence, result.StdErr.Replace(temp.Path, ""));
    }

    [TestMethod]
    public void AProfileWithThousandsOfMistakesListsTheFirstTwentyAndCountsTheRest()
    {
        // #26928: hachinohe's first row's synonyms ×2,328 (79 KB, within the size limit): 2,328 mistakes, all printed on one line.
        using var temp = new TempDirectory();
        var profile = JsonNode.Parse(File.ReadAllText(ShippedProfile("hachinohe")))!;
        var rows = profile["rows"]!.AsArray();
        var synonyms = rows[0]!["synonyms"] as JsonArray ?? [];
        rows[0]!["synonyms"] = synonyms;
        if (synonyms.Count == 0) synonyms.Add("別名");
        Repeat(synonyms, 0, 2_328);

        var result = GenerateWithProfile(temp, profile);

        CliAssert.RejectedAsBadInput(result, "fuzz.json", "rows[0].synonyms[3]: 別名", "ほか 2,");
        Assert.IsLessThan(5_000, result.StdErr.Length, result.StdErr[..Math.Min(2_000, result.StdErr.Length)]);
    }

    [TestMethod]
    public void AMillionCharacterRevisionNoteWordingIsRefusedByTheProfileSizeWithoutQuotingIt()
    {
        // #4713 (second run): a 1,000,000-character revisionNotes.schedule wording was checked and quoted whole: 2.1 s idle, 5.9 s busy.
        using var temp = new TempDirectory();
        var profile = JsonNode.Parse(File.ReadAllText(ShippedProfile("hachinohe")))!;
        profile["revisionNotes"]!["schedule"] = new JsonArray(new string('施', 1_000_000));

        var result = GenerateWithProfile(temp, profile);

        CliAssert.RejectedAsBadInput(result, "fuzz.json", "MaxProfileBytes");
        Assert.IsLessThan(2_000, result.StdErr.Length);
    }

    [TestMethod]
    public void ALongRevisionNoteWordingWithinTheSizeLimitIsQuotedShortened()
    {
        // The same mistake under the size limit (60,000 characters, 180 KB): refused, the wording quoted by its start only.
        using var temp = new TempDirectory();
        var profile = JsonNode.Parse(File.ReadAllText(ShippedProfile("hachinohe")))!;
        profile["revisionNotes"]!["schedule"] = new JsonArray(new string('施', 60_000));

        var result = GenerateWithProfile(temp, profile);

        CliAssert.RejectedAsBadInput(result, "fuzz.json", "revisionNotes");
        Assert.IsLessThan(2_000, result.StdErr.Length, result.StdErr[..Math.Min(2_000, result.StdErr.Length)]);
    }

    [TestMethod]
    public void AnExcelTemplateForAMegabyteDepartmentNameIsRefusedInJapaneseNamingTheMeasure()
    {
        // #30580: the name became the workbook's file name; .NET's English "path too long" came out with exit 2.
        using var temp = new TempDirectory();
        var plan = JsonNode.Parse(File.ReadAllText(RepositoryFiles.SamplePlan("akita")))!;
        var measure = plan["areas"]![1]!["measures"]![0]!;
        measure["departments"]!.AsArray().Add(new string('施', 1_000_000));
        File.WriteAllText(temp.File("plan.json"), plan.ToJsonString(AsWritten));

        var result = OfficedxProcess.Run(temp.Path, Budget, "excel", "template", "--plan", temp.File("plan.json"), "--all", "--out", temp.File("excel"));

        CliAssert.RejectedAsBadInput(result, "plan.json", $"施策 {measure["id"]}", "1,000,000 文字", "MaxDepartmentNameCharacters = 80");
        Assert.DoesNotMatchRegex(EnglishSentence, result.StdErr.Replace(temp.Path, ""));
        Assert.IsLessThan(3_000, result.StdErr.Length);
        Assert.IsFalse(Directory.Exists(temp.File("excel")) && Directory.EnumerateFiles(temp.File("excel")).Any(), "no workbook is written");
    }

    [TestMethod]
    public void AnExcelTemplateOfThousandsOfDepartmentsTimesMeasuresIsRefusedBeforeAnyWorkbookIsBuilt()
    {
        // #25671: 3,261 departments on each of 3,745 measures (a 703 MB plan): out of memory, exit 134. Rebuilt small: 500
        // departments on 450 measures, over 225,000 rows in a 2 MB plan, past MaxTemplateMeasureRows.
        using var temp = new TempDirectory();
        var plan = JsonNode.Parse(File.ReadAllText(RepositoryFiles.SamplePlan("akita")))!;
        var measures = plan["areas"]![1]!["measures"]!.AsArray();
        var departments = new JsonArray(Enumerable.Range(1, 500).Select(i => (JsonNode?)JsonValue.Create($"課{i}")).ToArray());
        var model = measures[0]!.DeepClone();
        measures.Clear();
        for (var i = 0; i < 450; i++)
        {
            var copy = model.DeepClone();
            copy["id"] = $"m{i}";
            copy["number"] = $"{i + 1}";
            copy["departments"] = departments.DeepClone();
            measures.Add(copy);
        }
        File.WriteAllText(temp.File("plan.json"), plan.ToJsonString(AsWritten));

        var result = OfficedxProcess.Run(temp.Path, Budget, "excel", "template", "--plan", temp.File("plan.json"), "--all", "--out", temp.File("excel"));

        CliAssert.RejectedAsBadInput(result, "plan.json", "MaxTemplateMeasureRows = 200,000 行を超えています");
        Assert.IsFalse(Directory.Exists(temp.File("excel")) && Directory.EnumerateFiles(temp.File("excel")).Any(), "no workbook is written");
    }

    [TestMethod]
    public void APlanFilePastItsLimitIsRefusedBeforeItIsRead()
    {
        // The 703 MB plan of #25671 was read whole (1.4 GB of text) before anything could refuse it.
        using var temp = new TempDirectory();
        var plan = JsonNode.Parse(File.ReadAllText(RepositoryFiles.SamplePlan("akita")))!;
        plan["areas"]![1]!["measures"]![0]!["overview"] = new string('施', 1_500_000);
        File.WriteAllText(temp.File("plan.json"), plan.ToJsonString(AsWritten));

        var result = OfficedxProcess.Run(temp.Path, Budget, "excel", "template", "--plan", temp.File("plan.json"), "--all", "--out", temp.File("excel"));

        CliAssert.RejectedAsBadInput(result, "plan.json", "MaxPlanBytes = 4,194,304");
    }

    [TestMethod]
    public void AGlossaryCheckWithATermBaseStartingWithAByteOrderMarkIsAccepted()
    {
        // #32934: the worker passed 1 GB on this input; alone it takes 3 MB (the memory was earlier inputs' garbage, now collected
        // before each input). Pinned: a BOM is read as UTF-8, not refused.
        using var temp = new TempDirectory();
        var terms = temp.File("terms.json");
        File.WriteAllBytes(terms, [0xEF, 0xBB, 0xBF, .. "{ \"terms\": [ { \"term\": \"デジタル化\", \"definition\": \"紙の手続を電子にすること\" } ] }"u8]);
        var docx = temp.File("plain.docx");
        File.WriteAllBytes(docx, HostileFiles.Minimal());

        var result = OfficedxProcess.Run(temp.Path, Budget, "glossary", "check", docx, "--terms", terms, "--json");

        Assert.IsTrue(result.ExitCode is 0 or 1, $"exit {result.ExitCode}: {result.StdErr}");
        CliAssert.NoStackTrace(result);
    }
}
