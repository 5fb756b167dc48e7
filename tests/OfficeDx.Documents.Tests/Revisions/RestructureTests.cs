using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Revisions;
using OfficeDx.Documents.Tests.Support;

namespace OfficeDx.Documents.Tests.Revisions;

/// <summary>Re-homing measures into a new hierarchy, as the 第2.0版 folds the seven areas into 基礎条件整備 and 創生戦略.</summary>
[TestClass]
public sealed class RestructureTests
{
    private static RestructureMapping FoldIntoTwo(Plan plan) => new()
    {
        Areas =
        [
            new Area { Id = "v2-1", Number = "1", Title = "基礎条件整備", Areas = [new Area { Id = "v2-1-1", Number = "(1)", Title = "行政のデジタル化" }] },
            new Area { Id = "v2-2", Number = "2", Title = "創生戦略", Areas = [new Area { Id = "v2-2-1", Number = "(1)", Title = "地域のデジタル化" }] },
        ],
        Measures = plan.AllAreas().SelectMany(a => a.Measures.Select(m => (m.Id, Target: a.Id is "akita-6" or "akita-7" ? "v2-2-1" : "v2-1-1")))
            .ToDictionary(p => p.Id, p => p.Target),
    };

    [TestMethod]
    public void EveryMeasureLandsInItsNewAreaInItsOldOrder()
    {
        var plan = Samples.Load("akita");

        var restructured = FoldIntoTwo(plan).Apply(plan);

        var strategy = restructured.AllAreas().Single(a => a.Id == "v2-2-1");
        var expected = plan.Areas.Where(a => a.Id is "akita-6" or "akita-7").SelectMany(a => a.Measures).ToArray();
        CollectionAssert.AreEquivalent(expected.Select(m => m.Id).ToArray(), strategy.Measures.Select(m => m.Id).ToArray());
        Assert.AreEqual(plan.AllMeasures().Count(), restructured.AllMeasures().Count());
    }

    [TestMethod]
    public void TheComparisonShowsRehomedMeasuresAsMoves()
    {
        var plan = Samples.Load("akita");

        var output = EditionReviser.Revise(plan, plan, "令和6年3月改訂", ProfileLibrary.Load("akita"), FoldIntoTwo(plan));

        Assert.AreEqual(plan.AllMeasures().Count(), output.Summary.Count(RevisionKind.Moved));
        Assert.AreEqual(0, output.Summary.Count(RevisionKind.Modified), "a move alone changes no field");
        Assert.IsEmpty(DocumentValidation.Validate(output.Comparison, "comparison.docx"));
    }

    [TestMethod]
    public void FoldingIntoNewAreasNumbersEachAreaFromTheFirstInThePlansOrderAsTheSecondEditionDoes()
    {
        var plan = Samples.Load("akita");
        var mapping = new RestructureMapping
        {
            Areas =
            [
                new Area { Id = "v2-1", Number = "1", Title = "デジタル化の基礎条件整備", Areas =
                [
                    new Area { Id = "v2-1-1", Number = "(1)", Title = "デジタル基盤の整備", Areas = [new Area { Id = "v2-1-1-1", Number = "ア", Title = "地域情報化に係る基盤" }] },
                ] },
                new Area { Id = "v2-2", Number = "2", Title = "デジタルを活用した創生戦略" },
            ],
            Measures = plan.AllAreas().SelectMany(a => a.Measures.Select(m => (m.Id, Target: a.Id is "akita-6" or "akita-7" ? "v2-2" : "v2-1-1-1")))
                .ToDictionary(p => p.Id, p => p.Target),
        };

        var output = EditionReviser.Revise(plan, plan, "令和6年3月改訂", ProfileLibrary.Load("akita-v2"), mapping);

        var hierarchy = ProfileLibrary.Load("akita-v2").Hierarchy;
        foreach (var (areaId, depth, first) in new[] { ("v2-1-1-1", 2, "(ア)"), ("v2-2", 0, "(1)") })
        {
            var numbered = output.Plan.AllAreas().Single(a => a.Id == areaId).Measures.Where(m => m.State != MeasureState.Completed).ToArray();
            var moved = plan.AllMeasures().Where(m => numbered.Any(n => n.Id == m.Id)).ToArray();
            var oldOrder = moved.Where(m => m.State == MeasureState.Active).Concat(moved.Where(m => m.State == MeasureState.Added)).Select(m => m.Id).ToArray();
            CollectionAssert.AreEqual(oldOrder, numbered.Select(m => m.Id).ToArray(), $"{areaId}: the plan's order, under way before added");
            CollectionAssert.AreEqual(Enumerable.Range(1, numbered.Length).Select(i => Numbering.Format(NewMeasureNumbers.MeasureLevel(hierarchy, depth), i)).ToArray(),
                numbered.Select(m => m.Number).ToArray(), $"{areaId}: consecutive from the first, as 第2.0版 numbers its 取組事項");
            Assert.AreEqual(first, numbered[0].Number);
        }
        Assert.IsEmpty(DocumentValidation.Validate(output.Document, "plan.docx"));
        Assert.IsEmpty(DocumentValidation.Validate(output.Comparison, "comparison.docx"));
    }

    [TestMethod]
    public void AMeasureWithoutADestinationIsNamed()
    {
        var plan = Samples.Load("akita");
        var mapping = FoldIntoTwo(plan);
        var incomplete = mapping with { Measures = mapping.Measures.Where(p => p.Key != "akita-3-02").ToDictionary(p => p.Key, p => p.Value) };

        var error = Assert.ThrowsExactly<FormatException>(() => incomplete.Apply(plan));

        StringAssert.Contains(error.Message, "akita-3-02");
    }
}
