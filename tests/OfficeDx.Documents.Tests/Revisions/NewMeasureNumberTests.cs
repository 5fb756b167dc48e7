using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Revisions;
using OfficeDx.Documents.Tests.Support;

namespace OfficeDx.Documents.Tests.Revisions;

/// <summary>Measures a revision adds are numbered in the profile's style, after the last number of their area.</summary>
[TestClass]
public sealed class NewMeasureNumberTests
{
    private static Measure Proposed(string id) => new()
    {
        Id = id,
        Number = "99",
        Name = "新たに提案された施策" + id,
        Overview = "来年度から実施する。",
        Departments = ["企画課"],
    };

    private static Plan WithProposals(Plan plan, string areaId, params string[] ids)
    {
        Area Add(Area area) => area with
        {
            Measures = area.Id == areaId ? [.. area.Measures, .. ids.Select(Proposed)] : area.Measures,
            Areas = area.Areas.Select(Add).ToArray(),
        };
        return plan with { Areas = plan.Areas.Select(Add).ToArray() };
    }

    [TestMethod]
    [DataRow("akita", "akita-1", "12", DisplayName = "akita: 施策 1–11 → 12")]
    [DataRow("hachinohe", "hachinohe-1", "施策6", DisplayName = "hachinohe: 施策1–施策5 → 施策6")]
    [DataRow("katagami", "katagami-1-1", "⑬", DisplayName = "katagami: ①–⑫ under ○ → ⑬")]
    [DataRow("akita-v2", "akita-v2-1-1-1", "(ク)", DisplayName = "akita-v2: (ア)–(キ) under ア → (ク)")]
    [DataRow("akita-v2", "akita-v2-1-3", "ウ", DisplayName = "akita-v2: ア–イ under (3) → ウ")]
    [DataRow("akita-v2", "akita-v2-2", "(7)", DisplayName = "akita-v2: (1)–(6) under 2 → (7)")]
    public void AProposedMeasureGetsTheNextNumberInTheProfilesStyle(string sample, string areaId, string expected)
    {
        var plan = Samples.Load(sample);
        var profile = ProfileLibrary.Load(plan.Profile);

        var output = EditionReviser.Revise(plan, WithProposals(plan, areaId, "new-1"), "令和6年3月改訂", profile);

        var added = output.Plan.AllMeasures().Single(m => m.Id == "new-1");
        Assert.AreEqual(MeasureState.Added, added.State);
        Assert.AreEqual(expected, added.Number);
        StringAssert.Contains(DocumentText.All(output.Document), expected + profile.Hierarchy.NumberSeparator + added.Name);
        Assert.IsEmpty(DocumentValidation.Validate(output.Document, "plan.docx"));
        Assert.IsEmpty(DocumentValidation.Validate(output.Comparison, "comparison.docx"));
    }

    [TestMethod]
    public void SeveralProposalsAreNumberedInTurnAndKeptMeasuresKeepTheirNumbersWhenAnEarlierOneIsFinishedInAKeepGapsProfile()
    {
        var akita = ProfileLibrary.Load("akita");
        var keepGaps = akita with { Hierarchy = akita.Hierarchy with { NumbersAfterRevision = RevisionNumbering.KeepGaps } };
        var plan = Samples.Load("akita");
        var changed = WithProposals(plan, "akita-1", "new-1", "new-2");
        Area Finish(Area area) => area with
        {
            Measures = area.Measures.Select(m => m.Id == "akita-1-03" ? new Measure { Id = m.Id, Name = m.Name, State = MeasureState.Completed } : m).ToArray(),
        };
        changed = changed with { Areas = changed.Areas.Select(Finish).ToArray() };

        var output = EditionReviser.Revise(plan, changed, "令和6年3月改訂", keepGaps);

        var measures = output.Plan.AllMeasures().ToDictionary(m => m.Id);
        Assert.AreEqual("4", measures["akita-1-04"].Number, "a kept measure keeps its number");
        Assert.AreEqual("12", measures["new-1"].Number);
        Assert.AreEqual("13", measures["new-2"].Number);
        Assert.IsNull(measures["akita-1-03"].Number, "a finished measure is listed by name only");
    }

    [TestMethod]
    public void AMeasureAddedInAnEarlierRevisionKeepsItsNumber()
    {
        var plan = Samples.Load("akita");
        var added = plan.AllMeasures().Single(m => m.Id == "akita-4-10");

        var output = EditionReviser.Revise(plan, WithProposals(plan, "akita-4", "new-1"), "令和6年3月改訂", ProfileLibrary.Load("akita"));

        var measures = output.Plan.AllMeasures().ToDictionary(m => m.Id);
        Assert.AreEqual(added.Number, measures["akita-4-10"].Number);
        Assert.AreEqual("11", measures["new-1"].Number);
    }
}
