using System.Net;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;

namespace OfficeDx.Service.Tests;

/// <summary>Every bad glossary request gets a Japanese problem document naming what is wrong, never a 500.</summary>
[TestClass]
public sealed class GlossaryBadRequestTests
{
    private static RunningService _service = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _) => _service = await RunningService.StartAsync(new ServiceOptions { MaxRequestBytes = 64 * 1024 });

    [ClassCleanup]
    public static async Task Stop() => await _service.DisposeAsync();

    private static Task<HttpResponseMessage> UploadAsync(string path, byte[] bytes) => _service.Client.PostAsync(path, WordDocuments.Upload(bytes));

    [TestMethod]
    [DataRow("/api/glossary/mark")]
    [DataRow("/api/glossary/refresh")]
    [DataRow("/api/glossary/refresh/section")]
    [DataRow("/api/glossary/check")]
    public async Task BytesThatAreNotADocxAreRefusedAsUnreadable(string path)
    {
        var problem = await ProblemAnswers.AssertProblemAsync(await UploadAsync(path, "これは Word 文書ではない"u8.ToArray()), HttpStatusCode.BadRequest);
        Assert.AreEqual(1, problem.GetProperty("errors").GetArrayLength());
    }

    [TestMethod]
    public async Task AnEmptyUploadIsABadRequest()
    {
        var problem = await ProblemAnswers.AssertProblemAsync(await UploadAsync("/api/glossary/check", []), HttpStatusCode.BadRequest);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "0 バイト");
    }

    [TestMethod]
    public async Task AnOversizedDocumentIsRefusedWith413()
    {
        var huge = WordDocuments.Typed(Enumerable.Range(0, 3000).Select(i => $"{i}: " + Guid.NewGuid() + Guid.NewGuid() + Guid.NewGuid()).ToArray());
        Assert.IsGreaterThan(64 * 1024, huge.Length, "the document must be over the limit");
        await ProblemAnswers.AssertProblemAsync(await UploadAsync("/api/glossary/check", huge), HttpStatusCode.RequestEntityTooLarge);
    }

    [TestMethod]
    public async Task MarkingATermNobodyDefinesIsNotFound()
    {
        var problem = await ProblemAnswers.AssertProblemAsync(
            await UploadAsync("/api/glossary/mark?term=" + Uri.EscapeDataString("量子会計"), WordDocuments.Typed("量子会計を導入する。")), HttpStatusCode.NotFound);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "量子会計");
        Assert.AreEqual("term", problem.GetProperty("errors")[0].GetProperty("place").GetString());
    }

    [TestMethod]
    public async Task AnOccurrenceWithoutATermIsABadRequest()
    {
        await ProblemAnswers.AssertProblemAsync(await UploadAsync("/api/glossary/mark?occurrence=2", WordDocuments.Typed("RPAを使う。")), HttpStatusCode.BadRequest);
    }

    [TestMethod]
    public async Task AHandTypedMarkerOfNoKnownTermIsUnprocessableWithItsPlace()
    {
        var problem = await ProblemAnswers.AssertProblemAsync(
            await UploadAsync("/api/glossary/mark?profile=katagami", WordDocuments.Typed("RPAを使う。", "見直し※9を行う。")), HttpStatusCode.UnprocessableEntity);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "※9");
    }

    [TestMethod]
    public async Task AnUnknownProfileListsTheProfilesThatExist()
    {
        var problem = await ProblemAnswers.AssertProblemAsync(await UploadAsync("/api/glossary/refresh?profile=osaka", WordDocuments.Typed("RPAを使う。")), HttpStatusCode.BadRequest);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "katagami");
    }

    [TestMethod]
    public async Task TheMarkerOfAnUnknownTermIsNotFound()
    {
        await ProblemAnswers.AssertProblemAsync(await _service.Client.GetAsync("/api/glossary/marker?term=" + Uri.EscapeDataString("量子会計")), HttpStatusCode.NotFound);
        await ProblemAnswers.AssertProblemAsync(await _service.Client.GetAsync("/api/glossary/marker"), HttpStatusCode.BadRequest);
        await ProblemAnswers.AssertProblemAsync(await _service.Client.GetAsync("/api/glossary/marker?term=RPA&number=0"), HttpStatusCode.BadRequest);
    }

    [TestMethod]
    public async Task ASectionWithUnknownTermsNamesEachByItsJsonPath()
    {
        var problem = await ProblemAnswers.AssertProblemAsync(
            await _service.PostJsonAsync("/api/glossary/fragments/section", """{"profile":"katagami","terms":["RPA","量子会計","ICT","空想語"]}"""), HttpStatusCode.BadRequest);
        var places = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("place").GetString()).ToArray();
        CollectionAssert.AreEqual(new[] { "$.terms[1]", "$.terms[3]" }, places);
    }

    [TestMethod]
    public async Task ASectionForAFootnoteProfileOrWithNoTermsIsABadRequest()
    {
        var footnotes = await ProblemAnswers.AssertProblemAsync(
            await _service.PostJsonAsync("/api/glossary/fragments/section", """{"profile":"akita","terms":["RPA"]}"""), HttpStatusCode.BadRequest);
        StringAssert.Contains(footnotes.GetProperty("detail").GetString(), "脚注");
        await ProblemAnswers.AssertProblemAsync(await _service.PostJsonAsync("/api/glossary/fragments/section", """{"profile":"katagami","terms":[]}"""), HttpStatusCode.BadRequest);
        await ProblemAnswers.AssertProblemAsync(await _service.PostJsonAsync("/api/glossary/fragments/section", """{"profile":"katagami","terms":"RPA"}"""), HttpStatusCode.BadRequest);
    }
}
