using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Core.Time;

namespace OfficeDx.Core.Tests.Revisions;

/// <summary>The reviser writes exactly the wording it is given, with the results year in the requested style.</summary>
[TestClass]
public sealed class PlanReviserWordingTests
{
    private static readonly RevisionNoteTemplates Wording = new()
    {
        Schedule = "※工程を見直し（{year}）",
        Overview = "※{year}の実績で概要を修正",
        Name = "※名称を修正",
    };

    private static (Plan Current, Plan Changed) Plans()
    {
        var current = PlanJson.Deserialize(File.ReadAllText(RepositoryFiles.SamplePlan("katagami")));
        Area Change(Area area) => area with
        {
            Measures = area.Measures.Select(m => m.Id switch
            {
                "katagami-1-1-01" => m with { Overview = m.Overview + "\n対象を広げる。", Schedule = [.. m.Schedule.Skip(1)] },
                "katagami-1-1-02" => m with { Name = m.Name + "（第2期）" },
                _ => m,
            }).ToArray(),
            Areas = area.Areas.Select(Change).ToArray(),
        };
        return (current, current with { Areas = current.Areas.Select(Change).ToArray() });
    }

    [TestMethod]
    public void EachChangedFieldGetsItsTemplateWithTheResultsYearInTheGivenStyle()
    {
        var (current, changed) = Plans();

        var revised = PlanReviser.Revise(current, changed, "令和7年3月改訂", new FiscalYear(2024), FiscalYearStyle.Western, Wording);

        var measures = revised.AllMeasures().ToDictionary(m => m.Id);
        CollectionAssert.AreEqual(new[] { "※2024年度の実績で概要を修正", "※工程を見直し（2024年度）" }, measures["katagami-1-1-01"].Notes.Select(n => n.Text).ToArray());
        CollectionAssert.AreEqual(new[] { RevisionNoteKind.Overview, RevisionNoteKind.Schedule }, measures["katagami-1-1-01"].Notes.Select(n => n.Kind).ToArray());
        CollectionAssert.AreEqual(new[] { "※名称を修正" }, measures["katagami-1-1-02"].Notes.Select(n => n.Text).ToArray());
        Assert.IsEmpty(measures["katagami-1-1-03"].Notes);
    }

    [TestMethod]
    public void ANoteTheDepartmentAlreadyWroteForThisYearIsKeptAsWritten()
    {
        var (current, changed) = Plans();
        Area Note(Area area) => area with
        {
            Measures = area.Measures.Select(m => m.Id == "katagami-1-1-01"
                ? m with { Notes = [new RevisionNote { Kind = RevisionNoteKind.Overview, Text = "※2024年度に対象を拡大したため概要を修正" }] }
                : m).ToArray(),
            Areas = area.Areas.Select(Note).ToArray(),
        };

        var revised = PlanReviser.Revise(current, changed with { Areas = changed.Areas.Select(Note).ToArray() }, "令和7年3月改訂", new FiscalYear(2024), FiscalYearStyle.Western, Wording);

        var notes = revised.AllMeasures().Single(m => m.Id == "katagami-1-1-01").Notes.Select(n => n.Text).ToArray();
        CollectionAssert.AreEqual(new[] { "※2024年度に対象を拡大したため概要を修正", "※工程を見直し（2024年度）" }, notes);
    }
}
