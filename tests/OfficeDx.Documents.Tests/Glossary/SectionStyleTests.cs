using System.Xml.Linq;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Glossary;

[TestClass]
public sealed class SectionStyleTests
{
    /// <summary>Text from the seeds: Akita 2021's opening, with I o T, A I, ＩＣＴ and クラウド to mark.</summary>
    internal static byte[] SeedText() => new HandMadeDocument()
        .Paragraph("近年、スマートフォンの普及、I o T（モノのインターネット）の発達やネットワークの高速化・大容量化、また、A Iなどデジタル技術の進歩により、大量のデータがリアルタイムで蓄積・解析・流通されています。")
        .Paragraph("行政の各分野においてＩＣＴやA Iをはじめとしたデジタル技術を活用し、行政手続の簡素化や行政運営の効率化などによる業務改革を進めることが必要です。")
        .Paragraph("業務、データ、システムの標準化やクラウド等を推進することにより、経費の削減や職員の事務負担軽減を図ります。")
        .Build();

    public static IEnumerable<object[]> Styles() => Enum.GetValues<GlossarySectionStyle>().Select(s => new object[] { s });

    private static byte[] Marked(GlossarySectionStyle section, GlossaryMarkerStyle marker = GlossaryMarkerStyle.ReferenceMark) =>
        GlossaryEditor.Mark(SeedText(), "seed.docx", GlossaryDocs.Style(section, marker), GlossaryDocs.Terms);

    [TestMethod]
    [DynamicData(nameof(Styles))]
    public void EverySectionStylePassesTheOpenXmlValidatorAndHarvestsBack(GlossarySectionStyle section)
    {
        var docx = Marked(section);
        var errors = DocumentValidation.Validate(docx, "seed.docx");
        Assert.IsEmpty(errors, string.Join("\n", errors));
        var (terms, problems) = GlossaryHarvester.Read(docx, "seed.docx");
        Assert.IsEmpty(problems, string.Join("; ", problems));
        CollectionAssert.AreEqual(new[] { "スマートフォン=1", "IoT=2", "AI=3", "ICT=4", "クラウド=5" }, terms.Select(t => $"{t.Term}={t.Marker}").ToArray());
        Assert.AreEqual(GlossaryDocs.Terms.Find("クラウド")!.Definition, terms[4].Definition);
        Assert.AreEqual("paragraph:2", terms[3].FirstUse);
    }

    [TestMethod]
    [DynamicData(nameof(Styles))]
    public void RefreshIsIdempotentAndDeterministic(GlossarySectionStyle section)
    {
        var once = Marked(section);
        CollectionAssert.AreEqual(once, Marked(section), "the same input must give the same bytes");
        var refreshed = GlossaryEditor.Refresh(once, "seed.docx", GlossaryDocs.Style(section), GlossaryDocs.Terms);
        CollectionAssert.AreEqual(once, refreshed, "refreshing a refreshed document must change no byte");
        CollectionAssert.AreEqual(refreshed, GlossaryEditor.Refresh(refreshed, "seed.docx", GlossaryDocs.Style(section), GlossaryDocs.Terms));
    }

    [TestMethod]
    public void FootnotesCarryCustomMarksAndTheirIdsRiseInReferenceOrder()
    {
        var docx = Marked(GlossarySectionStyle.Footnotes, GlossaryMarkerStyle.Asterisk);
        var body = GlossaryDocs.Body(docx);
        var references = body.Descendants(GlossaryDocs.W + "footnoteReference").ToArray();
        CollectionAssert.AreEqual(new[] { "1", "2", "3", "4", "5" }, references.Select(r => r.Attribute(GlossaryDocs.W + "id")!.Value).ToArray());
        Assert.IsTrue(references.All(r => r.Attribute(GlossaryDocs.W + "customMarkFollows")?.Value == "1"));
        CollectionAssert.AreEqual(new[] { "*1", "*2", "*3", "*4", "*5" }, GlossaryDocs.Markers(body).Select(GlossaryDocs.MarkerText).ToArray());
        var notes = GlossaryDocs.Footnotes(docx)!.Root!.Elements(GlossaryDocs.W + "footnote").Where(f => f.Attribute(GlossaryDocs.W + "type") is null).ToArray();
        CollectionAssert.AreEqual(new[] { "1", "2", "3", "4", "5" }, notes.Select(n => n.Attribute(GlossaryDocs.W + "id")!.Value).ToArray());
        StringAssert.StartsWith(Visible(notes[2]).Trim(), GlossaryDocs.Terms.Find("AI")!.Definition[..10]);
        Assert.IsEmpty(notes.Descendants(GlossaryDocs.W + "sdt").ToArray(), "LibreOffice moves footnotes that hold content controls into the body");
    }

    [TestMethod]
    public void AfterEditsRefreshRenumbersMarkersAndFootnotesInDocumentOrder()
    {
        var docx = Marked(GlossarySectionStyle.Footnotes, GlossaryMarkerStyle.Asterisk);
        // A person moves the last paragraph (クラウド) to the top.
        var edited = EditBody(docx, body => { var paragraphs = body.Elements(GlossaryDocs.W + "p").ToArray(); var last = paragraphs[2]; last.Remove(); body.AddFirst(last); });
        var refreshed = GlossaryEditor.Refresh(edited, "seed.docx", GlossaryDocs.Style(GlossarySectionStyle.Footnotes, GlossaryMarkerStyle.Asterisk), GlossaryDocs.Terms);
        var body = GlossaryDocs.Body(refreshed);
        CollectionAssert.AreEqual(new[] { "クラウド=*1", "スマートフォン=*2", "IoT=*3", "AI=*4", "ICT=*5" },
            GlossaryDocs.Markers(body).Select(m => $"{GlossaryDocs.MarkerTerm(m)}={GlossaryDocs.MarkerText(m)}").ToArray());
        var notes = GlossaryDocs.Footnotes(refreshed)!.Root!.Elements(GlossaryDocs.W + "footnote").Where(f => f.Attribute(GlossaryDocs.W + "type") is null).ToArray();
        StringAssert.StartsWith(Visible(notes[0]).Trim(), GlossaryDocs.Terms.Find("クラウド")!.Definition[..10]);
    }

    [TestMethod]
    public void TheNumberedTableHasNoTermAndDefinitionColumnsInMarkerOrder()
    {
        var section = Section(Marked(GlossarySectionStyle.NumberedTable));
        var rows = section.Descendants(GlossaryDocs.W + "tr").Select(r => r.Elements(GlossaryDocs.W + "tc").Select(Visible).ToArray()).ToArray();
        CollectionAssert.AreEqual(new[] { "No", "用語", "解説" }, rows[0]);
        CollectionAssert.AreEqual(new[] { "1", "2", "3", "4", "5" }, rows.Skip(1).Select(r => r[0]).ToArray());
        CollectionAssert.AreEqual(new[] { "スマートフォン", "IoT", "AI", "ICT", "クラウド" }, rows.Skip(1).Select(r => r[1]).ToArray());
        Assert.IsNotNull(section.Descendants(GlossaryDocs.W + "tblHeader").FirstOrDefault(), "the header row repeats on every page");
    }

    [TestMethod]
    public void ThePageTableRefersToBookmarksOnTheFirstMarkersWithPagerefFields()
    {
        var docx = Marked(GlossarySectionStyle.PageTable);
        var section = Section(docx);
        var header = section.Descendants(GlossaryDocs.W + "tr").First().Elements(GlossaryDocs.W + "tc").Select(Visible).ToArray();
        CollectionAssert.AreEqual(new[] { "用語", "解説", "該当頁" }, header);
        var fields = section.Descendants(GlossaryDocs.W + "instrText").Select(i => i.Value.Trim()).ToArray();
        CollectionAssert.AreEquivalent(new[] { @"PAGEREF odxGlossary1 \h", @"PAGEREF odxGlossary2 \h", @"PAGEREF odxGlossary3 \h", @"PAGEREF odxGlossary4 \h", @"PAGEREF odxGlossary5 \h" }, fields);
        var bookmarks = GlossaryDocs.Body(docx).Descendants(GlossaryDocs.W + "bookmarkStart").Select(b => b.Attribute(GlossaryDocs.W + "name")!.Value).ToArray();
        CollectionAssert.AreEqual(new[] { "odxGlossary1", "odxGlossary2", "odxGlossary3", "odxGlossary4", "odxGlossary5" }, bookmarks);
    }

    [TestMethod]
    public void GojuonGroupsSortByReadingWithTermAndReadingHeadings()
    {
        var section = Section(Marked(GlossarySectionStyle.GojuonGroups));
        var lines = section.Descendants(GlossaryDocs.W + "p").Select(Visible).ToArray();
        // IoT (アイオーティ), ICT (アイシーティ), AI (エーアイ) in あ行; クラウド in か行; スマートフォン in さ行.
        CollectionAssert.AreEqual(new[] { "用語集", "あ行", "IoT（アイオーティ）" }, lines.Take(3).ToArray());
        CollectionAssert.AreEqual(new[] { "IoT（アイオーティ）", "ICT（アイシーティ）", "AI（エーアイ）" },
            lines.Where(l => l.EndsWith('）') && l.Length < 20).ToArray());
        CollectionAssert.Contains(lines, "か行");
        CollectionAssert.Contains(lines, "クラウド", "a kana term is not followed by itself as its reading");
        CollectionAssert.Contains(lines, "さ行");
    }

    [TestMethod]
    public void DefinitionLinesAreTermEllipsisDefinition()
    {
        var section = Section(Marked(GlossarySectionStyle.DefinitionLines));
        var lines = section.Descendants(GlossaryDocs.W + "p").Select(Visible).Skip(1).ToArray();
        Assert.HasCount(5, lines);
        Assert.AreEqual("ICT…" + GlossaryDocs.Terms.Find("ICT")!.Definition.Replace("\n", ""), lines[1]);
    }

    private static XElement Section(byte[] docx) => GlossaryDocs.Body(docx).Descendants(GlossaryDocs.W + "sdt")
        .Single(s => s.Element(GlossaryDocs.W + "sdtPr")!.Element(GlossaryDocs.W + "tag")!.Attribute(GlossaryDocs.W + "val")!.Value == GlossaryTags.Section);

    /// <summary>Visible text: hidden runs (w:vanish) left out.</summary>
    private static string Visible(XElement element) => string.Concat(element.Descendants(GlossaryDocs.W + "t")
        .Where(t => t.Parent?.Element(GlossaryDocs.W + "rPr")?.Element(GlossaryDocs.W + "vanish") is null).Select(t => t.Value));

    private static byte[] EditBody(byte[] docx, Action<XElement> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            var part = document.MainDocumentPart!;
            XDocument xml;
            using (var read = part.GetStream()) xml = XDocument.Load(read);
            edit(xml.Root!.Element(GlossaryDocs.W + "body")!);
            using var write = part.GetStream(FileMode.Create);
            xml.Save(write);
        }
        return stream.ToArray();
    }
}
