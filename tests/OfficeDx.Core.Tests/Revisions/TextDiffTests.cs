using CsCheck;
using OfficeDx.Core.Text;

namespace OfficeDx.Core.Tests.Revisions;

[TestClass]
public sealed class TextDiffTests
{
    [TestMethod]
    public void JapaneseIsSplitIntoRunsOfOneScript()
    {
        CollectionAssert.AreEqual(new[] { "令和", "4", "年度実施内容", "を", "踏", "まえ", "、", "概要", "を", "修正" },
            WordTokenizer.Split("令和4年度実施内容を踏まえ、概要を修正").ToArray());
        CollectionAssert.AreEqual(new[] { "AI", "・", "RPA", "の", "導入" }, WordTokenizer.Split("AI・RPAの導入").ToArray());
    }

    [TestMethod]
    public void AChangedYearIsTheOnlyDifference()
    {
        var pieces = TextDiff.Compare("令和4年4月から運用を開始。", "令和5年4月から運用を開始。");

        CollectionAssert.AreEqual(new[]
        {
            new DiffPiece(DiffOperation.Equal, "令和"),
            new DiffPiece(DiffOperation.Deleted, "4"),
            new DiffPiece(DiffOperation.Inserted, "5"),
            new DiffPiece(DiffOperation.Equal, "年4月から運用を開始。"),
        }, pieces.ToArray());
    }

    [TestMethod]
    public void EitherSideCanBeRebuiltFromTheDiff()
    {
        Gen.Select(Gen.String, Gen.String).Sample((before, after) =>
        {
            var pieces = TextDiff.Compare(before, after);
            Assert.AreEqual(before, TextDiff.Before(pieces));
            Assert.AreEqual(after, TextDiff.After(pieces));
        }, iter: 500);
    }
}
