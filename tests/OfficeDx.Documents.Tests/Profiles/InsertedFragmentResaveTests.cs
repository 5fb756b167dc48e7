using System.Text.RegularExpressions;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.HouseStyles;

/// <summary>
/// A measure table the task pane inserted (a service fragment, outside the document's bookmark list) survives a LibreOffice
/// re-save: it is harvested with its fields, in the area it was inserted into.
/// </summary>
[TestClass]
public sealed partial class InsertedFragmentResaveTests
{
    public static IEnumerable<object[]> SampleNames => ProfileSampleTests.SampleNames;

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void InsertedMeasureSurvivesTagsBeingDropped(string name)
    {
        var (docx, expected) = SampleWithInsertedMeasure(name, "inserted-1");

        var harvest = PlanDocumentReader.Read(LibreOfficeLikeSave.Apply(docx), name + ".docx");

        Assert.IsEmpty(harvest.Problems, string.Join("; ", harvest.Problems));
        Assert.AreEqual(PlanJson.Serialize(expected), PlanJson.Serialize(harvest.Plan));
    }

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void InsertedMeasureSurvivesARealLibreOfficeResave(string name)
    {
        var (docx, expected) = SampleWithInsertedMeasure(name, "inserted-1");
        var dir = Directory.CreateTempSubdirectory("odx-fragment-resave-");
        var path = Path.Combine(dir.FullName, name + ".docx");
        File.WriteAllBytes(path, docx);

        var resaved = File.ReadAllBytes(ExternalTools.ResaveAsDocx(path));

        Assert.IsFalse(DocumentText.Body(resaved).Descendants().Any(e => e.Name.LocalName == "tag"), "LibreOffice kept the content-control tags");
        var harvest = PlanDocumentReader.Read(resaved, name + ".docx");
        Assert.IsEmpty(harvest.Problems, string.Join("; ", harvest.Problems));
        Assert.AreEqual(PlanJson.Serialize(expected), PlanJson.Serialize(harvest.Plan));
    }

    [TestMethod]
    [DataRow("akita")]
    [DataRow("hachinohe")]
    public void MeasureWhoseIdIsTooLongForABookmarkIsReadByItsLabelsAndSaysSo(string name)
    {
        // 40 characters is all a bookmark name may hold: this id cannot be spelled in one, so the table is tied to no measure.
        var longId = "a-measure-id-far-too-long-to-fit-in-a-bookmark-name";
        var (docx, expected) = SampleWithInsertedMeasure(name, longId);

        var harvest = PlanDocumentReader.Read(LibreOfficeLikeSave.Apply(docx), name + ".docx");

        var problem = harvest.Problems.Single();
        StringAssert.Contains(problem.Message, "見出し（ラベル）から読みました");
        var inserted = harvest.Plan.AllMeasures().Single(m => m.Id.Contains("-label-", StringComparison.Ordinal));
        StringAssert.Contains(problem.Message, inserted.Id);
        // Everything but the id comes back, in the place it was inserted.
        var renamed = Rename(expected, longId, inserted.Id);
        Assert.AreEqual(PlanJson.Serialize(renamed), PlanJson.Serialize(harvest.Plan));
    }

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void EveryControlOfAFragmentCarriesAValidUniqueBookmark(string name)
    {
        var plan = Samples.Load(name);
        var measure = plan.AllMeasures().First(m => m.State == MeasureState.Active);
        var document = FlatOpcPackage.MainDocument(WordFragments.MeasureTable(measure, ProfileLibrary.Load(plan.Profile), plan.Period), "fragment");
        var names = document.Descendants().Where(e => e.Name.LocalName == "bookmarkStart")
            .Select(e => e.Attributes().First(a => a.Name.LocalName == "name").Value).ToArray();
        var controls = document.Descendants().Count(e => e.Name.LocalName == "tag");

        var invalid = names.Where(n => !BookmarkName().IsMatch(n)).ToArray();
        Assert.IsEmpty(invalid, string.Join(", ", invalid));
        Assert.HasCount(names.Length, names.Distinct());
        Assert.AreEqual(controls, names.Length);
        // The document's own bookmarks are numbered (odx_17); a fragment's must not look like them, or the list would claim them.
        Assert.IsFalse(names.Any(n => n.StartsWith("odx_", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void FragmentsOfDifferentMeasuresGetDifferentBookmarkNames()
    {
        var plan = Samples.Load("akita");
        var profile = ProfileLibrary.Load(plan.Profile);
        var measure = plan.AllMeasures().First(m => m.State == MeasureState.Active);
        string[] Names(Measure m) => FlatOpcPackage.MainDocument(WordFragments.MeasureTable(m, profile, plan.Period), "fragment")
            .Descendants().Where(e => e.Name.LocalName == "bookmarkStart").Select(e => e.Attributes().First(a => a.Name.LocalName == "name").Value).ToArray();

        var first = Names(measure with { Id = "inserted-1" });
        var second = Names(measure with { Id = "inserted-2" });

        Assert.IsEmpty(first.Intersect(second));
    }

    /// <summary>The sample written as a document, with a copy of its first active measure inserted as a fragment after it; and the plan that should come back.</summary>
    private static (byte[] Docx, Plan Expected) SampleWithInsertedMeasure(string name, string id)
    {
        var plan = Samples.Load(name);
        var profile = ProfileLibrary.Load(plan.Profile);
        var anchor = plan.AllMeasures().First(m => m.State == MeasureState.Active);
        var inserted = anchor with { Id = id, Name = anchor.Name + "（追加）" };
        var docx = FragmentInsertion.AfterMeasure(PlanDocumentWriter.Write(plan, profile), WordFragments.MeasureTable(inserted, profile, plan.Period), anchor.Id);
        var expected = plan with { Areas = plan.Areas.Select(a => Insert(a, anchor.Id, inserted)).ToArray() };

        // With its tags still there, the document reads back as the plan with the inserted measure: the starting point is right.
        var direct = PlanDocumentReader.Read(docx, name + ".docx");
        Assert.IsEmpty(direct.Problems, string.Join("; ", direct.Problems));
        Assert.AreEqual(PlanJson.Serialize(expected), PlanJson.Serialize(direct.Plan));
        return (docx, expected);
    }

    private static Area Insert(Area area, string afterId, Measure measure) => area with
    {
        Measures = area.Measures.SelectMany(m => m.Id == afterId ? new[] { m, measure } : [m]).ToArray(),
        Areas = area.Areas.Select(a => Insert(a, afterId, measure)).ToArray(),
    };

    private static Plan Rename(Plan plan, string from, string to) => plan with { Areas = plan.Areas.Select(a => Rename(a, from, to)).ToArray() };

    private static Area Rename(Area area, string from, string to) => area with
    {
        Measures = area.Measures.Select(m => m.Id == from ? m with { Id = to } : m).ToArray(),
        Areas = area.Areas.Select(a => Rename(a, from, to)).ToArray(),
    };

    // Word's rule for a bookmark name: a letter first, then letters, digits or underscores, 40 at most.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,39}$")]
    private static partial Regex BookmarkName();
}
