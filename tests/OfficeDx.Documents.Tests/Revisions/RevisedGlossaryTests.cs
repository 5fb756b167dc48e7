using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Revisions;
using OfficeDx.Documents.Tests.Glossary;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.Revisions;

/// <summary>A revision refreshes the glossary: terms whose first use went away are marked where they now first appear, and renumbered.</summary>
[TestClass]
public sealed class RevisedGlossaryTests
{
    private static readonly Profile Akita = ProfileLibrary.Load("akita");

    private static readonly TermBase Terms = new()
    {
        Terms =
        [
            new TermBaseEntry { Term = "キャッシュレス", Reading = "きゃっしゅれす", Definition = "現金を使わずに支払うこと。", Variants = ["キャッシュ・レス"] },
            new TermBaseEntry { Term = "オープンデータ", Reading = "おーぷんでーた", Definition = "誰もが使えるように公開されたデータ。" },
            new TermBaseEntry { Term = "RPA", Expansion = "Robotic Process Automation", Definition = "定型作業をソフトウェアで自動化すること。" },
        ],
    };

    /// <summary>The Akita sample with the three terms marked at their first use, as the DX office had it before the revision.</summary>
    private static Plan MarkedEdition()
    {
        var sample = Samples.Load("akita");
        var marked = GlossaryEditor.Mark(PlanDocumentWriter.Write(sample, Akita), "akita.docx", Akita.Glossary, Terms);
        var harvested = GlossaryHarvester.Read(marked, "akita.docx").Terms;
        // Readings and variants are the DX office's; the document gives where each term is marked.
        var glossary = harvested.Select(h => Terms.Terms.Single(t => t.Term == h.Term).ToGlossaryTerm() with { Marker = h.Marker, FirstUse = h.FirstUse }).ToArray();
        return sample with { Glossary = glossary };
    }

    /// <summary>Both measures that mention キャッシュレス are dropped, and so is akita-6-11, where RPA was first marked.</summary>
    private static Plan Changes(Plan plan)
    {
        Area Drop(Area area) => area with { Measures = area.Measures.Where(m => m.Id is not ("akita-1-02" or "akita-1-03" or "akita-6-11")).ToArray() };
        return plan with { Areas = plan.Areas.Select(Drop).ToArray() };
    }

    [TestMethod]
    public void TheEditionBeforeTheRevisionMarksTheTermsInDocumentOrder()
    {
        var plan = MarkedEdition();

        CollectionAssert.AreEqual(new[] { "キャッシュレス", "オープンデータ", "RPA" }, plan.Glossary.Select(t => t.Term).ToArray());
        CollectionAssert.AreEqual(new int?[] { 1, 2, 3 }, plan.Glossary.Select(t => t.Marker).ToArray());
        StringAssert.StartsWith(plan.Glossary[0].FirstUse, "measure:akita-1-02");
        Assert.AreEqual("area:akita-2", plan.Glossary[1].FirstUse, "the heading of area (2) names オープンデータ");
        StringAssert.StartsWith(plan.Glossary[2].FirstUse, "measure:akita-6-11");
    }

    [TestMethod]
    public void ATermWhoseFirstUseWentAwayIsMarkedWhereItNowFirstAppearsAndTheMarkersAreRenumbered()
    {
        var current = MarkedEdition();

        var output = EditionReviser.Revise(current, Changes(current), "令和6年3月改訂", Akita);

        var glossary = output.Plan.Glossary.ToDictionary(t => t.Term);
        Assert.AreEqual(1, glossary["オープンデータ"].Marker);
        Assert.AreEqual(current.Glossary[1].FirstUse, glossary["オープンデータ"].FirstUse, "a term whose first use is still there stays where it was");
        Assert.AreEqual(2, glossary["RPA"].Marker);
        StringAssert.StartsWith(glossary["RPA"].FirstUse, "measure:akita-6-12");
        Assert.IsNull(glossary["キャッシュレス"].Marker, "a term the edition no longer uses is listed without a marker");
        CollectionAssert.AreEqual(new[] { "キャッシュ・レス" }, glossary["キャッシュレス"].Variants.ToArray(), "the plan's variants are kept");

        var body = GlossaryDocs.Body(output.Document);
        var markers = GlossaryDocs.Markers(body).ToArray();
        CollectionAssert.AreEqual(new[] { "オープンデータ", "RPA" }, markers.Select(GlossaryDocs.MarkerTerm).ToArray());
        CollectionAssert.AreEqual(new[] { Akita.Glossary.MarkText(1), Akita.Glossary.MarkText(2) }, markers.Select(GlossaryDocs.MarkerText).ToArray());
        Assert.IsEmpty(DocumentValidation.Validate(output.Document, "plan.docx"));
    }

    [TestMethod]
    public void ThePlanFileSaysWhatTheDocumentSaysAndTheChangeLogStillLeadsThere()
    {
        var current = MarkedEdition();

        var output = EditionReviser.Revise(current, Changes(current), "令和6年3月改訂", Akita);

        var harvested = PlanDocumentReader.Read(output.Document, "plan.docx").Plan;
        CollectionAssert.AreEqual(
            output.Plan.Glossary.Select(t => (t.Term, t.Marker, t.FirstUse)).ToArray(),
            harvested.Glossary.Select(t => (t.Term, t.Marker, t.FirstUse)).ToArray());
        Assert.AreEqual(PlanJson.Serialize(output.Plan), PlanJson.Serialize(PlanPatcher.Apply(current, ChangeLogFiles.FromJson(output.ChangesJson))));
    }
    [TestMethod]
    public void RevisingAPlanWithAGlossaryTwiceGivesIdenticalFiles()
    {
        var current = MarkedEdition();

        var a = EditionReviser.Revise(current, Changes(current), "令和6年3月改訂", Akita);
        var b = EditionReviser.Revise(current, Changes(current), "令和6年3月改訂", Akita);

        CollectionAssert.AreEqual(a.Document, b.Document);
        Assert.AreEqual(PlanJson.Serialize(a.Plan), PlanJson.Serialize(b.Plan));
    }
    [TestMethod]
    public void AMarkerTypedIntoThePlanTextFailsThatBatchJobByPlace()
    {
        var current = MarkedEdition();
        Area Type(Area area) => area with
        {
            Measures = area.Measures.Select(m => m.Id == "akita-2-02" ? m with { Overview = m.Overview.Replace("オープンデータ", "オープンデータ※7", StringComparison.Ordinal) } : m).ToArray(),
        };
        var changes = current with { Areas = current.Areas.Select(Type).ToArray() };
        Assert.AreNotEqual(PlanJson.Serialize(current), PlanJson.Serialize(changes), "akita-2-02's overview names オープンデータ");
        var folder = Directory.CreateTempSubdirectory("odx-revised-glossary-");
        try
        {
            var planPath = Path.Combine(folder.FullName, "plan.json");
            var changesPath = Path.Combine(folder.FullName, "plan.next.json");
            File.WriteAllText(planPath, PlanJson.Serialize(current));
            File.WriteAllText(changesPath, PlanJson.Serialize(changes));

            var result = BatchRunner.RunJob(new BatchJob { Name = "typed", Plan = planPath, Changes = changesPath, Edition = "令和6年3月改訂", Out = Path.Combine(folder.FullName, "out") });

            Assert.IsFalse(result.Succeeded);
            StringAssert.Contains(result.Failure, "akita-2-02");
            StringAssert.Contains(result.Failure, "※7");
            Assert.IsFalse(Directory.Exists(Path.Combine(folder.FullName, "out")), "nothing is written for a failed job");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
