using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Revisions;
using OfficeDx.Documents.Tests.Support;

namespace OfficeDx.Documents.Tests.Revisions;

/// <summary>hierarchy.numbersAfterRevision: an area a measure left keeps its gap (keepGaps) or numbers its measures under way again (renumber).</summary>
[TestClass]
public sealed class RenumberAfterRevisionTests
{
    private const string Edition = "令和6年3月改訂";

    private static Profile With(string profile, RevisionNumbering numbering)
    {
        var loaded = ProfileLibrary.Load(profile);
        return loaded with { Hierarchy = loaded.Hierarchy with { NumbersAfterRevision = numbering } };
    }

    private static Plan Edit(Plan plan, string areaId, Func<Measure[], IEnumerable<Measure>> edit)
    {
        Area Walk(Area area) => area with
        {
            Measures = area.Id == areaId ? edit(area.Measures.ToArray()).ToArray() : area.Measures,
            Areas = area.Areas.Select(Walk).ToArray(),
        };
        return plan with { Areas = plan.Areas.Select(Walk).ToArray() };
    }

    private static Measure Finished(Measure m) => new() { Id = m.Id, Name = m.Name, State = MeasureState.Completed };

    private static Measure Proposed(string id) => new() { Id = id, Number = "99", Name = "新たに提案された施策", Overview = "来年度から実施する。", Departments = ["企画課"] };

    /// <summary>The year's changes: the area's second measure finished, one measure proposed for it.</summary>
    private static Plan SecondFinishedOneProposed(Plan plan, string areaId) =>
        Edit(plan, areaId, ms => ms.Select((m, i) => i == 1 ? Finished(m) : m).Append(Proposed("new-1")));

    private static string?[] UnderWayNumbers(Plan plan, string areaId) =>
        plan.AllAreas().Single(a => a.Id == areaId).Measures.Where(m => m.State != MeasureState.Completed).Select(m => m.Number).ToArray();

    [TestMethod]
    [DataRow("akita", "akita-1", RevisionNumbering.KeepGaps, "1,3,4,5,6,7,8,9,10,11,12", DisplayName = "akita keepGaps: 2 finished → gap, new 12")]
    [DataRow("akita", "akita-1", RevisionNumbering.Renumber, "1,2,3,4,5,6,7,8,9,10,11", DisplayName = "akita renumber: 2 finished → 1–10, new 11")]
    [DataRow("akita-v2", "akita-v2-1-1-1", RevisionNumbering.KeepGaps, "(ア),(ウ),(エ),(オ),(カ),(キ),(ク)", DisplayName = "akita-v2 keepGaps: (イ) finished → gap, new (ク)")]
    [DataRow("akita-v2", "akita-v2-1-1-1", RevisionNumbering.Renumber, "(ア),(イ),(ウ),(エ),(オ),(カ),(キ)", DisplayName = "akita-v2 renumber: (イ) finished → (ア)–(カ), new (キ)")]
    [DataRow("akita-v2", "akita-v2-2", RevisionNumbering.KeepGaps, "(1),(3),(4),(5),(6),(7)", DisplayName = "akita-v2 keepGaps: (2) finished under 2 → gap, new (7)")]
    [DataRow("akita-v2", "akita-v2-2", RevisionNumbering.Renumber, "(1),(2),(3),(4),(5),(6)", DisplayName = "akita-v2 renumber: (2) finished under 2 → (1)–(5), new (6)")]
    public void AFinishedMeasureLeavesAGapOrTheAreaIsNumberedAgainAsTheProfileSays(string sample, string areaId, RevisionNumbering numbering, string expected)
    {
        var plan = Samples.Load(sample);
        var profile = With(sample, numbering);

        var output = EditionReviser.Revise(plan, SecondFinishedOneProposed(plan, areaId), Edition, profile);

        CollectionAssert.AreEqual(expected.Split(','), UnderWayNumbers(output.Plan, areaId));
        Assert.AreEqual(expected.Split(',')[^1], output.Plan.AllMeasures().Single(m => m.Id == "new-1").Number, "the proposal comes last, after the divider");
        var finished = output.Plan.AllAreas().Single(a => a.Id == areaId).Measures.Single(m => m.State == MeasureState.Completed && m.Id == plan.AllAreas().Single(a => a.Id == areaId).Measures[1].Id);
        Assert.IsNull(finished.Number, "a measure under 実施済みの施策 is listed by name only");
        var text = DocumentText.All(output.Document);
        foreach (var measure in output.Plan.AllAreas().Single(a => a.Id == areaId).Measures.Where(m => m.State != MeasureState.Completed))
            StringAssert.Contains(text, measure.Number + profile.Hierarchy.NumberSeparator + measure.Name);
        Assert.IsEmpty(DocumentValidation.Validate(output.Document, "plan.docx"));
        Assert.IsEmpty(DocumentValidation.Validate(output.Comparison, "comparison.docx"));
    }

    [TestMethod]
    [DataRow("akita", "akita-1")]
    [DataRow("akita-v2", "akita-v2-1-1-1")]
    public void EachRenumberedMeasureIsANumberChangeInTheLogAndTheLogReplaysExactly(string sample, string areaId)
    {
        var plan = Samples.Load(sample);
        var output = EditionReviser.Revise(plan, SecondFinishedOneProposed(plan, areaId), Edition, With(sample, RevisionNumbering.Renumber));

        var area = plan.AllAreas().Single(a => a.Id == areaId);
        var stayed = area.Measures.Skip(2).Where(m => m.State != MeasureState.Completed).ToArray();
        // The finished measure's number goes too (it is listed by name only); that is the move to 実施済みの施策, not a renumbering.
        var numberChanges = output.Changes.Where(c => c.Target == ChangeTarget.Measure && c.Field == "number" && c.Id != area.Measures[1].Id).ToDictionary(c => c.Id!);
        CollectionAssert.AreEquivalent(stayed.Select(m => m.Id).ToArray(), numberChanges.Keys.ToArray(), "every measure after the finished one, and only those");
        foreach (var measure in stayed)
        {
            Assert.AreEqual(measure.Number, (string?)numberChanges[measure.Id].Before);
            Assert.AreEqual(output.Plan.AllMeasures().Single(m => m.Id == measure.Id).Number, (string?)numberChanges[measure.Id].After);
        }
        var replayed = PlanPatcher.Apply(plan, ChangeLogFiles.FromJson(output.ChangesJson));
        Assert.AreEqual(PlanJson.Serialize(output.Plan), PlanJson.Serialize(replayed));
    }

    [TestMethod]
    public void TheComparisonCountsRenumberedMeasuresApartFromEditedOnesAndShowsTheNumberRow()
    {
        var plan = Samples.Load("akita");
        var output = EditionReviser.Revise(plan, SecondFinishedOneProposed(plan, "akita-1"), Edition, With("akita", RevisionNumbering.Renumber));

        Assert.AreEqual(9, output.Summary.Count(RevisionKind.Renumbered), "akita-1-03 … akita-1-11 move up one");
        Assert.AreEqual(0, output.Summary.Count(RevisionKind.Modified), "a new number alone is no edit of the measure's content");
        Assert.AreEqual(9, output.Summary.FieldCount, "one number row per renumbered measure");
        var third = output.Summary.Measures.Single(m => m.Id == "akita-1-03");
        CollectionAssert.AreEqual(new[] { RevisionKind.Renumbered }, third.Kinds.ToArray());
        Assert.AreEqual(new FieldRevision("number", "3", "2"), third.Fields.Single());
        var paragraphs = DocumentText.Paragraphs(output.Comparison).ToList();
        Assert.AreEqual("9", paragraphs[paragraphs.IndexOf("番号を振り直した施策") + 1], "the summary row's count");
        Assert.AreEqual(9, paragraphs.Count(p => p == "番号"), "a 番号 row in each renumbered measure's table");
        var heading = paragraphs.IndexOf("2 " + plan.AllMeasures().Single(m => m.Id == "akita-1-03").Name);
        var row = paragraphs.IndexOf("番号", heading);
        CollectionAssert.AreEqual(new[] { "2", "3" }, paragraphs.Skip(row + 1).Take(2).ToArray(), "改定後 | 改定前");
    }

    [TestMethod]
    public void AMeasureMovedAwayOrRemovedAlsoClosesUpItsAreaWhenTheProfileRenumbers()
    {
        var plan = Samples.Load("akita");
        var moved = Edit(plan, "akita-2", ms => ms.Where(m => m.Id != "akita-2-01"));
        moved = Edit(moved, "akita-3", ms => ms.Append(plan.AllMeasures().Single(m => m.Id == "akita-2-01")));
        moved = Edit(moved, "akita-4", ms => ms.Where(m => m.Id != "akita-4-03"));

        var output = EditionReviser.Revise(plan, moved, Edition, With("akita", RevisionNumbering.Renumber));

        CollectionAssert.AreEqual(new[] { "1", "2" }, UnderWayNumbers(output.Plan, "akita-2"), "moved away");
        CollectionAssert.AreEqual(Enumerable.Range(1, 9).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), UnderWayNumbers(output.Plan, "akita-4"), "removed");
        var intoThree = UnderWayNumbers(output.Plan, "akita-3");
        CollectionAssert.AreEqual(UnderWayNumbers(plan, "akita-3").Append((UnderWayNumbers(plan, "akita-3").Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), intoThree, "the area it moved into keeps its numbers and adds the next");
        var replayed = PlanPatcher.Apply(plan, ChangeLogFiles.FromJson(output.ChangesJson));
        Assert.AreEqual(PlanJson.Serialize(output.Plan), PlanJson.Serialize(replayed));
    }

    [TestMethod]
    public void AnAreaNoMeasureLeftKeepsItsNumbersEvenWhenTheProfileRenumbers()
    {
        // A gap an earlier keepGaps edition left is not closed by a later revision that takes nothing from the area.
        var plan = Edit(Samples.Load("akita"), "akita-2", ms => ms.Select(m => m.Id == "akita-2-03" ? m with { Number = "5" } : m));

        var output = EditionReviser.Revise(plan, plan, Edition, With("akita", RevisionNumbering.Renumber));

        CollectionAssert.AreEqual(new[] { "1", "2", "5" }, UnderWayNumbers(output.Plan, "akita-2"));
        Assert.IsFalse(output.Changes.Any(c => c.Field == "number"));
    }

    [TestMethod]
    public void RenumberingGivesTheSameBytesEveryTime()
    {
        var plan = Samples.Load("akita-v2");
        var changed = SecondFinishedOneProposed(plan, "akita-v2-1-1-1");
        var profile = With("akita-v2", RevisionNumbering.Renumber);

        var a = EditionReviser.Revise(plan, changed, Edition, profile);
        var b = EditionReviser.Revise(plan, changed, Edition, profile);

        CollectionAssert.AreEqual(a.Document, b.Document);
        CollectionAssert.AreEqual(a.Comparison, b.Comparison);
        CollectionAssert.AreEqual(a.ChangesCsv, b.ChangesCsv);
        Assert.AreEqual(a.ChangesJson, b.ChangesJson);
    }

    [TestMethod]
    [DataRow("akita", RevisionNumbering.Renumber, DisplayName = "akita: the 令和5年3月改訂 lists every area's remaining measures without gaps")]
    [DataRow("akita-v2", RevisionNumbering.KeepGaps, DisplayName = "akita-v2: no revised 第2.0版 among the seeds")]
    [DataRow("hachinohe", RevisionNumbering.KeepGaps, DisplayName = "hachinohe: only the 原案")]
    [DataRow("katagami", RevisionNumbering.KeepGaps, DisplayName = "katagami: only the first edition")]
    public void EachShippedProfileNumbersRevisionsAsItsSeedShows(string profile, RevisionNumbering expected) =>
        Assert.AreEqual(expected, ProfileLibrary.Load(profile).Hierarchy.NumbersAfterRevision);
}
