using CsCheck;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.Schedules;

/// <summary>Labelled bars go into Word as a Gantt-style 工程表 and come back as the same tracks, also after LibreOffice saves the file.</summary>
[TestClass]
public sealed class BarScheduleRoundTripTests
{
    private static readonly Gen<(Plan Plan, Profile Profile)> WithoutGlossary =
        ProfileFit.PlanWithBarsAndProfile.Select(p => (p.Plan with { Glossary = [] }, p.Profile));

    [TestMethod]
    public void Random_plans_with_bar_schedules_come_back_unchanged_from_Word()
    {
        ProfileFit.PlanWithBarsAndProfile.Sample(pair =>
        {
            var (plan, profile) = pair;
            var problems = PlanValidator.Validate(plan);
            Assert.IsEmpty(problems, "generator made an invalid plan: " + string.Join("; ", problems));
            var harvest = PlanDocumentReader.Read(PlanDocumentWriter.Write(plan, profile), "bars.docx");
            Assert.IsEmpty(harvest.Problems, string.Join("; ", harvest.Problems));
            Assert.AreEqual(PlanJson.Serialize(plan), PlanJson.Serialize(harvest.Plan));
        }, iter: 200, seed: null);
    }

    [TestMethod]
    public void Random_plans_with_bar_schedules_come_back_unchanged_after_a_LibreOffice_resave()
    {
        // LibreOffice takes seconds per document: six random plans, saved again in one run.
        var dir = Directory.CreateTempSubdirectory("odx-bars-resave-");
        var plans = new List<(string Path, Plan Plan)>();
        var count = 0;
        WithoutGlossary.Where(p => p.Plan.AllMeasures().Any(m => m.Tracks.Count > 0)).Sample(pair =>
        {
            var docx = Path.Combine(dir.FullName, $"bars-{Interlocked.Increment(ref count)}.docx");
            PlanDocumentWriter.Write(pair.Plan, pair.Profile, docx);
            lock (plans) plans.Add((docx, pair.Plan));
        }, iter: 6, seed: null, threads: 1);

        var resaved = ExternalTools.ResaveAllAsDocx(plans.Select(p => p.Path).ToArray());
        for (var i = 0; i < plans.Count; i++)
        {
            var harvest = PlanDocumentReader.Read(File.ReadAllBytes(resaved[i]), Path.GetFileName(resaved[i]));
            Assert.IsEmpty(harvest.Problems, $"{resaved[i]}: " + string.Join("; ", harvest.Problems));
            Assert.AreEqual(PlanJson.Serialize(plans[i].Plan), PlanJson.Serialize(harvest.Plan), resaved[i]);
        }
    }

    [TestMethod]
    public void Each_bar_is_one_cell_over_its_years_with_a_described_drawing()
    {
        var plan = BarPlans.TwoTracks();
        var body = DocumentText.Body(PlanDocumentWriter.Write(plan, ProfileLibrary.Load("katagami")));
        var bars = body.Descendants().Where(e => e.Name.LocalName == "docPr" && e.Attribute("name")!.Value.StartsWith("バー", StringComparison.Ordinal))
            .Select(e => e.Attribute("descr")!.Value).Take(3).ToArray();
        CollectionAssert.AreEqual(new[]
        {
            "システム選定・調達・準備・検討（令和4年度～令和5年度）",
            "本格運用・対象拡大・継続実施（令和6年度～令和8年度）",
            "職員研修（令和5年度）",
        }, bars);
        var spans = body.Descendants().Where(e => e.Name.LocalName == "gridSpan").Select(e => e.Attributes().First().Value).ToArray();
        CollectionAssert.IsSubsetOf(new[] { "2", "3" }, spans);
    }
}
