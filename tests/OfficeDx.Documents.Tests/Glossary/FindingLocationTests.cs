using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Glossary;

/// <summary>Check findings carry text Word can search for, and a refresh can be handed back to a task pane piece by piece.</summary>
[TestClass]
public sealed class FindingLocationTests
{
    private static IReadOnlyList<GlossaryFinding> Findings(byte[] docx) =>
        GlossaryFindings.Locate(docx, "test.docx", GlossaryDocs.Terms, GlossaryChecker.Check(docx, "test.docx", GlossaryDocs.Terms));

    [TestMethod]
    public void ASnippetStopsAtAMarkerWhoseNumberWordShowsButTheTextDoesNotHold()
    {
        var docx = GlossaryEditor.Mark(new HandMadeDocument().Paragraph("RPAとＲＰＡを使う。").Build(), "test.docx",
            GlossaryDocs.Style(GlossarySectionStyle.NumberedTable), GlossaryDocs.Terms, term: "RPA", occurrence: 1);
        var variant = Findings(docx).Single(f => f.Kind == GlossaryFindingKinds.Variant);
        Assert.AreEqual("RPA", variant.Term);
        Assert.AreEqual("とＲＰＡを使う。", variant.Snippet, "Word reads RPA※1とＲＰＡ…: the snippet starts after the marker");
        StringAssert.Contains(string.Concat(GlossaryDocs.Text(GlossaryDocs.Body(docx))), "RPA※1" + variant.Snippet);
    }

    [TestMethod]
    public void AHandTypedMarkerIsFoundByItsOwnText()
    {
        var docx = new HandMadeDocument().Paragraph("RPAとテレワーク※7を使う。").Build();
        var foreign = Findings(docx).Single(f => f.Kind == GlossaryFindingKinds.ForeignMarker);
        Assert.AreEqual("テレワーク", foreign.Term);
        StringAssert.Contains(foreign.Snippet, "テレワーク※7");
        Assert.AreEqual("本文の 1 段落目", foreign.Place);
    }

    [TestMethod]
    public void AFindingUnderAHeadingNamesIt()
    {
        var docx = new HandMadeDocument().Heading("第3章 推進体制").Paragraph("ICTを活用する。").Build();
        var unmarked = Findings(docx).Single(f => f.Kind == GlossaryFindingKinds.Unmarked);
        Assert.AreEqual("第3章 推進体制", unmarked.Heading);
        Assert.AreEqual("ICTを活用する。", unmarked.Snippet);
        Assert.IsNull(unmarked.MeasureId);
    }

    [TestMethod]
    public void ARefreshedDocumentGivesItsSectionAndTheMarkersInDocumentOrder()
    {
        var profile = ProfileLibrary.Load("katagami");
        var docx = GlossaryEditor.Mark(new HandMadeDocument().Paragraph("クラウドとRPAを使う。").Build(), "test.docx", profile.Glossary, GlossaryDocs.Terms);
        var refreshed = GlossaryFragments.Refreshed(docx, "test.docx", profile);
        CollectionAssert.AreEqual(new[] { new RefreshedMarker("クラウド", "※1"), new RefreshedMarker("RPA", "※2") }, refreshed.Markers.ToArray());
        Assert.IsNotNull(refreshed.Section);
        StringAssert.Contains(refreshed.Section, "odx:glossary");
    }

    [TestMethod]
    public void AFootnoteProfileHasNoSectionToInsert()
    {
        Assert.IsNull(GlossaryFragments.Section(ProfileLibrary.Load("akita"), [GlossaryDocs.Terms.Terms[0].ToGlossaryTerm()]));
        Assert.IsNotNull(GlossaryFragments.Section(ProfileLibrary.Load("hachinohe"), [GlossaryDocs.Terms.Terms[0].ToGlossaryTerm()]));
    }
}
