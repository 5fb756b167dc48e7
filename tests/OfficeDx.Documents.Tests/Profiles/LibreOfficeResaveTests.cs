using CsCheck;
using OfficeDx.Core.Json;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.HouseStyles;

/// <summary>A generated document opened and saved again by LibreOffice, which drops content-control tags, still harvests to its plan.</summary>
[TestClass]
public sealed class LibreOfficeResaveTests
{
    public static IEnumerable<object[]> SampleNames => ProfileSampleTests.SampleNames;

    /// <summary>Glossary markers and the glossary section are read by their own tags, which carry no bookmarks yet.</summary>
    private static readonly Gen<(Core.Model.Plan Plan, Profile Profile)> WithoutGlossary =
        ProfileFit.PlanWithProfile.Select(p => (p.Plan with { Glossary = [] }, p.Profile));

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void SampleResavedByLibreOfficeHarvestsToTheSamePlan(string name)
    {
        var plan = Samples.Load(name);
        var dir = Directory.CreateTempSubdirectory("odx-resave-");
        var docx = Path.Combine(dir.FullName, name + ".docx");
        PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile), docx);

        var resaved = File.ReadAllBytes(ExternalTools.ResaveAsDocx(docx));

        // The tags are gone, so what this harvest reads is the bookmarks and custom properties that LibreOffice keeps.
        Assert.IsFalse(DocumentText.Body(resaved).Descendants().Any(e => e.Name.LocalName == "tag"), "LibreOffice kept the content-control tags");
        var harvest = PlanDocumentReader.Read(resaved, name + ".docx");
        Assert.IsEmpty(harvest.Problems, string.Join("; ", harvest.Problems));
        Assert.AreEqual(File.ReadAllText(Samples.PlanPath(name)), PlanJson.Serialize(harvest.Plan));
    }

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void EveryControlCarriesAValidUniqueBookmark(string name)
    {
        var plan = Samples.Load(name);
        var body = DocumentText.Body(PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile)));
        var names = body.Descendants().Where(e => e.Name.LocalName == "bookmarkStart")
            .Select(e => e.Attributes().First(a => a.Name.LocalName == "name").Value).Where(n => n.StartsWith("odx_", StringComparison.Ordinal)).ToArray();
        var controls = body.Descendants().Count(e => e.Name.LocalName == "tag" && e.Attributes().Any(a => a.Value.StartsWith("odx:", StringComparison.Ordinal)));

        // Word's rule for a bookmark name: a letter first, then letters, digits or underscores, 40 at most.
        var invalid = names.Where(n => !System.Text.RegularExpressions.Regex.IsMatch(n, "^[A-Za-z][A-Za-z0-9_]{0,39}$")).ToArray();
        Assert.IsEmpty(invalid, string.Join(", ", invalid));
        Assert.HasCount(names.Length, names.Distinct());
        Assert.AreEqual(controls, names.Length);
    }

    [TestMethod]
    public void RandomPlansResavedByLibreOfficeHarvestUnchanged()
    {
        // LibreOffice takes seconds per document: a few random plans, each in a random shipped profile.
        var dir = Directory.CreateTempSubdirectory("odx-resave-random-");
        var count = 0;
        WithoutGlossary.Sample(pair =>
        {
            var (plan, profile) = pair;
            var docx = Path.Combine(dir.FullName, $"random-{Interlocked.Increment(ref count)}.docx");
            PlanDocumentWriter.Write(plan, profile, docx);
            var harvest = PlanDocumentReader.Read(File.ReadAllBytes(ExternalTools.ResaveAsDocx(docx)), Path.GetFileName(docx));
            Assert.IsEmpty(harvest.Problems, string.Join("; ", harvest.Problems));
            Assert.AreEqual(PlanJson.Serialize(plan), PlanJson.Serialize(harvest.Plan));
        }, iter: 6, seed: null, threads: 1);
    }

    [TestMethod]
    public void RandomPlansHarvestUnchangedWithoutTagsOrDocumentVariables()
    {
        WithoutGlossary.Sample(pair =>
        {
            var (plan, profile) = pair;
            var stripped = LibreOfficeLikeSave.Apply(PlanDocumentWriter.Write(plan, profile));
            var harvest = PlanDocumentReader.Read(stripped, "stripped.docx");
            Assert.IsEmpty(harvest.Problems, string.Join("; ", harvest.Problems));
            Assert.AreEqual(PlanJson.Serialize(plan), PlanJson.Serialize(harvest.Plan));
        }, iter: 300, seed: null);
    }
}
