using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Revisions;
using OfficeDx.Documents.Tests.Support;

namespace OfficeDx.Documents.Tests.Revisions;

/// <summary>A measure re-homed into an area that already has measures is numbered in that area's sequence, after its highest number.</summary>
[TestClass]
public sealed class MovedMeasureNumberTests
{
    private const string Edition = "令和6年3月改訂";

    /// <summary>The plan's own hierarchy, every measure staying where it is except <paramref name="moves"/> (measure id → area id).</summary>
    private static RestructureMapping SameHierarchyWith(Plan plan, IReadOnlyDictionary<string, string> moves)
    {
        static Area Empty(Area area) => area with { Measures = [], Areas = area.Areas.Select(Empty).ToArray() };
        return new RestructureMapping
        {
            Areas = plan.Areas.Select(Empty).ToArray(),
            Measures = plan.AllAreas().SelectMany(a => a.Measures.Select(m => (m.Id, Area: moves.GetValueOrDefault(m.Id, a.Id))))
                .ToDictionary(p => p.Id, p => p.Area),
        };
    }

    private static Dictionary<string, string> Moves(string moves) =>
        moves.Split(',').Select(p => p.Split('>')).ToDictionary(p => p[0], p => p[1]);

    private static RevisionOutput Revise(string sample, string moves, RevisionNumbering? numbering = null)
    {
        var plan = Samples.Load(sample);
        var profile = ProfileLibrary.Load(plan.Profile);
        if (numbering is { } chosen) profile = profile with { Hierarchy = profile.Hierarchy with { NumbersAfterRevision = chosen } };
        return EditionReviser.Revise(plan, plan, Edition, profile, SameHierarchyWith(plan, Moves(moves)));
    }

    [TestMethod]
    [DataRow("akita", "akita-3-01>akita-1,akita-3-02>akita-1,akita-4-10>akita-1", "akita-1", "12,13,14",
        DisplayName = "akita: 施策 1–11 stay; two under way and one added measure moved in → 12, 13, 14")]
    [DataRow("akita-v2", "akita-v2-2-06>akita-v2-1-1-2,akita-v2-1-3-02>akita-v2-1-1-2", "akita-v2-1-1-2", "(エ),(オ)",
        DisplayName = "akita-v2: (ア)–(ウ) stay; イ under (3) and (6) under 2 moved in, in the plan's order → (エ), (オ)")]
    public void MeasuresMovedIntoAnAreaTakeTheNumbersAfterItsHighestInThePlansOrder(string sample, string moves, string areaId, string expected)
    {
        var plan = Samples.Load(sample);
        var moved = Moves(moves).Keys.ToHashSet();
        var stayed = plan.AllAreas().Single(a => a.Id == areaId).Measures.Where(m => m.State != MeasureState.Completed).ToArray();

        var output = Revise(sample, moves);

        var area = output.Plan.AllAreas().Single(a => a.Id == areaId);
        var numbered = area.Measures.Where(m => m.State != MeasureState.Completed).ToArray();
        CollectionAssert.AreEqual(stayed.Select(m => m.Number).ToArray(), numbered.Where(m => !moved.Contains(m.Id)).Select(m => m.Number).ToArray(), "measures that stay keep their numbers");
        var movedIn = numbered.Where(m => moved.Contains(m.Id)).ToArray();
        var oldOrder = plan.AllMeasures().Select(m => m.Id).ToList();
        CollectionAssert.AreEqual(expected.Split(','), movedIn.OrderBy(m => oldOrder.IndexOf(m.Id)).Select(m => m.Number).ToArray());
        Assert.AreEqual(numbered.Length, numbered.Select(m => m.Number).Distinct().Count(), "no number twice in the area");
        Assert.IsEmpty(DocumentValidation.Validate(output.Document, "plan.docx"));
        Assert.IsEmpty(DocumentValidation.Validate(output.Comparison, "comparison.docx"));
    }

    [TestMethod]
    public void AMeasureMovedFromAnEarlierAreaIsListedAfterTheMeasuresThatStay()
    {
        var output = Revise("akita", "akita-1-02>akita-5");

        var underWay = output.Plan.AllAreas().Single(a => a.Id == "akita-5").Measures.Where(m => m.State == MeasureState.Active).ToArray();

        Assert.AreEqual("akita-1-02", underWay[^1].Id);
        Assert.AreEqual("16", underWay[^1].Number);
        Assert.AreEqual("15", underWay[^2].Number);
    }

    [TestMethod]
    public void TheAreaAMeasureLeftKeepsItsOtherNumbersWithTheGapInAKeepGapsProfile()
    {
        var output = Revise("akita", "akita-4-05>akita-1", RevisionNumbering.KeepGaps);

        var numbers = output.Plan.AllAreas().Single(a => a.Id == "akita-4").Measures.Where(m => m.State != MeasureState.Completed).Select(m => m.Number).ToArray();

        CollectionAssert.AreEqual(new[] { "1", "2", "3", "4", "6", "7", "8", "9", "10" }, numbers);
        Assert.AreEqual("12", output.Plan.AllMeasures().Single(m => m.Id == "akita-4-05").Number);
    }

    [TestMethod]
    public void TheAreaAMeasureLeftIsNumberedAgainInARenumberProfileAndTheMovedMeasureStillTakesTheNextNumberWhereItWent()
    {
        var output = Revise("akita", "akita-4-05>akita-1", RevisionNumbering.Renumber);

        var numbers = output.Plan.AllAreas().Single(a => a.Id == "akita-4").Measures.Where(m => m.State != MeasureState.Completed).Select(m => m.Number).ToArray();

        CollectionAssert.AreEqual(Enumerable.Range(1, 9).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), numbers);
        Assert.AreEqual("12", output.Plan.AllMeasures().Single(m => m.Id == "akita-4-05").Number);
        var renumbered = output.Summary.Measures.Where(m => m.Kinds.Contains(RevisionKind.Renumbered)).Select(m => m.Id).ToArray();
        CollectionAssert.AreEquivalent(new[] { "akita-4-06", "akita-4-07", "akita-4-08", "akita-4-09", "akita-4-10" }, renumbered, "the moved measure's new number belongs to its move");
    }

    [TestMethod]
    public void TheChangeLogRecordsTheNewNumberAsAFieldOfTheMovedMeasureAndReplaysExactly()
    {
        var plan = Samples.Load("akita-v2");
        var output = Revise("akita-v2", "akita-v2-1-3-02>akita-v2-1-1-2");

        var change = output.Changes.Single(c => c.Target == ChangeTarget.Measure && c.Id == "akita-v2-1-3-02" && c.Field == "number");

        Assert.AreEqual("イ", (string?)change.Before);
        Assert.AreEqual("(エ)", (string?)change.After);
        var replayed = PlanPatcher.Apply(plan, ChangeLogFiles.FromJson(output.ChangesJson));
        Assert.AreEqual(PlanJson.Serialize(output.Plan), PlanJson.Serialize(replayed));
    }

    [TestMethod]
    public void TheComparisonShowsTheMoveWithTheOldAndNewNumbersAndNoSeparateEdit()
    {
        var output = Revise("akita-v2", "akita-v2-1-3-02>akita-v2-1-1-2");

        var revision = output.Summary.Measures.Single(m => m.Id == "akita-v2-1-3-02");
        CollectionAssert.AreEqual(new[] { RevisionKind.Moved }, revision.Kinds.ToArray());
        Assert.IsEmpty(revision.Fields, "the new number belongs to the move, not to an edit of the measure");
        var paragraphs = DocumentText.Paragraphs(output.Comparison);
        var row = paragraphs.ToList().IndexOf("分野の移動");
        Assert.IsGreaterThanOrEqualTo(0, row);
        CollectionAssert.AreEqual(new[] { "イ 行政情報化に係る基盤", "番号 (エ)", "(3) 誰一人取り残されないための仕組み", "番号 イ" }, paragraphs.Skip(row + 1).Take(4).ToArray());
    }

    [TestMethod]
    public void ARestructuredEditionIsTheSameBytesEveryTime()
    {
        const string moves = "akita-v2-2-06>akita-v2-1-1-2,akita-v2-1-3-02>akita-v2-1-1-2";

        var first = Revise("akita-v2", moves);
        var second = Revise("akita-v2", moves);

        CollectionAssert.AreEqual(first.Document, second.Document);
        CollectionAssert.AreEqual(first.Comparison, second.Comparison);
        Assert.AreEqual(first.ChangesJson, second.ChangesJson);
        CollectionAssert.AreEqual(first.ChangesCsv, second.ChangesCsv);
    }
}
