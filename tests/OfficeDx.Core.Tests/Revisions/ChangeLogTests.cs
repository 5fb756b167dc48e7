using CsCheck;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;

namespace OfficeDx.Core.Tests.Revisions;

[TestClass]
public sealed class ChangeLogTests
{
    [TestMethod]
    public void TheChangeLogAppliedToTheOldPlanGivesTheNewOne()
    {
        PlanMutations.Gen.Sample(mutated =>
        {
            var changes = PlanComparer.Compare(mutated.Old, mutated.New);
            Assert.AreEqual(PlanJson.Serialize(mutated.New), PlanJson.Serialize(PlanPatcher.Apply(mutated.Old, changes)));
        }, iter: 300);
    }

    [TestMethod]
    public void TheChangeLogListsEveryChangedFieldAndNothingElse()
    {
        PlanMutations.Gen.Sample(mutated =>
        {
            var listed = PlanComparer.Compare(mutated.Old, mutated.New).Select(c => (c.Target, c.Id, c.Field)).ToHashSet();
            CollectionAssert.AreEquivalent(mutated.Expected.ToArray(), listed.ToArray());
        }, iter: 300);
    }

    [TestMethod]
    public void ComparingAPlanWithItselfFindsNoChange()
    {
        PlanGenerators.Plan.Sample(plan => Assert.IsEmpty(PlanComparer.Compare(plan, plan)), iter: 100);
    }

    [TestMethod]
    public void ARevisedScheduleIsOneChangeWithTheOldAndNewValues()
    {
        var old = PlanJson.Deserialize(File.ReadAllText(RepositoryFiles.SamplePlan("akita")));
        var measure = old.AllMeasures().First(m => m.Id == "akita-1-08");
        var next = Replace(old, measure with { Schedule = [.. measure.Schedule.Take(2)] });

        var change = PlanComparer.Compare(old, next).Single();

        Assert.AreEqual((ChangeTarget.Measure, "akita-1-08", "schedule"), (change.Target, change.Id, change.Field));
        Assert.AreEqual(3, change.Before!.AsArray().Count);
        Assert.AreEqual(2, change.After!.AsArray().Count);
    }

    private static Plan Replace(Plan plan, Measure measure)
    {
        Area Swap(Area area) => area with
        {
            Measures = area.Measures.Select(m => m.Id == measure.Id ? measure : m).ToArray(),
            Areas = area.Areas.Select(Swap).ToArray(),
        };
        return plan with { Areas = plan.Areas.Select(Swap).ToArray() };
    }
}
