using OfficeDx.Core.Model;
using OfficeDx.Documents.Glossary;

namespace OfficeDx.Documents.Tests.Glossary;

[TestClass]
public sealed class NormalisationTests
{
    private static readonly TermMatcher Matcher = TermMatcher.For(GlossaryDocs.Terms.Terms.Select(t => t.ToGlossaryTerm()));

    private static string[] Found(string text) => Matcher.Matches(text).Select(m => $"{m.Term}={text[m.Start..m.End]}").ToArray();

    [TestMethod]
    public void TheSpellingsTheSeedsContainAreFoundAsOneTerm()
    {
        // From the seeds: Akita 2021 (I o T, A I, I C T), Katagami (ICT, A I ・ R P A), Akita 第2.0版 (I C T 端末), a full-width ＩＣＴ.
        CollectionAssert.AreEqual(new[] { "スマートフォン=スマートフォン", "IoT=I o T", "AI=A I" }, Found("スマートフォンの普及、I o Tの発達、また、A Iなど"));
        CollectionAssert.AreEqual(new[] { "ICT=ICT", "ICT=ＩＣＴ", "ICT=I C T" }, Found("ICTとＩＣＴとI C T端末"));
        CollectionAssert.AreEqual(new[] { "AI=A I", "RPA=R P A" }, Found("○A I ・ R P A の利用推進"));
    }

    [TestMethod]
    public void ATermIsNotFoundInsideALongerWord()
    {
        Assert.IsEmpty(Found("EMAIL と DATA と DIT"));
        CollectionAssert.AreEqual(new[] { "AI=AI" }, Found("AIカメラ"));
    }

    [TestMethod]
    public void TheLongestTermWins()
    {
        CollectionAssert.AreEqual(new[] { "ガバメントクラウド=ガバメントクラウド", "クラウド=クラウド" }, Found("ガバメントクラウドとクラウド"));
    }

    [TestMethod]
    public void TheKeyFoldsWidthCaseAndSpacesOnly()
    {
        Assert.AreEqual("ICT", TermKey.Of("Ｉ　Ｃ　Ｔ"));
        Assert.AreEqual("WEB会議", TermKey.Of("W e b 会議"));
        // What NFKC would change stays as written: circled digits, ㈱, half-width kana.
        Assert.AreEqual("①㈱ｶﾅ", TermKey.Of("①㈱ｶﾅ"));
    }

    [TestMethod]
    public void MarkingLeavesEveryOtherCharacterAsWritten()
    {
        const string text = "①ＩＣＴの活用（㈱Ｉ　Ｃ　Ｔ、ｶﾅ、＊印は別）";
        var docx = new HandMadeDocument().Paragraph("①ＩＣＴの", "活用（㈱Ｉ　Ｃ", "　Ｔ、ｶﾅ、＊印は別）").Build();
        var marked = GlossaryEditor.Mark(docx, "nfkc.docx", GlossaryDocs.Style(Profiles.GlossarySectionStyle.NumberedTable), GlossaryDocs.Terms,
            MarkMode.Every);
        var body = GlossaryDocs.Body(marked);
        var paragraph = body.Descendants(GlossaryDocs.W + "p").First();
        var withoutMarkers = string.Concat(paragraph.Descendants(GlossaryDocs.W + "t").Where(t => !t.Ancestors(GlossaryDocs.W + "sdt").Any()).Select(t => t.Value));
        Assert.AreEqual(text, withoutMarkers);
        CollectionAssert.AreEqual(new[] { "※1", "※1" }, GlossaryDocs.Markers(body).Select(GlossaryDocs.MarkerText).ToArray());
    }
}
