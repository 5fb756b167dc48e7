using System.Net;
using OfficeDx.Core.Json;
using OfficeDx.Documents.Excel;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;
using static OfficeDx.Service.Tests.Support.ExcelRequests;

namespace OfficeDx.Service.Tests;

/// <summary>Department workbook templates from the service: for a plan it holds or a plan sent whole, refused with a problem when they cannot be made.</summary>
[TestClass]
public sealed class ExcelTemplateEndpointTests
{
    private static RunningService _service = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _) =>
        _service = await RunningService.StartAsync(new ServiceOptions { PlanFolders = [RepositoryFiles.Samples] });

    [ClassCleanup]
    public static async Task Stop() => await _service.DisposeAsync();

    private static void AssertMarkedFor(byte[] bytes, string planId, string department)
    {
        var marker = WorkbookMarker.Read(WorkbookFile.Read(bytes, "template.xlsx"));
        Assert.AreEqual(new WorkbookMarker(planId, Akita.Edition ?? "", department), marker);
    }

    [TestMethod]
    public async Task PlansListTheSamplesWithTheirDepartments()
    {
        var plans = await JsonAsync(await _service.Client.GetAsync("/api/excel/plans"));
        var akita = plans.EnumerateArray().Single(p => p.GetProperty("id").GetString() == Akita.Id);
        CollectionAssert.AreEqual(DepartmentScope.Departments(Akita).ToArray(),
            akita.GetProperty("departments").EnumerateArray().Select(d => d.GetString()).ToArray());
    }

    [TestMethod]
    public async Task TemplateOfAHeldPlanIsTheDepartmentsWorkbookMarkedForIt()
    {
        var response = await _service.Client.GetAsync($"/api/excel/plans/{Akita.Id}/template?department={Uri.EscapeDataString(Digital)}&deadline=2026-01-30");
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.AreEqual("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual(Digital + ".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        AssertMarkedFor(bytes, Akita.Id, Digital);
        // The same writer as `officedx excel template --deadline`, so the same bytes.
        CollectionAssert.AreEqual(ExcelTemplateWriter.Write(Akita, OfficeDx.Documents.Profiles.ProfileLibrary.Load("akita"), Digital, new DateOnly(2026, 1, 30)), bytes);
    }

    [TestMethod]
    public async Task APlanSentWholeGetsItsTemplateToo()
    {
        var other = Akita with { Id = "sent-plan" };
        var body = $"{{\"plan\":{PlanJson.Serialize(other)},\"department\":{System.Text.Json.JsonSerializer.Serialize(Statistics)}}}";
        var response = await _service.PostJsonAsync("/api/excel/template", body);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        AssertMarkedFor(await response.Content.ReadAsByteArrayAsync(), "sent-plan", Statistics);
    }

    [TestMethod]
    public async Task AnUnknownPlanIsNotFoundAndNamesThePlansThatExist()
    {
        var problem = await ProblemAnswers.AssertProblemAsync(
            await _service.Client.GetAsync($"/api/excel/plans/no-such-plan/template?department={Uri.EscapeDataString(Digital)}"), HttpStatusCode.NotFound);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), Akita.Id);
    }

    [TestMethod]
    public async Task ADepartmentWithoutMeasuresOrABadDeadlineIsABadRequest()
    {
        var unknown = await ProblemAnswers.AssertProblemAsync(
            await _service.Client.GetAsync($"/api/excel/plans/{Akita.Id}/template?department={Uri.EscapeDataString("総務課")}"), HttpStatusCode.BadRequest);
        StringAssert.Contains(unknown.GetProperty("detail").GetString(), Digital);
        await ProblemAnswers.AssertProblemAsync(await _service.Client.GetAsync($"/api/excel/plans/{Akita.Id}/template"), HttpStatusCode.BadRequest);
        var deadline = await ProblemAnswers.AssertProblemAsync(
            await _service.Client.GetAsync($"/api/excel/plans/{Akita.Id}/template?department={Uri.EscapeDataString(Digital)}&deadline=1月30日"), HttpStatusCode.BadRequest);
        StringAssert.Contains(deadline.GetProperty("detail").GetString(), "1月30日");
    }

    [TestMethod]
    public async Task AnInvalidPlanSentWholeIsNamedByItsJsonPath()
    {
        var body = $"{{\"plan\":{PlanJson.Serialize(Akita with { Title = "" })},\"department\":{System.Text.Json.JsonSerializer.Serialize(Digital)}}}";
        var problem = await ProblemAnswers.AssertProblemAsync(await _service.PostJsonAsync("/api/excel/template", body), HttpStatusCode.BadRequest);
        Assert.AreEqual("$.plan.title", problem.GetProperty("errors")[0].GetProperty("place").GetString());
    }
}
