using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.HouseStyles;

/// <summary>Hierarchy numbers are written and recognised in every style the seeds use, full-width forms included.</summary>
[TestClass]
public sealed class NumberingTests
{
    private static HierarchyLevel Level(NumberingStyle style, string prefix = "") => new() { Name = "x", Numbering = style, Prefix = prefix };

    [TestMethod]
    [DataRow(NumberingStyle.Arabic, "", 3, "3")]
    [DataRow(NumberingStyle.Arabic, "施策", 3, "施策3")]
    [DataRow(NumberingStyle.ParenthesizedArabic, "", 2, "(2)")]
    [DataRow(NumberingStyle.Circled, "", 12, "⑫")]
    [DataRow(NumberingStyle.Katakana, "", 3, "ウ")]
    [DataRow(NumberingStyle.ParenthesizedKatakana, "", 2, "(イ)")]
    [DataRow(NumberingStyle.None, "○", 5, "○")]
    public void FormatsTheNthItem(NumberingStyle style, string prefix, int n, string expected) =>
        Assert.AreEqual(expected, Numbering.Format(Level(style, prefix), n));

    [TestMethod]
    [DataRow(NumberingStyle.Arabic, "基本目標", "基本目標 ２ はたらくデジタル", "基本目標 ２", "はたらくデジタル", 2)]
    [DataRow(NumberingStyle.Arabic, "基本目標", "基本目標　３　うみだすデジタル", "基本目標　３", "うみだすデジタル", 3)]
    [DataRow(NumberingStyle.Arabic, "基本目標", "基本目標３うみだすデジタル", "基本目標３", "うみだすデジタル", 3)]
    [DataRow(NumberingStyle.Arabic, "基本目標", "基 本 目 標  12 うみだすデジタル", "基 本 目 標  12", "うみだすデジタル", 12)]
    [DataRow(NumberingStyle.Arabic, "基本目標", "基本目標\t3.\tうみだすデジタル", "基本目標\t3.", "うみだすデジタル", 3)]
    [DataRow(NumberingStyle.Arabic, "施策", "施策1 行政手続のオンライン化の推進", "施策1", "行政手続のオンライン化の推進", 1)]
    [DataRow(NumberingStyle.ParenthesizedArabic, "", "（３） ＤＸ推進による新たな価値の創出", "（３）", "ＤＸ推進による新たな価値の創出", 3)]
    [DataRow(NumberingStyle.Circled, "", "①職員管理業務のデジタル化", "①", "職員管理業務のデジタル化", 1)]
    [DataRow(NumberingStyle.Katakana, "", "イ 行政情報化に係る基盤", "イ", "行政情報化に係る基盤", 2)]
    [DataRow(NumberingStyle.ParenthesizedKatakana, "", "(ウ) オープンデータの推進", "(ウ)", "オープンデータの推進", 3)]
    [DataRow(NumberingStyle.None, "○", "○庁内業務のデジタル化", "○", "庁内業務のデジタル化", 1)]
    public void SplitsANumberedLine(NumberingStyle style, string prefix, string line, string number, string rest, int ordinal)
    {
        Assert.IsTrue(Numbering.TrySplit(Level(style, prefix), line, out var n, out var r, out var o));
        Assert.AreEqual(number, n);
        Assert.AreEqual(rest, r);
        Assert.AreEqual(ordinal, o);
    }

    [TestMethod]
    [DataRow(NumberingStyle.Arabic, "", "2021年度の取組")]
    [DataRow(NumberingStyle.Katakana, "", "アプリの活用")]
    [DataRow(NumberingStyle.ParenthesizedArabic, "", "(参考) 国の動向")]
    [DataRow(NumberingStyle.Arabic, "施策", "施策の概要")]
    public void DoesNotTakeOrdinaryTextForANumber(NumberingStyle style, string prefix, string line) =>
        Assert.IsFalse(Numbering.TrySplit(Level(style, prefix), line, out _, out _, out _));
}
