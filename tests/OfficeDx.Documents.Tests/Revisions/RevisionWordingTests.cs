using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Documents.Import;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Revisions;
using OfficeDx.Documents.Tests.Support;

namespace OfficeDx.Documents.Tests.Revisions;

/// <summary>The ※ notes a revision writes come from the plan's profile, and a profile's wording is checked when it is loaded.</summary>
[TestClass]
public sealed class RevisionWordingTests
{
    /// <summary>This year's changes: akita-1-05's name, akita-1-07's overview and akita-1-09's schedule.</summary>
    private static Plan Changes(Plan plan)
    {
        Area Change(Area area) => area with
        {
            Measures = area.Measures.Select(m => m.Id switch
            {
                "akita-1-05" => m with { Name = m.Name + "（拡充）" },
                "akita-1-07" => m with { Overview = m.Overview + "\n対象施設を広げる。" },
                "akita-1-09" => m with { Schedule = [.. m.Schedule.Where(e => e.FiscalYear.StartYear != 2022)] },
                _ => m,
            }).ToArray(),
        };
        return plan with { Areas = plan.Areas.Select(Change).ToArray() };
    }

    private static Profile WithWording(Profile profile, RevisionNoteTemplates? templates) => profile with
    {
        Name = "test-wording",
        RevisionNotes = profile.RevisionNotes with { Schedule = ["工程を見直し"], Templates = templates },
    };

    [TestMethod]
    public void NotesAreWordedAsThePlansProfileSays()
    {
        var plan = Samples.Load("akita");
        var profile = WithWording(ProfileLibrary.Load("akita"), new RevisionNoteTemplates
        {
            Schedule = "※{year}の進捗により工程を見直し",
            Overview = "※{year}の実績により概要を修正",
            Name = "※{year}に名称を修正",
        });

        var output = EditionReviser.Revise(plan, Changes(plan), "令和6年3月改訂", profile);

        var measures = output.Plan.AllMeasures().ToDictionary(m => m.Id);
        CollectionAssert.AreEqual(new[] { "※令和5年度に名称を修正" }, measures["akita-1-05"].Notes.Select(n => n.Text).ToArray());
        CollectionAssert.AreEqual(new[] { "※令和5年度の実績により概要を修正" }, measures["akita-1-07"].Notes.Select(n => n.Text).ToArray());
        CollectionAssert.AreEqual(new[] { "※令和5年度の進捗により工程を見直し" }, measures["akita-1-09"].Notes.Select(n => n.Text).ToArray());
        var text = DocumentText.All(output.Document);
        foreach (var note in new[] { "※令和5年度に名称を修正", "※令和5年度の実績により概要を修正", "※令和5年度の進捗により工程を見直し" })
            StringAssert.Contains(text, note);
    }

    [TestMethod]
    public void NotesWrittenWithAProfilesWordingAreReadBackAsTheirKindWhenImported()
    {
        var plan = Samples.Load("akita");
        var profile = WithWording(ProfileLibrary.Load("akita"), new RevisionNoteTemplates
        {
            Schedule = "※{year}の進捗により工程を見直し",
            Overview = "※{year}の実績により概要を修正",
            Name = "※{year}に名称を修正",
        });
        var output = EditionReviser.Revise(plan, Changes(plan), "令和6年3月改訂", profile);

        var imported = LegacyDocumentImporter.Import(output.Document, "revised.docx", profile).Plan.AllMeasures().ToDictionary(m => m.Id);

        foreach (var id in new[] { "akita-1-05", "akita-1-07", "akita-1-09" })
        {
            var written = output.Plan.AllMeasures().Single(m => m.Id == id).Notes.Select(n => (n.Kind, n.Text)).ToArray();
            var read = imported.Values.Single(m => m.Name == output.Plan.AllMeasures().Single(w => w.Id == id).Name).Notes.Select(n => (n.Kind, n.Text)).ToArray();
            CollectionAssert.AreEqual(written, read, id);
        }
    }

    [TestMethod]
    public void EveryShippedProfileCanRevise()
    {
        foreach (var name in ProfileLibrary.Names)
        {
            var templates = ProfileLibrary.Load(name).RevisionNotes.RequireTemplates(name);
            foreach (var kind in new[] { RevisionNoteKind.Schedule, RevisionNoteKind.Overview, RevisionNoteKind.Name })
                Assert.AreEqual(kind, ProfileLibrary.Load(name).RevisionNotes.KindOf(templates.Write(kind, "令和5年度")), $"{name}: {kind}");
        }
    }

    [TestMethod]
    public void AProfileWithoutNoteWordingCannotReviseAndNamesTheKeyToAdd()
    {
        var plan = Samples.Load("akita");
        var profile = WithWording(ProfileLibrary.Load("akita"), null);

        var error = Assert.ThrowsExactly<ProfileException>(() => EditionReviser.Revise(plan, Changes(plan), "令和6年3月改訂", profile));

        StringAssert.Contains(error.Message, "test-wording");
        StringAssert.Contains(error.Message, "revisionNotes.templates");
    }
    private static string LoadMistake(string templates)
    {
        var dir = Directory.CreateTempSubdirectory("odx-wording-");
        var path = Path.Combine(dir.FullName, "wording.json");
        File.WriteAllText(path, $$"""
            { "name": "x", "rows": [ { "field": "name", "label": "施策名" }, { "field": "overview", "label": "概要" } ],
              "revisionNotes": { "templates": {{templates}} } }
            """);
        try
        {
            return Assert.ThrowsExactly<ProfileException>(() => ProfileLibrary.Load(path)).Message;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void ANoteTheImporterWouldNotReadAsItsKindNamesTheTemplate()
    {
        var message = LoadMistake("""{ "schedule": "※実施年度を見直し", "overview": "※{year}の実績により概要を変更", "name": "※{year}に名称を修正し、概要を修正" }""");

        StringAssert.Contains(message, "revisionNotes.templates.overview");
        Assert.IsFalse(message.Contains("revisionNotes.templates.schedule", StringComparison.Ordinal), message);
        Assert.IsFalse(message.Contains("revisionNotes.templates.name", StringComparison.Ordinal), "a name note may mention the overview: the name phrase is checked first");
    }

    [TestMethod]
    public void ANoteWithoutTheMarkerOrEmptyNamesTheTemplate()
    {
        var message = LoadMistake("""{ "schedule": "実施年度を見直し", "overview": " ", "name": "※{year}検討内容を踏まえ、名称を修正" }""");

        StringAssert.Contains(message, "revisionNotes.templates.schedule");
        StringAssert.Contains(message, "※");
        StringAssert.Contains(message, "revisionNotes.templates.overview");
    }
}
