using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
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

    /// <summary>Malformed JSON of every kind the fuzzer made (fuzz seed 1 #172, #235, #712 quoted System.Text.Json's English).</summary>
    public static IEnumerable<object[]> MalformedJson() =>
    [
        ["invalid-utf8", Concat("{ \"terms\": [ { \"term\": \"A", [0xff, 0xfe, 0xc3], "\", \"definition\": \"x\" } ] }")],
        ["bad-escape", Encoding.UTF8.GetBytes("""{ "terms": [ { "term": "A\uZZZZ", "definition": "x" } ] }""")],
        ["deep-nesting", Encoding.UTF8.GetBytes("{ \"terms\": " + new string('[', 100_000) + new string(']', 100_000) + " }")],
        ["truncated", Encoding.UTF8.GetBytes("""{ "terms": [ { "term": "AI", "defin""")],
        ["control-character", Encoding.UTF8.GetBytes("{ \"terms\": [ { \"term\": \"A\u0001I\", \"definition\": \"x\" } ] }")],
        ["trailing-garbage", Encoding.UTF8.GetBytes("""{ "terms": [] } x""")],
        ["bad-literal", Encoding.UTF8.GetBytes("""{ "terms": nul }""")],
        ["huge-number", Encoding.UTF8.GetBytes("""{ "parallelism": 1e999999, "terms": [] }""")],
        ["empty", Array.Empty<byte>()],
    ];

    private static byte[] Concat(string before, byte[] bytes, string after) => [.. Encoding.UTF8.GetBytes(before), .. bytes, .. Encoding.UTF8.GetBytes(after)];

    /// <summary>Three English words in a row: what a message a drafter reads must never hold.</summary>
    private static void AssertJapaneseWithPlace(string message, string file)
    {
        StringAssert.Contains(message, file);
        Assert.DoesNotMatchRegex(new Regex("[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}"), message.Replace(file, ""));
        Assert.IsTrue(message.Any(c => c is >= '\u3040' and <= '\u9fff'), message);
    }

    [TestMethod]
    [DynamicData(nameof(MalformedJson))]
    public void MalformedTermsAreRefusedInJapaneseNamingTheFileAndPlace(string name, byte[] json)
    {
        using var stream = new MemoryStream(json);
        var e = Assert.Throws<TermBaseException>(() => TermBaseFile.Parse(stream, "terms.json"));
        AssertJapaneseWithPlace(e.Message, "terms.json");
        if (json.Length > 0 && name != "huge-number") StringAssert.Contains(e.Message, "行目", name);
        if (name == "invalid-utf8") StringAssert.Contains(e.Message, "UTF-8");
    }

    [TestMethod]
    [DynamicData(nameof(MalformedJson))]
    public void AMalformedPlanIsRefusedInJapaneseNamingTheFileAndPlace(string name, byte[] json)
    {
        var e = Assert.Throws<PlanFileException>(() => PlanFile.Parse(Encoding.UTF8.GetString(json), "plan.json"), name);
        AssertJapaneseWithPlace($"{e.File}: {string.Join(" ", e.Problems.Select(p => $"{p.Path}: {p.Message}"))}", "plan.json");
    }

    [TestMethod]
    [DynamicData(nameof(MalformedJson))]
    public void AMalformedBatchManifestIsRefusedInJapaneseNamingTheFileAndPlace(string name, byte[] json)
    {
        var folder = Directory.CreateTempSubdirectory("odx-batch-");
        var manifest = Path.Combine(folder.FullName, "batch.json");
        File.WriteAllBytes(manifest, json);
        var e = Assert.Throws<FormatException>(() => BatchManifest.Load(manifest), name);
        AssertJapaneseWithPlace(e.Message, manifest);
    }
}
