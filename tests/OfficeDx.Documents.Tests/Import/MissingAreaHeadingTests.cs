using OfficeDx.Core.Model;
using OfficeDx.Core.Text;
using OfficeDx.Documents.Import;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>
/// Area headings typed with any spacing (基本目標 3, 基本目標　３) are headings, and a measure whose number goes back with no
/// heading before it (a heading lost in PDF extraction or drawn as a picture) goes under the area an earlier chapter lists it
/// in, reported as a guess; with no such list it stays where it is and the report says a heading may be missing.
/// </summary>
[TestClass]
public sealed class MissingAreaHeadingTests
{
    /// <summary>Hachinohe's chapter 5 has no 基本目標3 line; chapter 4 lists 「基本目標 3 …」 with its 施策 1 and 施策 2.</summary>
    [TestMethod]
    public void HachinohesLastTwoMeasuresAreUnderTheGoalTheSummaryChapterListsThemIn()
    {
        var result = PlanTextImporter.Import(RepositoryFiles.Seed("hachinohe-digital-plan-2022.txt"));

        CollectionAssert.AreEqual(
            new[] { "基本目標1: 施策1 施策2 施策3 施策4 施策5", "基本目標2: 施策1 施策2 施策3 施策4", "基本目標3: 施策1 施策2" },
            Outline(result.Plan));
        Assert.AreEqual("うみだすデジタル「いきいきとしたデジタル社会へ」", result.Plan.Areas[2].Title);
        CollectionAssert.AreEqual(new[] { "デジタル技術を活かしたまちづくりの推進", "デジタル化による地域経済の活性化" }, result.Plan.Areas[2].Measures.Select(m => m.Name).ToArray());
        var guesses = result.Unplaced.Where(p => p.Message.Contains("間に分野の見出しがありません", StringComparison.Ordinal)).ToArray();
        Assert.HasCount(1, guesses, string.Join("\n", guesses.Select(g => g.ToString())));
        Assert.AreEqual(DocumentProblemKind.Uncertain, guesses[0].Kind);
        StringAssert.Contains(guesses[0].Message, "「基本目標 3 うみだすデジタル「いきいきとしたデジタル社会へ」」の下にある");
    }

    /// <summary>The same areas as the hand-checked sample: numbers (spacing aside), titles and each area's measures.</summary>
    [TestMethod]
    public void HachinohesAreasMatchTheHandCheckedSample()
    {
        var imported = PlanTextImporter.Import(RepositoryFiles.Seed("hachinohe-digital-plan-2022.txt")).Plan;

        CollectionAssert.AreEqual(Outline(Support.Samples.Load("hachinohe")), Outline(imported));
    }

    /// <summary>A hand-typed Word plan: headings 「基本目標　２」 with full-width space and digit, and a third goal whose heading is missing in the detail chapter.</summary>
    [TestMethod]
    public void AWordPlanWithSpacedHeadingsAndAMissingOneIsReadIntoItsThreeGoals()
    {
        var bytes = new LegacyDocx()
            .Paragraph("みどり市デジタル推進計画")
            .Paragraph("計画期間 2023 年度～2025 年度")
            .Paragraph("第4章 施策の一覧")
            .Paragraph("基本目標　１　くらし")
            .Paragraph("施策　１　電子申請")
            .Paragraph("基本目標\t２\tしごと")
            .Paragraph("施策 １ 文書管理")
            .Paragraph("施策 ２ 会議")
            .Paragraph("基本目標 ３ まち")
            .Paragraph("施策 １ 公衆無線LAN")
            .Paragraph("第5章 施策ごとの取組")
            .Paragraph("基本目標1 くらし")
            .Paragraph("施策1 電子申請")
            .Paragraph("<取組概要>")
            .Paragraph("申請をオンラインにします。")
            .Paragraph("基本目標　２　しごと")
            .Paragraph("施策1 文書管理")
            .Paragraph("<取組概要>")
            .Paragraph("文書を電子で管理します。")
            .Paragraph("施策2 会議")
            .Paragraph("<取組概要>")
            .Paragraph("会議をペーパーレスにします。")
            .Paragraph("施策1 公衆無線LAN")
            .Paragraph("<取組概要>")
            .Paragraph("公共施設に無線LANを整えます。")
            .Build();

        var result = LegacyDocumentImporter.Import(bytes, "midori.docx", ProfileLibrary.Load("hachinohe"));

        CollectionAssert.AreEqual(new[] { "基本目標1: 施策1", "基本目標2: 施策1 施策2", "基本目標3: 施策1" }, Outline(result.Plan), string.Join("\n", result.Unplaced));
        Assert.AreEqual("まち", result.Plan.Areas[2].Title);
        Assert.AreEqual("公共施設に無線LANを整えます。", result.Plan.Areas[2].Measures.Single().Overview);
        Assert.IsFalse(ImportReport.HasLosses(result), string.Join("\n", result.Unplaced));
    }

    /// <summary>No earlier list names the measure: it stays under the open area, and the report says a heading may be missing.</summary>
    [TestMethod]
    public void ANumberGoingBackWithNoListStaysAndIsReported()
    {
        var bytes = new LegacyDocx()
            .Paragraph("みどり市デジタル推進計画")
            .Paragraph("基本目標1 くらし")
            .Paragraph("施策1 電子申請")
            .Paragraph("<取組概要>")
            .Paragraph("申請をオンラインにします。")
            .Paragraph("施策2 窓口")
            .Paragraph("<取組概要>")
            .Paragraph("窓口を減らします。")
            .Paragraph("施策1 公衆無線LAN")
            .Paragraph("<取組概要>")
            .Paragraph("公共施設に無線LANを整えます。")
            .Build();

        var result = LegacyDocumentImporter.Import(bytes, "midori.docx", ProfileLibrary.Load("hachinohe"));

        CollectionAssert.AreEqual(new[] { "基本目標1: 施策1 施策2 施策1" }, Outline(result.Plan));
        Assert.IsTrue(result.Unplaced.Any(p => p.Kind == DocumentProblemKind.Uncertain && p.Message.Contains("「施策1 公衆無線LAN」の番号が前の施策（施策2）より戻っています", StringComparison.Ordinal)
            && p.Message.Contains("分野の見出しが抜けている可能性があります", StringComparison.Ordinal)), string.Join("\n", result.Unplaced));
    }

    private static string[] Outline(Plan plan) =>
        plan.Areas.Select(a => $"{Compact(a.Number)}: {string.Join(" ", a.Measures.Select(m => Compact(m.Number ?? "")))}").ToArray();

    private static string Compact(string text) => Core.Text.JapaneseText.FoldDigitsAndLatin(text).RemoveWhitespace();
}
