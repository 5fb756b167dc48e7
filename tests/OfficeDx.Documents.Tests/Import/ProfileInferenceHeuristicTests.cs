using System.Text.Json.Nodes;
using OfficeDx.Documents.Import;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>
/// What `officedx profile infer` decides on hand-assembled plans unlike the families: area numbering when names are in a name
/// row (two levels, the one printed first on top), one label for spellings that differ only in spacing, and bars only from
/// cells over the year columns that hold a short phase text — a note merged across the years is a note.
/// </summary>
[TestClass]
public sealed class ProfileInferenceHeuristicTests
{
    /// <summary>ふじ町: names in a name row 「①…」, areas 「(1) …」 with 「○…」 groups under them, one schedule label typed with a space.</summary>
    private static byte[] Fuji() => new LegacyDocx()
        .Paragraph("ふじ町DX推進計画")
        .Paragraph("計画期間 令和5年度～令和7年度")
        .Paragraph("(1) 行政のデジタル化")
        .Paragraph("○窓口の改善")
        .Table(
            ["取組名", ">3|①書かない窓口の導入"],
            ["取組の概要", ">3|申請書を書かずに手続できるようにする。"],
            ["^|スケジュール", "令和5年度", "令和6年度", "令和7年度"],
            ["^", "検討", "試行", "導入"],
            ["担当課", ">3|市民課"])
        .Paragraph("○内部事務の効率化")
        .Table(
            ["取組名", ">3|②電子決裁の導入"],
            ["取組の概要", ">3|決裁を電子で行う。"],
            ["^|スケ ジュール", "令和5年度", "令和6年度", "令和7年度"],
            ["^", "検討", "導入", "運用"],
            ["担当課", ">3|総務課"])
        .Paragraph("(2) 地域のデジタル化")
        .Paragraph("○防災情報の発信")
        .Table(
            ["取組名", ">3|③防災アプリの提供"],
            ["取組の概要", ">3|防災情報をアプリで届ける。"],
            ["^|スケジュール", "令和5年度", "令和6年度", "令和7年度"],
            ["^", "調査", "開発", "運用"],
            ["^", ">3|※国の補助金の状況により見直す。"],
            ["担当課", ">3|危機管理課"])
        .Build();

    [TestMethod]
    public void Area_numbering_is_decided_from_the_headings_when_names_are_in_a_name_row()
    {
        var (inferred, profile) = Infer(Fuji(), "fuji");

        var levels = inferred.Json["hierarchy"]!["levels"]!.AsArray().Select(l => $"{l!["numbering"]}{l["prefix"]}").ToArray();
        CollectionAssert.AreEqual(new[] { "parenthesizedArabic", "none○" }, levels, inferred.Json.ToJsonString());
        Assert.AreEqual("circled", inferred.Json["hierarchy"]!["measure"]!["numbering"]!.GetValue<string>());
        var result = LegacyDocumentImporter.Import(Fuji(), "fuji.docx", profile);
        LayoutFamilyImportTests.AssertNothingLost(Fuji(), result);
        CollectionAssert.AreEqual(new[] { "(1) 行政のデジタル化: ○窓口の改善 ①, ○内部事務の効率化 ②", "(2) 地域のデジタル化: ○防災情報の発信 ③" },
            result.Plan.Areas.Select(a => $"{a.Number} {a.Title}: {string.Join(", ", a.Areas.Select(g => $"{g.Number}{g.Title} {string.Join(" ", g.Measures.Select(m => m.Number))}"))}").ToArray());
    }

    [TestMethod]
    public void Labels_that_differ_only_in_spacing_are_one_label_and_the_profile_is_valid()
    {
        var (inferred, _) = Infer(Fuji(), "fuji");

        var schedule = inferred.Json["rows"]!.AsArray().Single(r => r!["field"]!.GetValue<string>() == "schedule")!;
        Assert.AreEqual("スケジュール", schedule["label"]!.GetValue<string>());
        Assert.IsNull(schedule["synonyms"], inferred.Json.ToJsonString());
    }

    /// <summary>One row of phase words under the years and a ※ note merged across them: per-year phases, not bars; the note is the measure's note.</summary>
    [TestMethod]
    public void A_note_merged_over_the_years_proposes_no_bars_and_is_read_as_a_note()
    {
        var (inferred, profile) = Infer(Fuji(), "fuji");

        Assert.AreEqual("phaseText", inferred.Json["scheduleStyle"]!.GetValue<string>(), inferred.Json.ToJsonString());
        Assert.IsNull(inferred.Json["import"]?["scheduleForm"], inferred.Json.ToJsonString());
        var third = LegacyDocumentImporter.Import(Fuji(), "fuji.docx", profile).Plan.AllMeasures().Last();
        Assert.IsEmpty(third.Tracks);
        CollectionAssert.AreEqual(new[] { "2023 調査", "2024 開発", "2025 運用" }, third.Schedule.Select(e => $"{e.FiscalYear.StartYear} {e.Caption}").ToArray());
        CollectionAssert.AreEqual(new[] { "※国の補助金の状況により見直す。" }, third.Notes.Select(n => n.Text).ToArray());
    }

    /// <summary>Merged cells with text that are no bars — a label merged over the year columns' neighbour, a sentence across the years — propose none; a short text over two years does.</summary>
    [TestMethod]
    [DataRow(">3|各年度の予算の範囲で段階的に実施し、結果を翌年度に反映する。", "phaseText")]
    [DataRow(">2|システム構築", "bars")]
    public void Bars_are_proposed_only_for_short_texts_over_year_columns(string merged, string style)
    {
        var bytes = new LegacyDocx()
            .Paragraph("さくら村DX計画")
            .Paragraph("(1) 行政のデジタル化")
            .Table(
                ["施策名", ">3|1 電子申請の拡大"],
                ["概要", ">3|申請を自宅からできるようにする。"],
                ["^|工程表", "2024年度", "2025年度", "2026年度"],
                merged.StartsWith(">3", StringComparison.Ordinal) ? ["^", merged] : ["^", merged, "運用"],
                ["担当課", ">3|総務課"])
            .Build();

        var (inferred, _) = Infer(bytes, "sakura");

        Assert.AreEqual(style, inferred.Json["scheduleStyle"]!.GetValue<string>(), inferred.Json.ToJsonString());
    }

    private static (InferredProfile Inferred, Profile Profile) Infer(byte[] docx, string name)
    {
        var folder = Directory.CreateTempSubdirectory("odx-infer-");
        try
        {
            var document = Path.Combine(folder.FullName, name + ".docx");
            File.WriteAllBytes(document, docx);
            var inferred = ProfileInference.FromFile(document, name + "-inferred");
            var path = Path.Combine(folder.FullName, name + "-inferred.json");
            File.WriteAllText(path, inferred.Json.ToJsonString());
            return (inferred, ProfileLibrary.Load(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
