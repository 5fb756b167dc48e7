using DocumentFormat.OpenXml.Packaging;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Revisions;
using OfficeDx.Documents.Tests.Support;

namespace OfficeDx.Documents.Tests.Revisions;

/// <summary>Reproduces the March 2023 revision of the Akita plan: the sample is the revised edition; the original is rebuilt from it.</summary>
[TestClass]
public sealed class AkitaRevisionTests
{
    private static readonly Profile Akita = ProfileLibrary.Load("akita");
    private static readonly RevisionNoteTemplates Templates = Akita.RevisionNotes.RequireTemplates("akita");

    /// <summary>The 2021 edition as the revision notes say it was: other names, overviews and schedules, no added measures, finished ones still under way.</summary>
    private static Plan OriginalEdition(Plan revised)
    {
        Measure Before(Measure m)
        {
            if (m.State == MeasureState.Completed)
                return m with { Number = "0", State = MeasureState.Active, Overview = "令和3年度に実施する。" };
            var original = m with { Notes = [] };
            foreach (var note in m.Notes)
            {
                original = note.Kind switch
                {
                    RevisionNoteKind.Name => original with { Name = original.Name + "（旧名称）" },
                    RevisionNoteKind.Overview => original with { Overview = original.Overview + "\n（令和3年度の概要）" },
                    RevisionNoteKind.Schedule => original with
                    {
                        Schedule = original.Schedule.Count > 0
                            ? original.Schedule.Skip(1).ToArray()
                            : [new ScheduleEntry { FiscalYear = revised.Period.From, Phase = Phase.Preparation }],
                    },
                    _ => original,
                };
            }
            return original;
        }
        Area Rebuild(Area a) => a with
        {
            Measures = a.Measures.Where(m => m.State != MeasureState.Added).Select(Before).ToArray(),
            Areas = a.Areas.Select(Rebuild).ToArray(),
        };
        return revised with { Edition = "令和3年6月策定", Areas = revised.Areas.Select(Rebuild).ToArray() };
    }

    /// <summary>What the departments send back: the new texts and schedules, finished measures marked completed, new ones proposed; only the notes OfficeDx cannot word itself.</summary>
    private static Plan DepartmentChanges(Plan revised)
    {
        var written = new[] { Templates.Write(RevisionNoteKind.Overview, "令和4年度"), Templates.Write(RevisionNoteKind.Name, "令和4年度"), Templates.Write(RevisionNoteKind.Schedule, "令和4年度") };
        Area Rebuild(Area a) => a with
        {
            Measures = a.Measures.Select(m => m with
            {
                State = m.State == MeasureState.Added ? MeasureState.Active : m.State,
                Notes = m.Notes.Where(n => !written.Contains(n.Text)).ToArray(),
            }).ToArray(),
            Areas = a.Areas.Select(Rebuild).ToArray(),
        };
        return revised with { Edition = null, Areas = revised.Areas.Select(Rebuild).ToArray() };
    }

    [TestMethod]
    public void RevisingTheOriginalWithTheYearsChangesGivesTheSampleExactly()
    {
        var sample = Samples.Load("akita");

        var output = EditionReviser.Revise(OriginalEdition(sample), DepartmentChanges(sample), "令和5年3月改訂", Akita);

        var expected = PlanJson.Serialize(sample).Split('\n');
        var actual = PlanJson.Serialize(output.Plan).Split('\n');
        var firstDifference = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.AreEqual(-1, firstDifference, firstDifference < 0 ? "" : $"line {firstDifference + 1}: expected {expected[firstDifference]} but got {actual[firstDifference]}");
        Assert.AreEqual(expected.Length, actual.Length);
    }

    [TestMethod]
    public void TheComparisonCountsEveryKindOfRevision()
    {
        var sample = Samples.Load("akita");
        var original = OriginalEdition(sample);

        var summary = EditionReviser.Revise(original, DepartmentChanges(sample), "令和5年3月改訂", Akita).Summary;

        Assert.AreEqual(7, summary.Count(RevisionKind.Added), "measures after 【以下、追加の個別施策】");
        Assert.AreEqual(30, summary.Count(RevisionKind.Completed), "measures moved to 実施済みの施策");
        var noted = sample.AllMeasures().Count(m => m.Notes.Count > 0);
        Assert.AreEqual(noted, summary.Count(RevisionKind.Modified), "every measure with a ※ note was modified");
        Assert.AreEqual(0, summary.Count(RevisionKind.Removed));
    }

    [TestMethod]
    public void TheChangeLogTakesTheOriginalToTheRevisedEdition()
    {
        var sample = Samples.Load("akita");
        var original = OriginalEdition(sample);
        var output = EditionReviser.Revise(original, DepartmentChanges(sample), "令和5年3月改訂", Akita);

        var replayed = PlanPatcher.Apply(original, ChangeLogFiles.FromJson(output.ChangesJson));

        Assert.AreEqual(PlanJson.Serialize(output.Plan), PlanJson.Serialize(replayed));
    }

    [TestMethod]
    public void EveryOutputValidatesAndTheComparisonUnderlinesInsertionsAndStrikesDeletions()
    {
        var sample = Samples.Load("akita");
        var output = EditionReviser.Revise(OriginalEdition(sample), DepartmentChanges(sample), "令和5年3月改訂", Akita);

        Assert.IsEmpty(DocumentValidation.Validate(output.Document, "plan.docx"));
        Assert.IsEmpty(DocumentValidation.Validate(output.Comparison, "comparison.docx"));
        using var comparison = WordprocessingDocument.Open(new MemoryStream(output.Comparison), false);
        var runs = comparison.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>().ToArray();
        Assert.IsTrue(runs.Any(r => r.RunProperties?.Underline is not null && r.InnerText.Contains("※実施年度を見直し")), "the new ※ note is underlined");
        Assert.IsTrue(runs.Any(r => r.RunProperties?.Strike is not null && r.InnerText.Contains("（令和3年度の概要）")), "the dropped overview line is struck through");
        Assert.IsTrue(runs.Any(r => r.RunProperties?.Strike is not null && r.InnerText.Contains("（旧名称）")), "the old name's dropped words are struck through");
    }

    [TestMethod]
    public void RevisingTwiceGivesIdenticalFiles()
    {
        var sample = Samples.Load("akita");
        var a = EditionReviser.Revise(OriginalEdition(sample), DepartmentChanges(sample), "令和5年3月改訂", Akita);
        var b = EditionReviser.Revise(OriginalEdition(sample), DepartmentChanges(sample), "令和5年3月改訂", Akita);

        CollectionAssert.AreEqual(a.Document, b.Document);
        CollectionAssert.AreEqual(a.Comparison, b.Comparison);
        CollectionAssert.AreEqual(a.ChangesCsv, b.ChangesCsv);
    }
}
