using System.Net;
using System.Text.Json;
using CsCheck;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Service.Tests.Support;

namespace OfficeDx.Service.Tests;

[TestClass]
public sealed class FragmentEndpointTests
{
    private static RunningService _service = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _) => _service = await RunningService.StartAsync();

    [ClassCleanup]
    public static async Task Stop() => await _service.DisposeAsync();

    private static async Task<string> FragmentAsync(string path, Measure measure)
    {
        var response = await _service.PostJsonAsync(path, RequestBodies.MeasureBody(measure));
        var body = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        Assert.AreEqual("application/xml", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    private static async Task<Measure> ReadAsync(string ooxml)
    {
        var response = await _service.PostJsonAsync("/api/word/fragments/read", RequestBodies.FragmentBody(ooxml));
        var body = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.AreEqual(0, answer.GetProperty("problems").GetArrayLength(), body);
        return answer.GetProperty("measure").Deserialize<Measure>(PlanJson.Options)!;
    }

    [TestMethod]
    public async Task MeasureTableIsAFlatOpcPackageWithDocumentStylesAndRelationships()
    {
        var ooxml = await FragmentAsync("/api/word/fragments/measure-table", RequestBodies.Sample);
        var parts = System.Xml.Linq.XDocument.Parse(ooxml).Root!.Elements(FlatOpcPackage.Pkg + "part")
            .Select(p => (string)p.Attribute(FlatOpcPackage.Pkg + "name")!).ToArray();
        CollectionAssert.AreEquivalent(new[] { "/_rels/.rels", "/word/document.xml", "/word/_rels/document.xml.rels", "/word/styles.xml" }, parts);
        StringAssert.Contains(ooxml, "w:val=\"odx:measure:m-online\"");
    }

    [TestMethod]
    public async Task TheSameMeasureGivesTheSameFragmentText()
    {
        var first = await FragmentAsync("/api/word/fragments/measure-table", RequestBodies.Sample);
        var second = await FragmentAsync("/api/word/fragments/measure-table", RequestBodies.Sample);
        Assert.AreEqual(first, second);
        Assert.AreNotEqual(first, await FragmentAsync("/api/word/fragments/measure-table", RequestBodies.Sample with { Name = "別の名称" }));
    }

    [TestMethod]
    public async Task MeasureTableReadsBackToTheSameMeasure()
    {
        var read = await ReadAsync(await FragmentAsync("/api/word/fragments/measure-table", RequestBodies.Sample));
        Assert.AreEqual(JsonSerializer.Serialize(RequestBodies.Sample, PlanJson.Options), JsonSerializer.Serialize(read, PlanJson.Options));
    }

    [TestMethod]
    public async Task RandomMeasuresComeBackUnchangedThroughTheService()
    {
        // Measures of random plans (Japanese, full-width, symbols, surrogate pairs, every phase and note kind), each over HTTP.
        var measures = PlanGenerators.Plan
            .Select(plan => (plan.Period, Measures: plan.AllMeasures().Where(m => m.State != MeasureState.Completed).ToArray()))
            .Where(p => p.Measures.Length > 0);
        await measures.SampleAsync(async pair =>
        {
            var measure = pair.Measures[0] with { State = MeasureState.Active };
            var response = await _service.PostJsonAsync("/api/word/fragments/measure-table", RequestBodies.MeasureBody(measure, period: pair.Period));
            var ooxml = await response.Content.ReadAsStringAsync();
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, ooxml);
            Assert.AreEqual(JsonSerializer.Serialize(measure, PlanJson.Options), JsonSerializer.Serialize(await ReadAsync(ooxml), PlanJson.Options));
        }, iter: 60);
    }

    [TestMethod]
    public async Task EveryFragmentKindPassesTheOpenXmlValidator()
    {
        var legend = await _service.Client.GetStringAsync("/api/word/fragments/legend?profile=akita");
        foreach (var ooxml in new[]
        {
            await FragmentAsync("/api/word/fragments/measure-table", RequestBodies.Sample),
            await FragmentAsync("/api/word/fragments/schedule-rows", RequestBodies.Sample),
            legend,
        })
        {
            var response = await _service.PostJsonAsync("/api/word/fragments/check", RequestBodies.FragmentBody(ooxml));
            Assert.AreEqual("{\"valid\":true,\"errors\":[]}", await response.Content.ReadAsStringAsync());
            Assert.IsEmpty(DocumentValidation.Validate(FlatOpcPackage.ToDocx(ooxml, "fragment"), "fragment"));
        }
    }

    [TestMethod]
    public async Task ScheduleRowsCarryOnePhaseControlPerYearAndTheArrows()
    {
        var ooxml = await FragmentAsync("/api/word/fragments/schedule-rows", RequestBodies.Sample);
        foreach (var year in new[] { 2021, 2022, 2023 }) StringAssert.Contains(ooxml, $"w:val=\"odx:phase:{year}\"");
        StringAssert.Contains(ooxml, "descr=\"準備・検討（令和3年度）\"");
        StringAssert.Contains(ooxml, "<a:prstDash val=\"dash\"");
    }

    [TestMethod]
    public async Task CheckReportsSchemaErrorsInAFragmentWordWouldRefuse()
    {
        var valid = await FragmentAsync("/api/word/fragments/measure-table", RequestBodies.Sample);
        var ooxml = valid.Replace("w:tblLayout w:type=\"fixed\"", "w:tblLayout w:type=\"sideways\"");
        Assert.AreNotEqual(valid, ooxml);
        var response = await _service.PostJsonAsync("/api/word/fragments/check", RequestBodies.FragmentBody(ooxml));
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.IsFalse(answer.GetProperty("valid").GetBoolean());
        StringAssert.Contains(answer.GetProperty("errors")[0].GetProperty("place").GetString(), "/word/document.xml");
    }

    [TestMethod]
    public async Task DocumentEndpointGivesADocxThatHarvestsTheMeasure()
    {
        var ooxml = await FragmentAsync("/api/word/fragments/measure-table", RequestBodies.Sample);
        var response = await _service.PostJsonAsync("/api/word/fragments/document", RequestBodies.FragmentBody(ooxml));
        Assert.AreEqual("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var docx = await response.Content.ReadAsByteArrayAsync();
        Assert.IsEmpty(DocumentValidation.Validate(docx, "fragment.docx"));
        using var document = WordFileOpener.Open(docx, "fragment.docx");
        StringAssert.Contains(document.MainDocumentPart!.Document!.InnerText, "行政手続のオンライン化");
    }

    [TestMethod]
    public async Task ReadFindsTheMeasureInsideWhatWordsGetOoxmlReturns()
    {
        // Word wraps a selected control in its own package: more parts, the control inside other content.
        var ooxml = await FragmentAsync("/api/word/fragments/measure-table", RequestBodies.Sample);
        var wrapped = ooxml.Replace("<w:body>", "<w:body><w:p><w:r><w:t>前の段落</w:t></w:r></w:p>")
            .Replace("</pkg:package>", "<pkg:part pkg:name=\"/docProps/app.xml\" pkg:contentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"><pkg:xmlData><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"/></pkg:xmlData></pkg:part></pkg:package>");
        Assert.AreEqual("行政手続のオンライン化", (await ReadAsync(wrapped)).Name);
    }
}
