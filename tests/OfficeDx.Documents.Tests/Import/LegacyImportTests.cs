using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Import;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>Word plans typed by hand (no content controls) import into the expected plans, with a report of what could not be placed.</summary>
[TestClass]
public sealed class LegacyImportTests
{
    internal static byte[] KatagamiByHand() => new LegacyDocx()
        .Paragraph("潟上市DX推進計画", "Title")
        .Paragraph("（令和５年度～令和７年度）")
        .Paragraph("(1) DX推進による持続可能な行政運営")
        .Paragraph("○庁内業務のデジタル化")
        .Table(
            ["取 組 名", ">3|①職員管理業務のデジタル化"],
            ["これまでの課題", ">3|\n\n職員が総務課に提出する各種届出書類が紙ベースである。\n\n"],
            ["施策の概要", ">3|職員が提出する各種届出書類をデジタル化する。"],
            ["", ">3|管理業務の効率化とペーパーレス化につながる。"],
            ["^|スケジュール", "令和５年度", "令和６年度", "令和 7 年度"],
            ["^", "調査・検討", "R7当初予算要求", "システム導入\n運用開始"],
            ["", "", "", ""],
            ["主な評価指標 ", ">3|・紙及び簿冊等の数量\n・印刷製本費"],
            ["主な担当課", ">3|総務課、会計課"])
        .Paragraph("ここは施策表の外に書かれた本文です。")
        .Table(["年少人口", "7,553"], ["老年人口", "2,818"])
        .Paragraph("(2) DX推進による市民サービスの向上")
        .Paragraph("○キャッシュレス決済サービスの導入")
        .Table(
            ["取組名", ">3|①キャッシュレス決済サービスの導入"],
            ["取組の概要", ">3|手数料の納付に電子マネーを使えるようにする。"],
            ["^|スケジュール", "令和5年度", "令和6年度", "令和7年度"],
            ["^", ">2|調査・検討", "継続実施"],
            ["主な評価指標", ">3|・キャッシュレス決済件数"],
            ["担当課", ">3|税務課"])
        .Build();

    [TestMethod]
    public void AHandTypedKatagamiPlanImportsIntoTheExpectedPlan()
    {
        var result = LegacyDocumentImporter.Import(KatagamiByHand(), "katagami-hand.docx");

        var expected = new Plan
        {
            Id = "katagami-hand",
            Municipality = "潟上市",
            Title = "潟上市DX推進計画",
            Profile = "katagami",
            Period = new PlanPeriod { From = new FiscalYear(2023), To = new FiscalYear(2025) },
            Areas =
            [
                new Area
                {
                    Id = "a1", Number = "(1)", Title = "DX推進による持続可能な行政運営",
                    Areas =
                    [
                        new Area
                        {
                            Id = "a1-1", Number = "○", Title = "庁内業務のデジタル化",
                            Measures =
                            [
                                new Measure
                                {
                                    Id = "a1-1-01", Number = "①", Name = "職員管理業務のデジタル化",
                                    Issues = "職員が総務課に提出する各種届出書類が紙ベースである。",
                                    Overview = "職員が提出する各種届出書類をデジタル化する。\n管理業務の効率化とペーパーレス化につながる。",
                                    Schedule =
                                    [
                                        new ScheduleEntry { FiscalYear = new FiscalYear(2023), Phase = Phase.Preparation, Caption = "調査・検討" },
                                        new ScheduleEntry { FiscalYear = new FiscalYear(2024), Phase = Phase.Preparation, Caption = "R7当初予算要求" },
                                        new ScheduleEntry { FiscalYear = new FiscalYear(2025), Phase = Phase.Implementation, Caption = "システム導入 運用開始" },
                                    ],
                                    Indicators = [new Indicator { Name = "紙及び簿冊等の数量" }, new Indicator { Name = "印刷製本費" }],
                                    Departments = ["総務課", "会計課"],
                                },
                            ],
                        },
                    ],
                },
                new Area
                {
                    Id = "a2", Number = "(2)", Title = "DX推進による市民サービスの向上",
                    Areas =
                    [
                        new Area
                        {
                            Id = "a2-1", Number = "○", Title = "キャッシュレス決済サービスの導入",
                            Measures =
                            [
                                new Measure
                                {
                                    Id = "a2-1-01", Number = "①", Name = "キャッシュレス決済サービスの導入",
                                    Overview = "手数料の納付に電子マネーを使えるようにする。",
                                    Schedule =
                                    [
                                        new ScheduleEntry { FiscalYear = new FiscalYear(2023), Phase = Phase.Preparation, Caption = "調査・検討" },
                                        new ScheduleEntry { FiscalYear = new FiscalYear(2024), Phase = Phase.Preparation, Caption = "調査・検討" },
                                        new ScheduleEntry { FiscalYear = new FiscalYear(2025), Phase = Phase.Continuation },
                                    ],
                                    Indicators = [new Indicator { Name = "キャッシュレス決済件数" }],
                                    Departments = ["税務課"],
                                },
                            ],
                        },
                    ],
                },
            ],
        };
        Assert.AreEqual(PlanJson.Serialize(expected), PlanJson.Serialize(result.Plan));
        Assert.AreEqual("katagami", result.Profile.Name);
        StringAssert.Contains(result.ProfileReason, "katagami");
        Assert.HasCount(2, result.Unplaced, string.Join("; ", result.Unplaced));
        StringAssert.Contains(result.Unplaced[0].Message, "ここは施策表の外に書かれた本文です。");
        StringAssert.Contains(result.Unplaced[1].ToString(), "2 番目の表");
    }

    [TestMethod]
    public void AHachinoheStylePlanWithAKpiTableIsRecognisedAndRead()
    {
        var bytes = new LegacyDocx()
            .Paragraph("八戸市デジタル推進計画")
            .Paragraph("計画期間　2023 年度～2025 年度")
            .Paragraph("基本目標１ すみよいデジタル「より快適に、より便利に」")
            .TableWithNested(
                [
                    ["施 策", ">3|施策1 行政手続のオンライン化の推進"],
                    ["<取組概要>", ">3|マイナポータルを活用した各種手続のオンライン化の拡充を図ります。"],
                    ["主な取組", ">3|・ マイナポータルを活用した行政手続の拡充\n\n・ マイナンバーカードの出張申請受付の実施"],
                ],
                "ＫＰＩ",
                [["指 標", "2021 年度", "2025 年度"], ["オンライン化した手続の数", "31 手続", "46 手続"], ["利用者満足度", "-", "70%"]])
            .Build();

        var result = LegacyDocumentImporter.Import(bytes, "hachinohe.docx");

        Assert.AreEqual("hachinohe", result.Profile.Name, result.ProfileReason);
        Assert.IsEmpty(result.Unplaced, string.Join("; ", result.Unplaced));
        var area = result.Plan.Areas.Single();
        Assert.AreEqual("基本目標１", area.Number);
        var measure = area.Measures.Single();
        Assert.AreEqual("施策1", measure.Number);
        Assert.AreEqual("行政手続のオンライン化の推進", measure.Name);
        CollectionAssert.AreEqual(new[] { "マイナポータルを活用した行政手続の拡充", "マイナンバーカードの出張申請受付の実施" }, measure.MainActions.ToArray());
        Assert.HasCount(2, measure.Indicators);
        Assert.AreEqual(new IndicatorValue { FiscalYear = new FiscalYear(2021), Value = "31 手続" }, measure.Indicators[0].Baseline);
        Assert.AreEqual(new IndicatorValue { FiscalYear = new FiscalYear(2025), Value = "70%" }, measure.Indicators[1].Targets.Single());
        Assert.AreEqual(new PlanPeriod { From = new FiscalYear(2023), To = new FiscalYear(2025) }, result.Plan.Period);
    }

    [TestMethod]
    public void AnAkitaStylePlanKeepsNotesDividerAndCompletedList()
    {
        var bytes = new LegacyDocx()
            .Paragraph("秋田市デジタル化推進計画")
            .Paragraph("計画期間 令和3年度～令和5年度")
            .Paragraph("(1) 手続における情報通信の技術の利用等に係る取組")
            .Table(
                ["施策の名称", ">3|1 オンライン化による行政サービスの拡充"],
                ["施策の概要", ">3|電子申請サービスを拡充する。\n※令和4年度実施内容を踏まえ、概要を修正"],
                ["^|取組スケジュール", "令和3年度", "令和4年度", "令和5年度"],
                ["^", "----->", "○", "————>"],
                ["主な評価指標", ">3|電子申請による手続件数の割合"],
                ["主な担当課", ">3|デジタル化推進本部、情報統計課"])
            .Paragraph("【以下、追加の個別施策】")
            .Table(
                ["施策の名称", ">3|2 窓口のキャッシュレス化"],
                ["施策の概要", ">3|窓口で電子マネーを使えるようにする。"],
                ["^|取組スケジュール", "R3", "R4", "R5"],
                ["^", "", "○", "→"])
            .Paragraph("実施済みの施策")
            .Paragraph("・図書館の電子書籍サービス")
            .Build();

        var result = LegacyDocumentImporter.Import(bytes, "akita.docx", ProfileLibrary.Load("akita"));

        Assert.IsEmpty(result.Unplaced, string.Join("; ", result.Unplaced));
        var measures = result.Plan.Areas.Single().Measures;
        Assert.HasCount(3, measures);
        Assert.AreEqual(MeasureState.Active, measures[0].State);
        Assert.AreEqual("1", measures[0].Number);
        Assert.AreEqual("電子申請サービスを拡充する。", measures[0].Overview);
        Assert.AreEqual(new RevisionNote { Kind = RevisionNoteKind.Overview, Text = "※令和4年度実施内容を踏まえ、概要を修正" }, measures[0].Notes.Single());
        CollectionAssert.AreEqual(new[] { Phase.Preparation, Phase.Implementation, Phase.Continuation }, measures[0].Schedule.Select(e => e.Phase).ToArray());
        Assert.AreEqual(MeasureState.Added, measures[1].State);
        CollectionAssert.AreEqual(new[] { 2022, 2023 }, measures[1].Schedule.Select(e => e.FiscalYear.StartYear).ToArray());
        Assert.AreEqual(new Measure { Id = measures[2].Id, Name = "図書館の電子書籍サービス", State = MeasureState.Completed }, measures[2]);
    }
}
