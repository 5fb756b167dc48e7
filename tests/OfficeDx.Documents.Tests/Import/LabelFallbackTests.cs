using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.Import;

/// <summary>Harvest reads tags, then the bookmarks that carry them, and with neither falls back to the measure-table labels.</summary>
[TestClass]
public sealed class LabelFallbackTests
{
    [TestMethod]
    [DataRow("akita")]
    [DataRow("hachinohe")]
    public void DocumentWithoutTagsOrBookmarksIsReadByItsLabels(string name)
    {
        var plan = Samples.Load(name);
        var bare = LibreOfficeLikeSave.Apply(PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile)), dropBookmarks: true);

        var harvest = PlanDocumentReader.Read(bare, name + ".docx");

        StringAssert.Contains(harvest.Problems[0].Message, "施策表の見出し（ラベル）から");
        Assert.AreEqual(name, harvest.Plan.Profile);
        CollectionAssert.AreEqual(Names(plan), Names(harvest.Plan));
    }

    private static string[] Names(Plan plan) => plan.AllMeasures().Select(m => $"{m.State}:{m.Name}").ToArray();
}
