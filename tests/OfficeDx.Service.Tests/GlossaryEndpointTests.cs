using System.Net;
using System.Text.Json;
using OfficeDx.Core.Json;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;
using OfficeDx.Service.Tests.Support;

namespace OfficeDx.Service.Tests;

/// <summary>The glossary API the Word pane uses: term search, marker form, mark / refresh / check of an uploaded .docx, section fragments.</summary>
[TestClass]
public sealed class GlossaryEndpointTests
{
    private static RunningService _service = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _) => _service = await RunningService.StartAsync();

    [ClassCleanup]
    public static async Task Stop() => await _service.DisposeAsync();

    private static async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await _service.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<HttpResponseMessage> UploadAsync(string path, byte[] docx) => await _service.Client.PostAsync(path, WordDocuments.Upload(docx));

    private static async Task<byte[]> UploadForDocxAsync(string path, byte[] docx)
    {
        var response = await UploadAsync(path, docx);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.AreEqual("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<JsonElement> UploadForJsonAsync(string path, byte[] docx)
    {
        var response = await UploadAsync(path, docx);
        var body = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static string[] Terms(JsonElement answer) => answer.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("term").GetString()!).ToArray();

    [TestMethod]
    public async Task TheOpenApiDocumentDescribesEveryGlossaryEndpoint()
    {
        var openApi = JsonDocument.Parse(await _service.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        foreach (var path in new[] { "/api/glossary/terms", "/api/glossary/marker", "/api/glossary/mark", "/api/glossary/refresh",
                     "/api/glossary/refresh/section", "/api/glossary/check", "/api/glossary/fragments/section" })
            CollectionAssert.Contains(paths, path);
    }

    [TestMethod]
    public async Task FullWidthLettersFindTheHalfWidthTermFirst()
    {
        var answer = await GetJsonAsync("/api/glossary/terms?q=" + Uri.EscapeDataString("ＩＣＴ"));
        Assert.AreEqual("ICT", Terms(answer)[0]);
        Assert.AreEqual(Terms(answer).Length, answer.GetProperty("total").GetInt32());
    }

    [TestMethod]
    public async Task AReadingInHiraganaFindsATermReadInKatakana()
    {
        CollectionAssert.Contains(Terms(await GetJsonAsync("/api/glossary/terms?q=" + Uri.EscapeDataString("くらうど"))), "クラウド");
    }

    [TestMethod]
    public async Task TheExpansionAndASpacedVariantFindTheirTerm()
    {
        Assert.AreEqual("IoT", Terms(await GetJsonAsync("/api/glossary/terms?q=" + Uri.EscapeDataString("internet of things")))[0]);
        Assert.AreEqual("IoT", Terms(await GetJsonAsync("/api/glossary/terms?q=" + Uri.EscapeDataString("I o T")))[0]);
    }

    [TestMethod]
    public async Task AnEmptyQueryListsTheTermBaseUpToTheLimit()
    {
        var answer = await GetJsonAsync("/api/glossary/terms?limit=5");
        Assert.AreEqual(5, Terms(answer).Length);
        Assert.IsGreaterThan(50, answer.GetProperty("total").GetInt32());
    }

    [TestMethod]
    public async Task TheMarkerFormFollowsTheProfilesMarkerStyle()
    {
        var katagami = await GetJsonAsync("/api/glossary/marker?profile=katagami&term=" + Uri.EscapeDataString("ｒｐａ") + "&number=3");
        Assert.AreEqual("RPA", katagami.GetProperty("term").GetString());
        Assert.AreEqual("odx:glossary-marker:RPA", katagami.GetProperty("tag").GetString());
        Assert.AreEqual("※3", katagami.GetProperty("text").GetString());
        Assert.IsFalse(katagami.GetProperty("footnote").GetBoolean());
        var akita = await GetJsonAsync("/api/glossary/marker?profile=akita&term=RPA&number=3");
        Assert.AreEqual("*3", akita.GetProperty("text").GetString());
        Assert.IsTrue(akita.GetProperty("footnote").GetBoolean());
    }

    [TestMethod]
    public async Task MarkReturnsTheDocumentWithTaggedMarkersAndASection()
    {
        var marked = await UploadForDocxAsync("/api/glossary/mark?profile=katagami", WordDocuments.Typed("RPAとクラウドを使う。", "RPAを広げる。"));
        var tags = WordDocuments.Tags(marked);
        CollectionAssert.IsSubsetOf(new[] { "odx:glossary-marker:RPA", "odx:glossary-marker:クラウド", "odx:glossary" }, tags.ToArray());
        Assert.AreEqual(1, tags.Count(t => t == "odx:glossary-marker:RPA"), "only the first occurrence is marked");
        Assert.AreEqual("RPA※1とクラウド※2を使う。", WordDocuments.ParagraphTexts(marked)[0]);
        Assert.AreEqual(0, WordDocuments.Validate(marked).Count);
    }

    [TestMethod]
    public async Task MarkingOneOccurrenceOfOneTermLeavesTheOthers()
    {
        var marked = await UploadForDocxAsync("/api/glossary/mark?profile=katagami&term=RPA&occurrence=2", WordDocuments.Typed("RPAとクラウドを使う。", "RPAを広げる。"));
        var texts = WordDocuments.ParagraphTexts(marked);
        Assert.AreEqual("RPAとクラウドを使う。", texts[0]);
        Assert.AreEqual("RPA※1を広げる。", texts[1]);
    }

    [TestMethod]
    public async Task RefreshRenumbersMarkersInDocumentOrder()
    {
        var marked = await UploadForDocxAsync("/api/glossary/mark?profile=katagami&term=" + Uri.EscapeDataString("クラウド"), WordDocuments.Typed("RPAとクラウドを使う。"));
        var both = await UploadForDocxAsync("/api/glossary/mark?profile=katagami&term=RPA", marked);
        Assert.AreEqual("RPA※1とクラウド※2を使う。", WordDocuments.ParagraphTexts(both)[0]);
        var refreshed = await UploadForDocxAsync("/api/glossary/refresh?profile=katagami", both);
        CollectionAssert.AreEqual(both, refreshed, "refreshing a refreshed document changes no byte");
    }

    [TestMethod]
    public async Task RefreshForThePaneAnswersAValidSectionFragmentAndEachMarkersText()
    {
        var marked = await UploadForDocxAsync("/api/glossary/mark?profile=katagami", WordDocuments.Typed("RPAとクラウドを使う。"));
        var answer = await UploadForJsonAsync("/api/glossary/refresh/section?profile=katagami", marked);
        Assert.IsFalse(answer.GetProperty("footnotes").GetBoolean());
        var markers = answer.GetProperty("markers").EnumerateArray().Select(m => $"{m.GetProperty("term").GetString()}={m.GetProperty("text").GetString()}").ToArray();
        CollectionAssert.AreEqual(new[] { "RPA=※1", "クラウド=※2" }, markers);
        var section = FlatOpcPackage.ToDocx(answer.GetProperty("section").GetString()!, "section");
        Assert.AreEqual(0, WordDocuments.Validate(section).Count);
        CollectionAssert.Contains(WordDocuments.Tags(section).ToArray(), "odx:glossary");
        CollectionAssert.Contains(WordDocuments.ParagraphTexts(section).ToArray(), "RPA");
    }

    [TestMethod]
    public async Task RefreshForThePaneOfAFootnoteProfileHasNoSectionAndSaysSo()
    {
        var marked = await UploadForDocxAsync("/api/glossary/mark?profile=akita", WordDocuments.Typed("RPAとクラウドを使う。"));
        var answer = await UploadForJsonAsync("/api/glossary/refresh/section?profile=akita", marked);
        Assert.IsTrue(answer.GetProperty("footnotes").GetBoolean());
        Assert.IsFalse(answer.TryGetProperty("section", out var section) && section.ValueKind == JsonValueKind.String, answer.ToString());
        Assert.AreEqual(2, answer.GetProperty("markers").GetArrayLength());
        Assert.AreEqual("RPA*1とクラウド*2を使う。", WordDocuments.ParagraphTexts(marked)[0]);
    }

    [TestMethod]
    public async Task CheckFindingsCarryASnippetThatIsTextOfTheirParagraph()
    {
        var docx = WordDocuments.Typed("本市ではICTを活用して業務を見直す。", "職員のＩＣＴ研修も行う。");
        var answer = await UploadForJsonAsync("/api/glossary/check", docx);
        Assert.IsFalse(answer.GetProperty("clean").GetBoolean());
        var findings = answer.GetProperty("findings").EnumerateArray().ToArray();
        var unmarked = findings.Single(f => f.GetProperty("kind").GetString() == "unmarked");
        Assert.AreEqual("ICT", unmarked.GetProperty("term").GetString());
        Assert.AreEqual("本文の 1 段落目", unmarked.GetProperty("place").GetString());
        StringAssert.Contains(unmarked.GetProperty("snippet").GetString(), "ICT");
        var variant = findings.Single(f => f.GetProperty("kind").GetString() == "variant");
        StringAssert.Contains(variant.GetProperty("snippet").GetString(), "ＩＣＴ");
        StringAssert.Contains(variant.GetProperty("message").GetString(), "表記ゆれ");
        var paragraphs = WordDocuments.ParagraphTexts(docx);
        foreach (var finding in new[] { unmarked, variant })
            Assert.IsTrue(paragraphs.Any(p => p.Contains(finding.GetProperty("snippet").GetString()!, StringComparison.Ordinal)), finding.ToString());
    }

    [TestMethod]
    public async Task CheckOfAPlanDocumentNamesTheMeasureAndHeadingOfEachFinding()
    {
        var plan = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));
        var docx = PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile));
        var findings = (await UploadForJsonAsync("/api/glossary/check", docx)).GetProperty("findings").EnumerateArray().ToArray();
        var inMeasures = findings.Where(f => f.TryGetProperty("measureId", out _)).ToArray();
        Assert.IsNotEmpty(inMeasures, "the sample's measure tables use known terms");
        var measureIds = plan.Areas.SelectMany(a => a.Measures).Select(m => m.Id).ToHashSet();
        var paragraphs = WordDocuments.ParagraphTexts(docx);
        var areaTitles = plan.Areas.Select(a => a.Title).ToArray();
        foreach (var finding in inMeasures)
        {
            CollectionAssert.Contains(measureIds.ToArray(), finding.GetProperty("measureId").GetString(), finding.ToString());
            var heading = finding.GetProperty("heading").GetString()!;
            Assert.IsTrue(areaTitles.Any(t => heading.Contains(t, StringComparison.Ordinal)), $"{heading} is not an area heading");
            Assert.IsTrue(paragraphs.Any(p => p.Contains(finding.GetProperty("snippet").GetString()!, StringComparison.Ordinal)), finding.ToString());
        }
    }

    [TestMethod]
    public async Task ASectionFragmentForChosenTermsValidatesAndNumbersThemInOrder()
    {
        var response = await _service.PostJsonAsync("/api/glossary/fragments/section", """{"profile":"katagami","terms":["ＲＰＡ","ICT"]}""");
        var body = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        Assert.AreEqual("application/xml", response.Content.Headers.ContentType?.MediaType);
        var docx = FlatOpcPackage.ToDocx(body, "section");
        Assert.AreEqual(0, WordDocuments.Validate(docx).Count);
        var texts = WordDocuments.ParagraphTexts(docx);
        var rpa = Array.IndexOf(texts.ToArray(), "RPA");
        Assert.IsTrue(rpa > 0 && texts[rpa - 1] == "1", string.Join("|", texts));
        Assert.AreEqual("2", texts[Array.IndexOf(texts.ToArray(), "ICT") - 1]);
    }
}
