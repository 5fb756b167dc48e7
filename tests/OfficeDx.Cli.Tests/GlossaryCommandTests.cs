using System.Text.Json.Nodes;
using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>officedx glossary mark / refresh / check as a drafter runs them on a generated plan.</summary>
[TestClass]
public sealed class GlossaryCommandTests
{
    [TestMethod]
    public void MarkThenRefreshChangesNothingAndCheckReportsOnlyTheSpellingVariantsInJson()
    {
        using var temp = new TempDirectory();
        var docx = temp.File("akita.docx");
        var marked = temp.File("marked.docx");
        var refreshed = temp.File("refreshed.docx");
        Assert.AreEqual(0, OfficedxProcess.Run(temp.Path, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--out", docx).ExitCode);

        var before = OfficedxProcess.Run(temp.Path, "glossary", "check", docx, "--json");
        Assert.AreEqual(1, before.ExitCode, before.ToString());
        Assert.IsNotEmpty(JsonNode.Parse(before.StdOut)!["unmarkedTerms"]!.AsArray());

        Assert.AreEqual(0, OfficedxProcess.Run(temp.Path, "glossary", "mark", docx, "--out", marked).ExitCode);
        Assert.AreEqual(0, OfficedxProcess.Run(temp.Path, "glossary", "refresh", marked, "--out", refreshed).ExitCode);
        CollectionAssert.AreEqual(File.ReadAllBytes(marked), File.ReadAllBytes(refreshed));

        var after = OfficedxProcess.Run(temp.Path, "glossary", "check", refreshed, "--json");
        var report = JsonNode.Parse(after.StdOut)!;
        Assert.IsEmpty(report["unmarkedTerms"]!.AsArray());
        Assert.IsEmpty(report["foreignMarkers"]!.AsArray());
        var variants = report["variants"]!.AsArray().Select(v => v!["term"]!.GetValue<string>()).ToArray();
        CollectionAssert.Contains(variants, "ICT", "the Akita sample writes both ICT and I C T");
        var human = OfficedxProcess.Run(temp.Path, "glossary", "check", refreshed);
        StringAssert.Contains(human.StdOut, "表記ゆれ");
        StringAssert.Contains(human.StdOut, "「I C T」");
    }

    [TestMethod]
    public void ABadTermBaseIsRejectedNamingEachEntry()
    {
        using var temp = new TempDirectory();
        var docx = temp.File("akita.docx");
        Assert.AreEqual(0, OfficedxProcess.Run(temp.Path, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--out", docx).ExitCode);
        var terms = temp.File("terms.json");
        File.WriteAllText(terms, """{ "terms": [ { "term": "AI", "reading": "えーあい", "definition": "" }, { "term": "A I", "reading": "AI", "definition": "人工知能" } ] }""");

        var result = OfficedxProcess.Run(temp.Path, "glossary", "mark", docx, "--terms", terms, "--in-place");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.StdErr, terms);
        StringAssert.Contains(result.StdErr, "$.terms[0]（AI）.definition: 解説が空です");
        StringAssert.Contains(result.StdErr, "$.terms[1]（A I）.reading");
        StringAssert.Contains(result.StdErr, "$.terms[1]（A I）: 「A I」が $.terms[0]（AI） と重複しています");
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [TestMethod]
    public void MarkAndRefreshRefuseToOverwriteTheirInputUnlessToldInPlace()
    {
        using var temp = new TempDirectory();
        var docx = temp.File("akita.docx");
        Assert.AreEqual(0, OfficedxProcess.Run(temp.Path, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--out", docx).ExitCode);
        var original = File.ReadAllBytes(docx);

        foreach (var verb in new[] { "mark", "refresh" })
        {
            var refused = OfficedxProcess.Run(temp.Path, "glossary", verb, docx);
            CliAssert.RejectedAsBadInput(refused, docx, "--out", "--in-place");
            var both = OfficedxProcess.Run(temp.Path, "glossary", verb, docx, "--out", temp.File("x.docx"), "--in-place");
            CliAssert.ExitCode(CliAssert.BadInput, both);
            CliAssert.StdErrContains(both, "一緒には指定できません");
        }
        CollectionAssert.AreEqual(original, File.ReadAllBytes(docx), "a refused command must leave the document as it was");
        Assert.IsFalse(File.Exists(temp.File("x.docx")));

        var inPlace = OfficedxProcess.Run(temp.Path, "glossary", "mark", docx, "--every", "--in-place");
        CliAssert.ExitCode(CliAssert.Success, inPlace);
        CollectionAssert.AreNotEqual(original, File.ReadAllBytes(docx), "--in-place writes the marked document over its input");
    }
}
