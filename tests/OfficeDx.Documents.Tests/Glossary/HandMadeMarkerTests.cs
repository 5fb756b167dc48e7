using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Glossary;

/// <summary>
/// Plans typed by hand in each of the five section styles, their terms marked either with Word's own footnotes (Insert
/// Footnote, numbered by Word) or with marks typed as superscript text (*1, ※1): harvest and check read them as markers,
/// with the heading the term is first used under.
/// </summary>
[TestClass]
public sealed class HandMadeMarkerTests
{
    private const string AiDefinition = "Artificial Intelligence の略。人工知能のこと。";
    private const string RpaDefinition = "Robotic Process Automation の略。定型作業を自動化するソフトウェア。";
    private const string Chapter1 = "第1章 計画の基本的な考え方";
    private const string Chapter2 = "第2章 取組";

    /// <summary>How the drafter marked the terms.</summary>
    public enum Marking
    {
        WordFootnotes,
        TypedMarks,
    }

    public static IEnumerable<object[]> Cases() =>
        from section in Enum.GetValues<GlossarySectionStyle>()
        from marking in Enum.GetValues<Marking>()
        select new object[] { section, marking };

    public static string CaseName(System.Reflection.MethodInfo _, object[] data) => $"{data[0]} with {data[1]}";

    [TestMethod]
    [DynamicData(nameof(Cases), DynamicDataDisplayName = nameof(CaseName))]
    public void HarvestReadsTheMarkersWithTheirNumbersAndTheHeadingOfFirstUse(GlossarySectionStyle section, Marking marking)
    {
        var docx = Document(section, marking);

        var (terms, problems) = GlossaryHarvester.Read(docx, "hand.docx", GlossaryDocs.Terms);

        Assert.IsEmpty(problems, string.Join("; ", problems));
        CollectionAssert.AreEqual(
            new[] { $"AI=1@heading:{Chapter1}/paragraph:2", $"RPA=2@heading:{Chapter2}/paragraph:4" },
            terms.Select(t => $"{t.Term}={t.Marker}@{t.FirstUse}").ToArray());
        Assert.AreEqual(AiDefinition, terms[0].Definition);
        Assert.AreEqual(RpaDefinition, terms[1].Definition);
    }

    [TestMethod]
    [DynamicData(nameof(Cases), DynamicDataDisplayName = nameof(CaseName))]
    public void CheckCountsTheMarkersAsMarkersMadeByHand(GlossarySectionStyle section, Marking marking)
    {
        var report = GlossaryChecker.Check(Document(section, marking), "hand.docx", GlossaryDocs.Terms);

        Assert.IsEmpty(report.UnmarkedTerms, string.Join("; ", report.UnmarkedTerms));
        Assert.IsEmpty(report.MarkersWithoutDefinition, string.Join("; ", report.MarkersWithoutDefinition));
        CollectionAssert.AreEqual(new[] { $"AI@見出し「{Chapter1}」の下（本文の 2 段落目）", $"RPA@見出し「{Chapter2}」の下（本文の 4 段落目）" },
            report.ForeignMarkers.Select(m => $"{m.Term}@{m.Place}").ToArray());
        var shown = marking == Marking.WordFootnotes ? new[] { "脚注 1", "脚注 2" }
            : section == GlossarySectionStyle.NumberedTable ? new[] { "※1", "※2" } : new[] { "*1", "*2" };
        CollectionAssert.AreEqual(shown, report.ForeignMarkers.Select(m => m.Marker).ToArray(), "each marker as the drafter sees it");
    }

    [TestMethod]
    public void AnOrdinaryWordFootnoteIsNotAGlossaryMarker()
    {
        var docx = new HandMadeDocument()
            .Paragraph("業務改革を進める。")
            .WordFootnotedParagraph("詳しくは総務省の資料による", "総務省「自治体DX推進計画」（令和2年12月）。", "。")
            .Paragraph("用語集")
            .Table(["No", "用語", "解説"], ["1", "AI", AiDefinition])
            .Build();

        var (terms, problems) = GlossaryHarvester.Read(docx, "hand.docx", GlossaryDocs.Terms);
        var report = GlossaryChecker.Check(docx, "hand.docx", GlossaryDocs.Terms);

        Assert.IsEmpty(problems, string.Join("; ", problems));
        Assert.IsNull(terms.Single().Marker);
        Assert.IsEmpty(report.ForeignMarkers);
        Assert.IsEmpty(report.MarkersWithoutDefinition);
    }

    [TestMethod]
    public void MarkingAdoptsWordFootnotesAsMarkersAndKeepsTheirDefinitions()
    {
        var docx = Document(GlossarySectionStyle.Footnotes, Marking.WordFootnotes);
        var style = GlossaryDocs.Style(GlossarySectionStyle.Footnotes, GlossaryMarkerStyle.Asterisk);

        var marked = GlossaryEditor.Mark(docx, "hand.docx", style, new TermBase());

        var body = GlossaryDocs.Body(marked);
        CollectionAssert.AreEqual(new[] { "AI=*1", "RPA=*2" },
            GlossaryDocs.Markers(body).Select(m => $"{GlossaryDocs.MarkerTerm(m)}={GlossaryDocs.MarkerText(m)}").ToArray());
        Assert.HasCount(2, body.Descendants(GlossaryDocs.W + "footnoteReference").ToArray(), "each Word footnote became our marker, none added twice");
        var (terms, problems) = GlossaryHarvester.Read(marked, "hand.docx");
        Assert.IsEmpty(problems, string.Join("; ", problems));
        CollectionAssert.AreEqual(new[] { AiDefinition, RpaDefinition }, terms.Select(t => t.Definition).ToArray(),
            "the definitions typed in the person's footnotes, not the term base's (an empty one here)");
    }

    /// <summary>Two chapters, each using one term, and the glossary in the given style.</summary>
    private static byte[] Document(GlossarySectionStyle section, Marking marking)
    {
        var document = new HandMadeDocument().Heading(Chapter1);
        Marked(document, section, marking, "行政手続の簡素化にはAI", 1, AiDefinition, "を活用する。");
        document.Heading(Chapter2);
        Marked(document, section, marking, "定型業務はRPA", 2, RpaDefinition, "で自動化する。");
        switch (section)
        {
            case GlossarySectionStyle.Footnotes:
                break;   // the footnotes are the glossary
            case GlossarySectionStyle.NumberedTable:
                document.Paragraph("用語集").Table(["No", "用語", "解説"], ["1", "AI", AiDefinition], ["2", "RPA", RpaDefinition]);
                break;
            case GlossarySectionStyle.PageTable:
                document.Paragraph("用語集").Table(["用語", "解説", "該当頁"], ["AI", AiDefinition, "1"], ["RPA", RpaDefinition, "1"]);
                break;
            case GlossarySectionStyle.GojuonGroups:
                document.Paragraph("用語解説").Paragraph("あ行")
                    .Paragraph("AI（エーアイ）").Paragraph(AiDefinition)
                    .Paragraph("RPA（アールピーエー）").Paragraph(RpaDefinition);
                break;
            case GlossarySectionStyle.DefinitionLines:
                document.Paragraph("用語集").Paragraph("AI…" + AiDefinition).Paragraph("RPA…" + RpaDefinition);
                break;
        }
        return document.Build();
    }

    /// <summary>
    /// A sentence whose term is marked: by a Word footnote (holding the definition where the footnotes are the glossary), or
    /// by a typed mark — in the footnote style a footnote with that custom mark, as Akita's 2021 plan was made.
    /// </summary>
    private static void Marked(HandMadeDocument document, GlossarySectionStyle section, Marking marking, string before, int number, string definition, string after)
    {
        var footnotes = section == GlossarySectionStyle.Footnotes;
        var mark = (section == GlossarySectionStyle.NumberedTable ? "※" : "*") + number;
        if (marking == Marking.WordFootnotes) document.WordFootnotedParagraph(before, footnotes ? definition : "巻末の用語集を参照。", after);
        else if (footnotes) document.FootnotedParagraph(before, mark, definition, after);
        else document.Paragraph((before, false), (mark, true), (after, false));
    }
}
