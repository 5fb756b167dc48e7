using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.HouseStyles;

/// <summary>A profile with a mistake is refused with a message that names the key a DX office has to fix.</summary>
[TestClass]
public sealed class ProfileMistakeTests
{
    private static string Load(string json)
    {
        var dir = Directory.CreateTempSubdirectory("odx-profile-");
        var path = Path.Combine(dir.FullName, "broken.json");
        File.WriteAllText(path, json);
        var e = Assert.ThrowsExactly<ProfileException>(() => ProfileLibrary.Load(path));
        StringAssert.Contains(e.Message, path);
        return e.Message;
    }

    private const string Rows = """[ { "field": "name", "label": "施策名" }, { "field": "overview", "label": "概要" } ]""";

    [TestMethod]
    public void UnknownScheduleStyleNamesTheKeyAndTheChoices()
    {
        var message = Load($$"""{ "name": "x", "rows": {{Rows}}, "scheduleStyle": "gantt" }""");
        StringAssert.Contains(message, "scheduleStyle");
        StringAssert.Contains(message, "phaseText");
    }

    [TestMethod]
    public void UnknownNumbersAfterRevisionNamesTheKeyAndTheChoices()
    {
        var message = Load($$"""{ "name": "x", "rows": {{Rows}}, "hierarchy": { "numbersAfterRevision": "closeUp" } }""");
        StringAssert.Contains(message, "hierarchy.numbersAfterRevision");
        StringAssert.Contains(message, "keepGaps");
        StringAssert.Contains(message, "renumber");
    }

    [TestMethod]
    public void EmptyRowLabelNamesTheRow()
    {
        var message = Load("""{ "name": "x", "rows": [ { "field": "name", "label": "施策名" }, { "field": "overview", "label": " " } ] }""");
        StringAssert.Contains(message, "rows[1].label");
    }

    [TestMethod]
    public void ASynonymOfTwoRowsNamesBoth()
    {
        var message = Load("""{ "name": "x", "rows": [ { "field": "name", "label": "施策名", "synonyms": ["取組"] }, { "field": "overview", "label": "概要", "synonyms": ["取組"] } ] }""");
        StringAssert.Contains(message, "rows[1].synonyms[0]");
        StringAssert.Contains(message, "rows[0].synonyms[0]");
    }

    [TestMethod]
    public void TheSameFieldTwiceNamesTheRow()
    {
        var message = Load("""{ "name": "x", "rows": [ { "field": "name", "label": "施策名" }, { "field": "overview", "label": "概要" }, { "field": "name", "label": "名称" } ] }""");
        StringAssert.Contains(message, "rows[2].field");
    }

    [TestMethod]
    public void MarginsWiderThanThePageNameThePageKey()
    {
        var message = Load($$"""{ "name": "x", "rows": {{Rows}}, "page": { "leftMm": 90, "rightMm": 90 } }""");
        StringAssert.Contains(message, "page.leftMm");
    }

    [TestMethod]
    public void AYearHeaderWithoutTheYearNamesTheKey()
    {
        var message = Load($$"""{ "name": "x", "rows": {{Rows}}, "indicators": { "layout": "table", "targetYearHeader": "目標" } }""");
        StringAssert.Contains(message, "indicators.targetYearHeader");
    }

    [TestMethod]
    public void AnUnnumberedLevelWithoutAPrefixNamesTheLevel()
    {
        var message = Load($$"""{ "name": "x", "rows": {{Rows}}, "hierarchy": { "levels": [ { "name": "基本方針", "numbering": "none" } ] } }""");
        StringAssert.Contains(message, "hierarchy.levels[0].prefix");
    }

    [TestMethod]
    public void AMisspelledKeyIsNamed()
    {
        var message = Load($$"""{ "name": "x", "rows": {{Rows}}, "fonts": { "bodySise": 10 } }""");
        StringAssert.Contains(message, "bodySise");
    }

    [TestMethod]
    public void EveryShippedProfileLoads()
    {
        CollectionAssert.IsSubsetOf(new[] { "akita", "akita-v2", "hachinohe", "katagami" }, ProfileLibrary.Names.ToArray());
        foreach (var name in ProfileLibrary.Names) Assert.AreEqual(name, ProfileLibrary.Load(name).Name);
    }
}
