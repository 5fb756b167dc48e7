using OfficeDx.Core.Model;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Tests.HouseStyles;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.Glossary;

/// <summary>
/// The glossary of a generated plan, marked with the shipped term base, after LibreOffice 7.4 re-saved the document (which drops
/// the markers' and the section's tags and the document variables, and moves the text before a marker inside a measure field
/// into the next control): every term and definition comes back, marker numbers come back where the term before them survived,
/// and the harvest warns that measure text may have moved.
/// </summary>
[TestClass]
public sealed class GlossaryResaveTests
{
    public static IEnumerable<object[]> SampleNames => ProfileSampleTests.SampleNames;

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void ResavedGlossaryKeepsEveryTermAndDefinitionAndTheMarkerNumbersThatSurviveAreRight(string name)
    {
        var (original, resaved) = MarkedAndResaved(name);

        var harvest = PlanDocumentReader.Read(resaved, name + ".docx");

        // The terms and definitions come from the cache LibreOffice keeps in the custom properties.
        CollectionAssert.AreEquivalent(original.Select(t => $"{t.Term}={t.Definition}").ToArray(), harvest.Plan.Glossary.Select(t => $"{t.Term}={t.Definition}").ToArray());
        // A marker whose term LibreOffice moved away comes back unmarked (the warnings say so); one that comes back has its own number.
        var numbers = original.ToDictionary(t => t.Term, t => t.Marker);
        foreach (var term in harvest.Plan.Glossary.Where(t => t.Marker is not null))
            Assert.AreEqual(numbers[term.Term], term.Marker, term.Term);
        Assert.IsTrue(harvest.Problems.Any(p => p.Place == "用語集" && p.Message.Contains("注記番号と最初に使われた場所を確かめてください", StringComparison.Ordinal)));
    }

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void ResavedDocumentWithMarkersWarnsFirstAndDropsNoMeasureUnreported(string name)
    {
        var plan = Samples.Load(name);
        var (_, resaved) = MarkedAndResaved(name);

        var harvest = PlanDocumentReader.Read(resaved, name + ".docx");

        StringAssert.Contains(harvest.Problems[0].Message, "タグを失っています");
        var harvested = harvest.Plan.AllMeasures().Select(m => m.Id).ToHashSet();
        var unreported = plan.AllMeasures().Select(m => m.Id)
            .Where(id => !harvested.Contains(id) && !harvest.Problems.Any(p => p.Place.Contains(id, StringComparison.Ordinal))).ToArray();
        Assert.IsEmpty(unreported, string.Join(", ", unreported));
    }

    /// <summary>The sample marked with the shipped term base and its glossary as first harvested; then the same file re-saved by LibreOffice.</summary>
    private static (IReadOnlyList<GlossaryTerm> Original, byte[] Resaved) MarkedAndResaved(string name)
    {
        var plan = Samples.Load(name);
        var profile = ProfileLibrary.Load(plan.Profile);
        var marked = GlossaryEditor.Mark(PlanDocumentWriter.Write(plan, profile), name + ".docx", profile.Glossary, GlossaryDocs.Terms);
        var original = PlanDocumentReader.Read(marked, name + ".docx");
        Assert.IsEmpty(original.Problems, string.Join("; ", original.Problems));
        Assert.IsGreaterThan(2, original.Plan.Glossary.Count(t => t.Marker is not null), "the sample should use several terms of the term base");

        var dir = Directory.CreateTempSubdirectory("odx-glossary-resave-");
        var path = Path.Combine(dir.FullName, name + ".docx");
        File.WriteAllBytes(path, marked);
        return (original.Plan.Glossary, File.ReadAllBytes(ExternalTools.ResaveAsDocx(path)));
    }

}
