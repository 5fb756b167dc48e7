using System.Text.Json.Nodes;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Revisions;

namespace OfficeDx.Documents.Tests.Hostile;

/// <summary>Issue 12: a null array element in plan.json, terms.json or a batch manifest is bad input naming the file and the JSON path.</summary>
[TestClass]
public sealed class HostileJsonTests
{
    private static string SampleWith(Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(File.ReadAllText(RepositoryFiles.SamplePlan("akita")))!;
        edit(root);
        return root.ToJsonString();
    }

    [TestMethod]
    public void ANullMeasureIsRefusedWithItsPathAndIndex()
    {
        var json = SampleWith(root => root["areas"]![0]!["measures"]!.AsArray().Add(null));
        var e = Assert.Throws<PlanFileException>(() => PlanFile.Parse(json, "plan.json"));
        Assert.AreEqual("plan.json", e.File);
        StringAssert.StartsWith(e.Problems[0].Path, "$.areas[0].measures");
        StringAssert.Contains(e.Problems[0].Message, "null は使えません");
    }

    [TestMethod]
    public void ANullTargetIsRefusedWithItsPath()
    {
        var json = SampleWith(root =>
        {
            var measure = root["areas"]!.AsArray().SelectMany(a => a!["measures"]!.AsArray()).First(m => m!["indicators"] is JsonArray { Count: > 0 })!;
            measure["indicators"]![0]!["targets"] = new JsonArray((JsonNode?)null);
        });
        var e = Assert.Throws<PlanFileException>(() => PlanFile.Parse(json, "plan.json"));
        StringAssert.Contains(e.Problems[0].Path, ".targets");
        StringAssert.Contains(e.Problems[0].Message, "[0]");
    }

    [TestMethod]
    public void ANullTermIsRefusedNamingTheTermBase()
    {
        using var stream = new MemoryStream("""{ "terms": [ null ] }"""u8.ToArray());
        var e = Assert.Throws<TermBaseException>(() => TermBaseFile.Parse(stream, "terms.json"));
        StringAssert.Contains(e.Message, "terms.json");
        StringAssert.Contains(e.Message, "$.terms");
        StringAssert.Contains(e.Message, "null は使えません");
    }

    [TestMethod]
    public void ANullJobIsRefusedNamingTheManifest()
    {
        var folder = Directory.CreateTempSubdirectory("odx-batch-");
        var manifest = Path.Combine(folder.FullName, "batch.json");
        File.WriteAllText(manifest, """{ "jobs": [ null ] }""");
        var e = Assert.Throws<FormatException>(() => BatchManifest.Load(manifest));
        StringAssert.Contains(e.Message, manifest);
        StringAssert.Contains(e.Message, "$.jobs");
        StringAssert.Contains(e.Message, "null は使えません");
    }

    [TestMethod]
    public void TwoSpellingsOfOneOutputFolderAreRefusedBeforeAnyJobRuns()
    {
        var folder = Directory.CreateTempSubdirectory("odx-batch-");
        var manifest = Path.Combine(folder.FullName, "batch.json");
        File.WriteAllText(manifest, """{ "jobs": [ { "name": "a", "plan": "plan.json", "out": "same" }, { "name": "b", "plan": "plan.json", "out": "./same/" } ] }""");
        var e = Assert.Throws<FormatException>(() => BatchManifest.Load(manifest));
        StringAssert.Contains(e.Message, "jobs[1].out: 出力先「./same/」は jobs[0].out「same」と同じフォルダ");
        Assert.IsFalse(Directory.Exists(Path.Combine(folder.FullName, "same")));
    }

    [TestMethod]
    public void AnOutputOutsideTheManifestFolderNeedsAllowOutside()
    {
        var folder = Directory.CreateTempSubdirectory("odx-batch-");
        var manifest = Path.Combine(folder.FullName, "batch.json");
        File.WriteAllText(manifest, """{ "jobs": [ { "name": "a", "plan": "plan.json", "out": "../elsewhere" } ] }""");
        var e = Assert.Throws<FormatException>(() => BatchManifest.Load(manifest));
        StringAssert.Contains(e.Message, "jobs[0].out: 出力先「../elsewhere」は指定ファイルのフォルダ");
        StringAssert.Contains(e.Message, "--allow-outside");
        var allowed = BatchManifest.Load(manifest, allowOutside: true);
        Assert.AreEqual(Path.Combine(folder.Parent!.FullName, "elsewhere"), allowed.Jobs[0].Out);
    }
}
