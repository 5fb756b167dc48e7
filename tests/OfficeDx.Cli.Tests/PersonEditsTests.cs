using System.Text.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Cli.Tests.Support;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Cli.Tests;

/// <summary>What a person typed in Word wins: harvest returns the plan with exactly the edits made in the document.</summary>
[TestClass]
public sealed class PersonEditsTests
{
    private const string OverviewLine1a = "利用者の声を踏まえ、";
    private const string OverviewLine1b = "窓口と電子申請の両方を改善する。";
    private const string OverviewLine2 = "令和5年度に効果を検証する。";

    [TestMethod]
    public void WhatAPersonTypedInWordWinsAndNothingElseChanges()
    {
        using var temp = new TempDirectory();
        var docx = temp.File("plan.docx");
        CliAssert.ExitCode(CliAssert.Success, OfficedxProcess.Run(temp.Path, "generate", "--plan", RepositoryFiles.SamplePlan("akita"), "--out", docx));

        WordEdits.Edit(docx, body =>
        {
            RewriteOverview(WordEdits.Control(WordEdits.Measure(body, "akita-1-01"), "odx:field:overview"));
            AppendToDepartmentsCell(WordEdits.Control(WordEdits.Measure(body, "akita-1-02"), "odx:field:departments"), "、総務部人事課");
            var phase = WordEdits.Control(WordEdits.Measure(body, "akita-1-03"), "odx:phase:2023");
            Assert.AreEqual("継続実施", phase.InnerText);
            WordEdits.SetParagraphText(phase, "準備・検討");
        });

        var result = OfficedxProcess.Run(temp.Path, "harvest", docx, "--out", temp.File("edited.json"));
        CliAssert.ExitCode(CliAssert.Success, result);

        var original = PlanJson.Deserialize(File.ReadAllText(RepositoryFiles.SamplePlan("akita")));
        var expected = Change(original, new Dictionary<string, Func<Measure, Measure>>
        {
            ["akita-1-01"] = m => m with { Overview = $"{OverviewLine1a}{OverviewLine1b}\n{OverviewLine2}" },
            ["akita-1-02"] = m => m with { Departments = [.. m.Departments, "総務部人事課"] },
            ["akita-1-03"] = m => m with
            {
                Schedule = [.. m.Schedule.Select(e => e.FiscalYear == new FiscalYear(2023) ? e with { Phase = Phase.Preparation } : e)],
            },
        });
        var harvested = PlanJson.Deserialize(File.ReadAllText(temp.File("edited.json")));

        Assert.AreEqual(expected.Id, harvested.Id);
        Assert.AreEqual(expected.Municipality, harvested.Municipality);
        Assert.AreEqual(expected.Title, harvested.Title);
        Assert.AreEqual(expected.Edition, harvested.Edition);
        Assert.AreEqual(expected.Profile, harvested.Profile);
        Assert.AreEqual(expected.Period, harvested.Period);
        CollectionAssert.AreEqual(expected.AllAreas().Select(a => (a.Id, a.Number, a.Title)).ToList(), harvested.AllAreas().Select(a => (a.Id, a.Number, a.Title)).ToList());

        var byId = harvested.AllMeasures().ToDictionary(m => m.Id);
        Assert.AreEqual($"{OverviewLine1a}{OverviewLine1b}\n{OverviewLine2}", byId["akita-1-01"].Overview);
        CollectionAssert.AreEqual(new[] { "市民生活部市民課", "総務部人事課" }, byId["akita-1-02"].Departments.ToArray());
        Assert.AreEqual(Phase.Preparation, byId["akita-1-03"].PhaseIn(new FiscalYear(2023)));
        Assert.AreEqual(Phase.Implementation, byId["akita-1-03"].PhaseIn(new FiscalYear(2022)), "the other years keep their phase");

        var expectedMeasures = expected.AllMeasures().ToList();
        var harvestedMeasures = harvested.AllMeasures().ToList();
        Assert.HasCount(expectedMeasures.Count, harvestedMeasures);
        for (var i = 0; i < expectedMeasures.Count; i++)
        {
            Assert.AreEqual(Json(expectedMeasures[i]), Json(harvestedMeasures[i]), $"measure {expectedMeasures[i].Id}");
        }
        Assert.AreEqual(PlanJson.Serialize(expected), PlanJson.Serialize(harvested));
    }

    /// <summary>Rewrites the overview as a person would: new runs in the first two paragraphs (Word splits typed text into several runs), the rest deleted.</summary>
    private static void RewriteOverview(SdtElement overview)
    {
        var paragraphs = WordEdits.Content(overview).Elements<Paragraph>().ToList();
        Assert.IsGreaterThanOrEqualTo(2, paragraphs.Count);
        paragraphs[0].RemoveAllChildren<Run>();
        paragraphs[0].Append(WordEdits.Run(OverviewLine1a), WordEdits.Run(OverviewLine1b));
        paragraphs[1].RemoveAllChildren<Run>();
        paragraphs[1].Append(WordEdits.Run(OverviewLine2));
        foreach (var extra in paragraphs.Skip(2)) extra.Remove();
    }

    /// <summary>Text typed after the departments control: in the same cell, but outside any content control.</summary>
    private static void AppendToDepartmentsCell(SdtElement departments, string text)
    {
        var cell = departments.Ancestors<TableCell>().First();
        var style = WordEdits.Content(departments).Descendants<ParagraphProperties>().FirstOrDefault()?.CloneNode(true);
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(style);
        paragraph.Append(WordEdits.Run(text));
        cell.Append(paragraph);
        Assert.AreSame(cell, paragraph.Parent, "the typed text is in the cell itself, outside the departments control");
    }

    private static Plan Change(Plan plan, IReadOnlyDictionary<string, Func<Measure, Measure>> changes)
    {
        Area ChangeArea(Area area) => area with
        {
            Measures = [.. area.Measures.Select(m => changes.TryGetValue(m.Id, out var change) ? change(m) : m)],
            Areas = [.. area.Areas.Select(ChangeArea)],
        };
        return plan with { Areas = [.. plan.Areas.Select(ChangeArea)] };
    }

    private static string Json(Measure measure) => JsonSerializer.Serialize(measure, PlanJson.Options);
}
