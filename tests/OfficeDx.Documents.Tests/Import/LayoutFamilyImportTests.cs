using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Import;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>
/// Three house styles unlike the four cities, typed by hand as raw WordprocessingML (<see cref="LegacyDocx"/>: runs split in
/// two, merged cells, line breaks inside cells, bold runs), each imported with a profile written only from docs/profiles.md
/// (Import/Families/*.json): every measure, bar, indicator and glossary term comes back field by field, and the report has no loss.
/// </summary>
[TestClass]
public sealed class LayoutFamilyImportTests
{
    private static Profile Family(string name) =>
        ProfileLibrary.Load(Path.Combine(RepositoryFiles.Root, "tests", "OfficeDx.Documents.Tests", "Import", "Families", name + ".json"));

    /// <summary>みなと市: bold 「(1) …」 names above tables without a name row, a 工程表 of labelled bars (two rows, bars over several years), ①②③ items, a KPI sentence, a KPI table after the measure table, a 用語 / 用語の略・解説 / 該当頁 glossary.</summary>
    internal static byte[] Minato() => new LegacyDocx()
        .Paragraph("みなと市DX推進計画")
        .Paragraph("計画期間 令和4年度～令和8年度")
        .Paragraph("第1章 計画の趣旨")
        .Paragraph("本計画は、市の行政サービスをデジタルで変えていくための計画です。")
        .Paragraph("基本方針1 行政のデジタル化")
        .BoldParagraph("(1) 電子申請の拡大")
        .Table(
            ["現状と課題", ">5|窓口での手続が中心である。\n※一部の手続は実施済"],
            ["概要", ">5|申請を自宅からできるようにする。"],
            ["取組内容", ">5|①電子申請システムの選定②対象手続の拡大\n③職員研修の実施"],
            ["^|工程表", "令和4年度", "令和5年度", "令和6年度", "令和7年度", "令和8年度"],
            ["^", ">2|システム選定・調達", ">3|本格運用・対象拡大"],
            ["^", "", "職員研修", "", "", ""],
            ["成果指標", ">5|オンライン申請できる手続を令和8年度までに120件にする"],
            ["担当課", ">5|デジタル推進課、総務課"])
        .BoldParagraph("(2) ペーパーレス会議")
        .Table(
            ["概要", ">5|会議資料を\nタブレットで配る。"],
            ["^|工程表", "令和4年度", "令和5年度", "令和6年度", "令和7年度", "令和8年度"],
            ["^", "試行", ">4|全庁で実施"],
            ["担当課", ">5|総務課"])
        .Table(
            ["指標", "現状値（令和3年度）", "目標値（令和8年度）"],
            ["会議資料の印刷枚数", "120,000枚", "20,000枚"],
            ["タブレットの配布台数", "―", "300台"])
        .Paragraph("用語集")
        .Table(
            ["用語", "用語の略・解説", "該当頁"],
            ["電子申請", "インターネットを通じて\n申請や届出をすること。", "3"],
            ["ペーパーレス", "紙を使わずに情報をやり取りすること。", "4"])
        .Build();

    [TestMethod]
    public void Minato_names_above_tables_multi_bar_schedule_and_page_glossary_are_all_read()
    {
        var result = LegacyDocumentImporter.Import(Minato(), "minato.docx", Family("minato"));

        AssertNothingLost(Minato(), result);
        var measures = result.Plan.AllMeasures().ToArray();
        CollectionAssert.AreEqual(new[] { "(1) 電子申請の拡大", "(2) ペーパーレス会議" }, measures.Select(m => $"{m.Number} {m.Name}").ToArray());
        var first = measures[0];
        Assert.AreEqual("窓口での手続が中心である。", first.Issues);
        CollectionAssert.AreEqual(new[] { "※一部の手続は実施済" }, first.Notes.Select(n => n.Text).ToArray());
        CollectionAssert.AreEqual(new[] { "電子申請システムの選定", "対象手続の拡大", "職員研修の実施" }, first.MainActions.ToArray());
        CollectionAssert.AreEqual(new[] { "2022-2023 システム選定・調達", "2024-2026 本格運用・対象拡大", "2023-2023 職員研修" }, Bars(first));
        Assert.AreEqual(2, first.Tracks.Count);
        Assert.AreEqual("オンライン申請できる手続 → 120件 (2026)", Describe(first.Indicators.Single()));
        CollectionAssert.AreEqual(new[] { "デジタル推進課", "総務課" }, first.Departments.ToArray());
        var second = measures[1];
        Assert.AreEqual("会議資料を\nタブレットで配る。", second.Overview);
        CollectionAssert.AreEqual(new[] { "2022-2022 試行", "2023-2026 全庁で実施" }, Bars(second));
        CollectionAssert.AreEqual(new[] { "会議資料の印刷枚数 120,000枚 (2021) → 20,000枚 (2026)", "タブレットの配布台数 → 300台 (2026)" }, second.Indicators.Select(Describe).ToArray());
        CollectionAssert.AreEqual(new[] { "電子申請", "ペーパーレス" }, result.Plan.Glossary.Select(t => t.Term).ToArray());
        Assert.AreEqual("インターネットを通じて\n申請や届出をすること。", result.Plan.Glossary[0].Definition);
        Assert.AreEqual(new FiscalYear(2022), result.Plan.Period.From);
        Assert.AreEqual(new FiscalYear(2026), result.Plan.Period.To);
    }

    /// <summary>やまびこ町: a name row 「取組1 …」, the measure table split over two tables (a page break), the KPI typed as rows of the measure table (merged label), 1. 2. items, a （参考） note, あ行/か行 groups.</summary>
    internal static byte[] Yamabiko() => new LegacyDocx()
        .Paragraph("やまびこ町デジタル化推進計画")
        .Paragraph("計画期間 R5年度～R7年度")
        .Paragraph("① 窓口のデジタル化")
        .Table(
            ["事業名", ">3|取組1 窓口のキャッシュレス化"],
            ["事業概要", ">3|窓口で電子マネーを使えるようにする。"],
            ["実施内容", ">3|1. 決済端末の導入\n2. 対象窓口の拡大\n（参考）\n国のキャッシュレス推進の方針による。"])
        .Table(
            ["^|スケジュール", "R5", "R6", "R7"],
            ["^", "検討", "端末導入", "継続実施"],
            ["^|評価指標", "指標名", "基準値", "目標値"],
            ["^", "キャッシュレス決済件数", "1,200件（R4）", "5,000件（R7）"],
            ["^", "対応窓口数", "-", "8窓口（R7）"],
            ["所管課", ">3|会計課、市民課"])
        .Table(
            ["事業名", ">3|取組2 届出のオンライン化"],
            ["事業概要", ">3|転入届の事前入力を始める。"],
            ["実施内容", ">3|・事前入力フォームの作成"],
            ["^|スケジュール", "R5", "R6", "R7"],
            ["^", "", "試行", "本格実施"],
            ["評価指標", ">3|・事前入力の利用件数"],
            ["所管課", ">3|市民課"])
        .Paragraph("用語解説")
        .Paragraph("か行")
        .Paragraph("キャッシュレス決済（きゃっしゅれすけっさい）")
        .Paragraph("現金を使わずに支払いをすること。")
        .Paragraph("た行")
        .Paragraph("電子マネー（でんしまねー）")
        .Paragraph("お金の価値をデータにしたもの。")
        .Build();

    [TestMethod]
    public void Yamabiko_continued_tables_kpi_rows_numbered_items_and_gojuon_glossary_are_all_read()
    {
        var result = LegacyDocumentImporter.Import(Yamabiko(), "yamabiko.docx", Family("yamabiko"));

        AssertNothingLost(Yamabiko(), result);
        var measures = result.Plan.AllMeasures().ToArray();
        CollectionAssert.AreEqual(new[] { "取組1 窓口のキャッシュレス化", "取組2 届出のオンライン化" }, measures.Select(m => $"{m.Number} {m.Name}").ToArray());
        var first = measures[0];
        CollectionAssert.AreEqual(new[] { "決済端末の導入", "対象窓口の拡大" }, first.MainActions.ToArray());
        CollectionAssert.AreEqual(new[] { "（参考）\n国のキャッシュレス推進の方針による。" }, first.Notes.Select(n => n.Text).ToArray());
        CollectionAssert.AreEqual(new[] { "2023 検討", "2024 端末導入", "2025 " }, first.Schedule.Select(e => $"{e.FiscalYear.StartYear} {e.Caption}").ToArray());
        CollectionAssert.AreEqual(new[] { "キャッシュレス決済件数 1,200件 (2022) → 5,000件 (2025)", "対応窓口数 → 8窓口 (2025)" }, first.Indicators.Select(Describe).ToArray());
        CollectionAssert.AreEqual(new[] { "会計課", "市民課" }, first.Departments.ToArray());
        var second = measures[1];
        CollectionAssert.AreEqual(new[] { "2024 試行", "2025 本格実施" }, second.Schedule.Select(e => $"{e.FiscalYear.StartYear} {e.Caption}").ToArray());
        CollectionAssert.AreEqual(new[] { "事前入力の利用件数" }, second.Indicators.Select(i => i.Name).ToArray());
        CollectionAssert.AreEqual(new[] { "キャッシュレス決済=きゃっしゅれすけっさい", "電子マネー=でんしまねー" }, result.Plan.Glossary.Select(t => $"{t.Term}={t.Reading}").ToArray());
    }

    /// <summary>かわべ村: measure names in a heading style without numbers, tables without a name row, Western years, (1) and ○ items, indicators as sentences, 「用語（よみ）…定義」 lines.</summary>
    internal static byte[] Kawabe() => new LegacyDocx()
        .Paragraph("かわべ村地域情報化計画")
        .Paragraph("計画期間 2024年度～2026年度")
        .Paragraph("ア くらしのデジタル化")
        .Paragraph("オンライン相談の開始", "Heading3")
        .Table(
            ["取組の内容", ">3|役場に来なくても相談できるようにする。"],
            ["具体的な取組", ">3|(1)相談予約の受付 (2)ビデオ通話の相談\n○相談記録の電子化"],
            ["^|年次計画", "2024年度", "2025年度", "2026年度"],
            ["^", "準備", "試行", "本格実施"],
            ["目標", ">3|・オンライン相談の件数を2026年度までに年間50件にする\n・相談者の満足度"],
            ["関係課", ">3|住民課"])
        .Paragraph("イ しごとのデジタル化")
        .Paragraph("電子決裁の導入", "Heading3")
        .Table(
            ["取組の内容", ">3|決裁を電子で行う。"],
            ["^|年次計画", "2024年度", "2025年度", "2026年度"],
            ["^", ">2|システム構築", "運用"],
            ["目標", ">3|電子決裁率を80%にする"],
            ["関係課", ">3|総務課"])
        .Paragraph("用語集")
        .Paragraph("ビデオ通話（びでおつうわ）…映像と音声でやり取りする通話。")
        .Paragraph("電子決裁（でんしけっさい）…決裁を電子データで行うこと。")
        .Build();

    [TestMethod]
    public void Kawabe_heading_names_sentence_indicators_and_definition_lines_are_all_read()
    {
        var result = LegacyDocumentImporter.Import(Kawabe(), "kawabe.docx", Family("kawabe"));

        AssertNothingLost(Kawabe(), result);
        var measures = result.Plan.AllMeasures().ToArray();
        CollectionAssert.AreEqual(new[] { "オンライン相談の開始", "電子決裁の導入" }, measures.Select(m => m.Name).ToArray());
        CollectionAssert.AreEqual(new[] { "相談予約の受付", "ビデオ通話の相談", "相談記録の電子化" }, measures[0].MainActions.ToArray());
        CollectionAssert.AreEqual(new[] { "オンライン相談の件数 → 年間50件 (2026)", "相談者の満足度" }, measures[0].Indicators.Select(Describe).ToArray());
        CollectionAssert.AreEqual(new[] { "2024 準備", "2025 試行", "2026 本格実施" }, measures[0].Schedule.Select(e => $"{e.FiscalYear.StartYear} {e.Caption ?? e.Phase.ToString()}").ToArray());
        CollectionAssert.AreEqual(new[] { "2024 システム構築", "2025 システム構築", "2026 運用" }, measures[1].Schedule.Select(e => $"{e.FiscalYear.StartYear} {e.Caption}").ToArray());
        // No year in the sentence: the target is for the plan's last year, and the report says it was a guess.
        Assert.AreEqual("電子決裁率 → 80% (2026)", Describe(measures[1].Indicators.Single()));
        Assert.IsTrue(result.Unplaced.Any(p => p.Kind == DocumentProblemKind.Uncertain && p.Message.Contains("電子決裁率", StringComparison.Ordinal)), Report(result));
        CollectionAssert.AreEqual(new[] { "ビデオ通話", "電子決裁" }, result.Plan.Glossary.Select(t => t.Term).ToArray());
    }

    [TestMethod]
    public void A_table_whose_name_paragraph_is_missing_is_reported_as_lost()
    {
        var bytes = new LegacyDocx()
            .Paragraph("みなと市DX推進計画")
            .Paragraph("基本方針1 行政のデジタル化")
            .Paragraph("この表の上には施策名がありません。")
            .Table(["概要", "名前の無い施策の概要。"], ["担当課", "総務課"])
            .Build();

        var result = LegacyDocumentImporter.Import(bytes, "minato-broken.docx", Family("minato"));

        Assert.IsEmpty(result.Plan.AllMeasures());
        Assert.IsTrue(result.Unplaced.Any(p => p.Kind == DocumentProblemKind.Lost && p.Message.Contains("名前の無い施策の概要", StringComparison.Ordinal)), Report(result));
        Assert.IsTrue(ImportReport.HasLosses(result));
    }

    /// <summary>
    /// No finding of a loss, and every line of the document (each paragraph, each line of each cell) is in the plan or in the
    /// report (<see cref="SourceCoverage"/>); what the structure consumed (labels, list marks, KPI headings, years) is checked
    /// field by field by each test.
    /// </summary>
    internal static void AssertNothingLost(byte[] docx, ImportResult result)
    {
        Assert.IsFalse(ImportReport.HasLosses(result), Report(result));
        var lost = SourceCoverage.Lost(ImportLosesNothingTests.Lines(docx), result);
        Assert.IsEmpty(lost, $"{lost.Count} 行が計画にも報告にもありません: " + string.Join(" | ", lost) + "\n" + Report(result));
    }

    private static string Report(ImportResult result) => string.Join("\n", result.Unplaced.Select(p => $"{p.Kind} {p.Place}: {p.Message}"));

    private static string[] Bars(Measure measure) =>
        measure.Tracks.SelectMany(t => t.Spans).Select(s => $"{s.From.StartYear}-{s.To.StartYear} {s.Text}").ToArray();

    private static string Describe(Indicator indicator)
    {
        var baseline = indicator.Baseline is { } b ? $" {b.Value} ({b.FiscalYear.StartYear})" : "";
        var targets = string.Join(", ", indicator.Targets.Select(t => $"{t.Value} ({t.FiscalYear.StartYear})"));
        return targets.Length == 0 && baseline.Length == 0 ? indicator.Name : $"{indicator.Name}{baseline} → {targets}";
    }
}

/// <summary>`officedx profile infer` on each hand-made family: the profile it proposes reads the same measures, bars and indicators as the one written from the guide.</summary>
[TestClass]
public sealed class ProfileInferenceTests
{
    private static byte[] Document(string family) => family switch
    {
        "minato" => LayoutFamilyImportTests.Minato(),
        "yamabiko" => LayoutFamilyImportTests.Yamabiko(),
        _ => LayoutFamilyImportTests.Kawabe(),
    };

    [TestMethod]
    [DataRow("minato")]
    [DataRow("yamabiko")]
    [DataRow("kawabe")]
    public void The_inferred_profile_reads_every_measure_and_indicator_the_written_one_reads(string family)
    {
        var docx = Document(family);
        var folder = Directory.CreateTempSubdirectory("odx-infer-");
        try
        {
            var document = Path.Combine(folder.FullName, family + ".docx");
            File.WriteAllBytes(document, docx);
            var inferred = ProfileInference.FromFile(document, family + "-inferred");
            var profilePath = Path.Combine(folder.FullName, family + "-inferred.json");
            File.WriteAllText(profilePath, inferred.Json.ToJsonString());

            var proposed = LegacyDocumentImporter.Import(docx, family + ".docx", ProfileLibrary.Load(profilePath));
            var written = LegacyDocumentImporter.Import(docx, family + ".docx", ProfileLibrary.Load(Path.Combine(RepositoryFiles.Root, "tests", "OfficeDx.Documents.Tests", "Import", "Families", family + ".json")));

            LayoutFamilyImportTests.AssertNothingLost(docx, proposed);
            CollectionAssert.AreEqual(written.Plan.AllMeasures().Select(m => $"{m.Number} {m.Name}").ToArray(), proposed.Plan.AllMeasures().Select(m => $"{m.Number} {m.Name}").ToArray(), inferred.Json.ToJsonString());
            CollectionAssert.AreEqual(written.Plan.AllMeasures().SelectMany(m => m.Indicators).Select(i => i.Name).ToArray(), proposed.Plan.AllMeasures().SelectMany(m => m.Indicators).Select(i => i.Name).ToArray());
            CollectionAssert.AreEqual(written.Plan.AllMeasures().Select(m => m.Overview).ToArray(), proposed.Plan.AllMeasures().Select(m => m.Overview).ToArray());
            CollectionAssert.AreEqual(written.Plan.Glossary.Select(t => t.Term).ToArray(), proposed.Plan.Glossary.Select(t => t.Term).ToArray());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
