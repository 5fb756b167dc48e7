using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Import;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Glossary;

/// <summary>
/// `officedx import` of a .docx reads its glossary: every section style the glossary editor writes (tagged), and each city's
/// glossary typed by hand (the renditions of <see cref="HandMadeHarvestTests"/>, with the seeds' own text) — every term comes
/// back in the plan, and the glossary's paragraphs and tables are not reported as lost measure text.
/// </summary>
[TestClass]
public sealed class DocxImportGlossaryTests
{
    public static IEnumerable<object[]> Styles() => Enum.GetValues<GlossarySectionStyle>().Select(s => new object[] { s });

    [TestMethod]
    [DynamicData(nameof(Styles))]
    public void Import_reads_every_term_of_every_section_style_the_editor_writes(GlossarySectionStyle section)
    {
        var docx = GlossaryEditor.Mark(SectionStyleTests.SeedText(), "seed.docx", GlossaryDocs.Style(section, GlossaryMarkerStyle.ReferenceMark), GlossaryDocs.Terms);

        var result = LegacyDocumentImporter.Import(docx, "seed.docx");

        CollectionAssert.AreEqual(new[] { "スマートフォン=1", "IoT=2", "AI=3", "ICT=4", "クラウド=5" }, result.Plan.Glossary.Select(t => $"{t.Term}={t.Marker}").ToArray());
        Assert.AreEqual(GlossaryDocs.Terms.Find("クラウド")!.Definition, result.Plan.Glossary[4].Definition);
        foreach (var term in result.Plan.Glossary) AssertNoGlossaryLineLost(result, term.Definition.Split('\n')[0]);
    }

    [TestMethod]
    public void Import_reads_akitas_hand_made_footnotes() =>
        AssertEveryTerm(HandMadeRenditions.AkitaFootnotes(), "akita-2021.docx", "I o T", "A I");

    [TestMethod]
    public void Import_reads_katagamis_reference_marks_and_numbered_table() =>
        AssertEveryTerm(HandMadeRenditions.KatagamiNumberedTable(), "katagami.docx", "I C T", "S N S", "I o E");

    [TestMethod]
    public void Import_reads_a_term_definition_page_table() =>
        AssertEveryTerm(HandMadeRenditions.PageTable(), "page.docx", "BPR", "オープンデータ");

    [TestMethod]
    public void Import_reads_a_table_headed_term_abbreviation_and_explanation_page()
    {
        var docx = new HandMadeDocument()
            .Paragraph("業務改革（BPR）を進める。")
            .Paragraph("用語集")
            .Table(["用語", "用語の略・解説", "該当頁"], ["BPR", "Business Process Re-engineering の略。", "12"], ["RPA（アールピーエー）", "Robotic Process Automation の略。", "15"])
            .Build();
        var result = AssertEveryTerm(docx, "page2.docx", "BPR", "RPA");
        Assert.AreEqual("アールピーエー", result.Plan.Glossary[1].Reading);
    }

    [TestMethod]
    public void Import_reads_akita_v2s_gojuon_groups_with_readings() =>
        AssertEveryTerm(HandMadeRenditions.AkitaV2Groups(), "akita-v2.docx", "I o T", "秋田市情報セキュリティポリシー", "官民データ活用推進基本法", "G I G A スクール構想");

    [TestMethod]
    public void Import_reads_hachinohes_definition_lines() =>
        AssertEveryTerm(HandMadeRenditions.HachinoheLines(), "hachinohe.docx", "AI", "冗長化", "ブロードバンド");

    private static ImportResult AssertEveryTerm(byte[] docx, string name, params string[] terms)
    {
        var result = LegacyDocumentImporter.Import(docx, name);
        var (harvested, _) = GlossaryHarvester.Read(docx, name);
        CollectionAssert.AreEquivalent(terms, result.Plan.Glossary.Select(t => t.Term).ToArray(), string.Join("; ", result.Unplaced));
        CollectionAssert.AreEqual(harvested.Select(t => $"{t.Term}|{t.Reading}|{t.Definition}|{t.Marker}").ToArray(), result.Plan.Glossary.Select(t => $"{t.Term}|{t.Reading}|{t.Definition}|{t.Marker}").ToArray());
        foreach (var term in result.Plan.Glossary) AssertNoGlossaryLineLost(result, term.Definition.Split('\n')[0]);
        return result;
    }

    private static void AssertNoGlossaryLineLost(ImportResult result, string definition) =>
        Assert.IsFalse(result.Unplaced.Any(p => p.Kind == DocumentProblemKind.Lost && p.Message.Contains(definition, StringComparison.Ordinal)),
            definition + " / " + string.Join("\n", result.Unplaced.Where(p => p.Kind == DocumentProblemKind.Lost)));
}
