using CsCheck;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Excel;

namespace OfficeDx.Documents.Tests.Excel;

[TestClass]
public sealed class ExcelRoundTripTests
{
    private static CollectResult CollectAll(Plan plan, Func<string, byte[], byte[]>? edit = null) =>
        ExcelCollector.Collect(plan, ExcelSamples.Akita, DepartmentScope.Departments(plan)
            .Select(d => (ExcelTemplateWriter.FileName(d), edit is null ? ExcelTemplateWriter.Write(plan, ExcelSamples.Akita, d) : edit(d, ExcelTemplateWriter.Write(plan, ExcelSamples.Akita, d))))
            .ToArray());

    [TestMethod]
    public void AkitaTemplatesCollectedWithoutEditsChangeNothing()
    {
        var result = CollectAll(ExcelSamples.Sample);
        Assert.AreEqual(PlanJson.Serialize(ExcelSamples.Sample), PlanJson.Serialize(result.Plan));
        Assert.IsEmpty(result.Report, string.Join(Environment.NewLine, result.Report));
    }

    [TestMethod]
    public void RandomPlanTemplatesCollectedWithoutEditsChangeNothing()
    {
        PlanGenerators.Plan.Sample(plan =>
        {
            var result = CollectAll(plan);
            Assert.AreEqual(PlanJson.Serialize(plan), PlanJson.Serialize(result.Plan));
            Assert.IsEmpty(result.Report, string.Join(Environment.NewLine, result.Report));
        }, iter: 40);
    }

    [TestMethod]
    public void RandomEditsInOneDepartmentsWorkbookComeBackAsExactlyThoseEdits()
    {
        var cases = PlanGenerators.Plan.Where(p => DepartmentScope.Departments(p).Count > 0)
            .SelectMany(plan => Gen.Int[0, DepartmentScope.Departments(plan).Count - 1]
                .SelectMany(d => RandomEdits.For(plan, DepartmentScope.Departments(plan)[d]).Select(edits => (plan, department: DepartmentScope.Departments(plan)[d], edits))));
        cases.Sample(c =>
        {
            var result = CollectAll(c.plan, (department, workbook) => department == c.department ? RandomEdits.Apply(workbook, c.plan, c.edits) : workbook);
            Assert.IsEmpty(result.NotAccepted.ToArray(), string.Join(Environment.NewLine, result.NotAccepted));
            var expected = RandomEdits.Expected(c.plan, c.department, c.edits);
            PlanDiff.AssertSame(expected, result.Plan);
            Assert.AreEqual(RandomEdits.Effective(c.plan, c.edits), result.Accepted.Count(),
                string.Join(Environment.NewLine, result.Report));
        }, iter: 60);
    }
}
