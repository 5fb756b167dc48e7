using OfficeDx.Core.Model;
using OfficeDx.Documents.Glossary;

namespace OfficeDx.Documents.Tests.Glossary;

[TestClass]
public sealed class ReadingOrderTests
{
    private static GlossaryTerm Term(string term) => GlossaryDocs.Terms.Find(term)!.ToGlossaryTerm();

    [TestMethod]
    public void AbbreviationsSortByTheirKatakanaReadingAmongKanaTermsAsTheSeedDoes()
    {
        // Akita 第2.0版 あ行: … ウェアラブルデバイス, Web 3 (ウェブ・スリー), AI (エーアイ), … オープンデータ, オンライン.
        var sorted = ReadingOrder.Sort(new[] { "オンライン", "Web3", "オープンデータ", "AI", "ウェアラブルデバイス" }.Select(Term)).Select(t => t.Term);
        CollectionAssert.AreEqual(new[] { "ウェアラブルデバイス", "Web3", "AI", "オープンデータ", "オンライン" }, sorted.ToArray());
    }

    [TestMethod]
    public void TheLongVowelMarkSortsAsTheVowelItLengthensAsIcuJapaneseCollationDoes()
    {
        // エーアール reads エエアアル and so comes before エーアイ (エエアイ); the 第2.0版 seed prints AI before AR by hand.
        var sorted = ReadingOrder.Sort(new[] { "AI", "AR" }.Select(Term)).Select(t => t.Term);
        CollectionAssert.AreEqual(new[] { "AR", "AI" }, sorted.ToArray());
    }

    [TestMethod]
    public void KanjiTermsSortByTheirReadingNotByCodePoint()
    {
        // 官 (U+5B98) sorts after キ by code point; by its reading かんみん… it comes before キャッシュレス化.
        var sorted = ReadingOrder.Sort(new[] { "キャッシュレス化", "官民データ活用推進基本法", "GAFA" }.Select(Term)).Select(t => t.Term);
        CollectionAssert.AreEqual(new[] { "GAFA", "官民データ活用推進基本法", "キャッシュレス化" }, sorted.ToArray());
    }

    [TestMethod]
    public void KanaTypeAndWidthAreIgnored()
    {
        var terms = new[]
        {
            new GlossaryTerm { Term = "B", Reading = "ｲｰｼｰ" },
            new GlossaryTerm { Term = "A", Reading = "あいてぃ" },
            new GlossaryTerm { Term = "C", Reading = "アイシーティ" },
        };
        CollectionAssert.AreEqual(new[] { "C", "A", "B" }, ReadingOrder.Sort(terms).Select(t => t.Term).ToArray());
    }

    [TestMethod]
    public void EachTermFallsInTheGojuonRowTheSeedPutsItIn()
    {
        var rows = new Dictionary<string, string>
        {
            ["IoT"] = "あ行",
            ["秋田市情報セキュリティポリシー"] = "あ行",
            ["AI"] = "あ行",
            ["eLTAX"] = "あ行",
            ["GAFA"] = "か行",
            ["官民データ活用推進基本法"] = "か行",
            ["GIGAスクール構想"] = "か行",
            ["三層の対策"] = "さ行",
            ["CIO"] = "さ行",
            ["生成AI"] = "さ行",
            ["ChatGPT"] = "た行",
            ["DX"] = "た行",
            ["地域通貨"] = "た行",
            ["ネットワークインフラ"] = "な行",
            ["BPR"] = "は行",
            ["5G"] = "は行",
            ["VR"] = "は行",
            ["引越しワンストップサービス"] = "は行",
            ["マイナンバー"] = "ま行",
            ["ルーター、LANスイッチ"] = "ら行",
            ["Wi-Fi"] = "わ行",
        };
        foreach (var (term, row) in rows) Assert.AreEqual(row, Kana.Row(ReadingOrder.SortKey(Term(term))), term);
    }
}
