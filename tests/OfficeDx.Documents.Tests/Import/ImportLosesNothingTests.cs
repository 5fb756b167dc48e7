using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Documents.Import;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>
/// Nothing is lost in import: every non-blank line of the source — a seed's text, or a hand-typed Word document's paragraphs
/// and cell lines — is in the imported plan (any field, the glossary) or in the report (<see cref="SourceCoverage"/>).
/// </summary>
[TestClass]
public sealed class ImportLosesNothingTests
{
    public TestContext TestContext { get; set; } = null!;

    private static string Seed(string name) => RepositoryFiles.Seed(name);

    [TestMethod]
    [DataRow("katagami-dx-plan-2023.txt")]
    [DataRow("hachinohe-digital-plan-2022.txt")]
    [DataRow("akita-plan-2021-rev2023.txt")]
    [DataRow("akita-plan-v2-outline-2023.txt")]
    public void EverySeedLineIsInThePlanOrInTheReport(string seed)
    {
        var result = PlanTextImporter.Import(Seed(seed));

        var lost = SourceCoverage.Lost(File.ReadAllLines(Seed(seed)), result);

        // The figures docs/import-accuracy.md records for each seed.
        TestContext.WriteLine($"lines={File.ReadAllLines(Seed(seed)).Count(l => l.Trim().Length > 0)} report={result.Unplaced.Count} "
            + $"skipped={result.Unplaced.Count(p => p.Place.StartsWith("読み飛ばした行", StringComparison.Ordinal))} lost={lost.Count}");
        foreach (var line in lost) TestContext.WriteLine(line);
        Assert.IsEmpty(lost, $"{lost.Count} 行が計画にも報告にもありません: " + string.Join(" | ", lost.Take(10)));
    }

    [TestMethod]
    public void EveryLineOfAHandTypedTablePlanIsInThePlanOrInTheReport()
    {
        var bytes = LegacyImportTests.KatagamiByHand();

        var lost = SourceCoverage.Lost(Lines(bytes), LegacyDocumentImporter.Import(bytes, "katagami-hand.docx"));

        Assert.IsEmpty(lost, string.Join(" | ", lost));
    }

    /// <summary>
    /// A plan whose 施策 are headings with labelled parts, with text after the last KPI table (as in Hachinohe's plan), text
    /// between a label and the KPI table, and a table typed inside an overview cell: each is placed or reported.
    /// </summary>
    [TestMethod]
    public void EveryLineOfAHandTypedSectionedPlanIsInThePlanOrInTheReport()
    {
        var bytes = new LegacyDocx()
            .Paragraph("(原案)")
            .Paragraph("八戸市デジタル推進計画")
            .Paragraph("計画期間　2023 年度～2025 年度")
            .Paragraph("基本目標１ すみよいデジタル「より快適に、より便利に」")
            .Paragraph("施策1 行政手続のオンライン化の推進")
            .Paragraph("<取組概要>")
            .Paragraph("マイナポータルを活用した各種手続のオンライン化の拡充を図ります。")
            .Paragraph("主な取組")
            .Paragraph("・ マイナポータルを活用した行政手続の拡充")
            .Paragraph("ＫＰＩ")
            .Paragraph("指標は毎年度末に集計します")
            .Table(["指 標", "2021 年度", "2025 年度"], ["オンライン化した手続の数", "31 手続", "46 手続"], ["", "-", "70%"])
            .Paragraph("【参考】優先的にオンライン化を推進すべき手続 対象 31 手続")
            .Paragraph("1. 児童手当等の受給資格及び児童手当の額についての認定請求")
            .Paragraph("2. 罹災証明書の発行申請")
            .Build();

        var result = LegacyDocumentImporter.Import(bytes, "hachinohe.docx");
        var lost = SourceCoverage.Lost(Lines(bytes), result);

        foreach (var problem in result.Unplaced) TestContext.WriteLine(problem.ToString());
        Assert.AreEqual("hachinohe", result.Profile.Name, result.ProfileReason);
        Assert.AreEqual("施策1", result.Plan.AllMeasures().Single().Number);
        Assert.IsEmpty(lost, string.Join(" | ", lost));
    }

    /// <summary>The document's lines as a reader sees them: each paragraph split at its line breaks; a line in a table cell is a cell (a tab before it).</summary>
    internal static IEnumerable<string> Lines(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        foreach (var paragraph in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
        {
            var inCell = paragraph.Ancestors<TableCell>().Any();
            var line = new StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                if (element is Text text) line.Append(text.Text);
                else if (element is Break) { yield return (inCell ? "\t" : "") + line; line.Clear(); }
            }
            yield return (inCell ? "\t" : "") + line;
        }
    }
}
