using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Import;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>
/// A PDF-extracted row of arrows (cells R3 | R4 | R5 separated by |) reads as the schedule a person sees in the printed
/// plan. In the expected text, * marks a year read by interpretation, which the import report names.
/// </summary>
[TestClass]
public sealed class ArrowScheduleRowTests
{
    [TestMethod]
    [DataRow("○||", "R3 実施")]
    [DataRow("|○|", "R4 実施")]
    public void ACircleIsImplementationAndAYearWithoutAMarkIsLeftOut(string row, string expected) =>
        Assert.AreEqual(expected, Read(row));

    [TestMethod]
    [DataRow("----->|○|→", "R3 準備・検討, R4 実施, R5 継続実施")]
    [DataRow("-----|----->|○", "R3 準備・検討, R4 準備・検討, R5 実施")]
    [DataRow("-----➤|○|➤", "R3 準備・検討, R4 実施, R5 継続実施")]
    public void DashesBeforeACircleArePreparationForTheirCellOnly(string row, string expected) =>
        Assert.AreEqual(expected, Read(row));

    [TestMethod]
    [DataRow("----->|○|----->", "R3 準備・検討, R4 実施, R5 継続実施*")]
    [DataRow("○|-----|----->", "R3 実施, R4 継続実施*, R5 継続実施*")]
    public void DashesAfterACircleAreASolidArrowDrawnAsDashes(string row, string expected) =>
        Assert.AreEqual(expected, Read(row));

    [TestMethod]
    [DataRow("○||→", "R3 実施, R4 継続実施*, R5 継続実施")]
    [DataRow("○||➔", "R3 実施, R4 継続実施*, R5 継続実施")]
    [DataRow("○||➤", "R3 実施, R4 継続実施*, R5 継続実施")]
    [DataRow("○||————>", "R3 実施, R4 継続実施*, R5 継続実施")]
    [DataRow("○||----->", "R3 実施, R4 継続実施*, R5 継続実施*")]
    public void AnArrowAfterACircleCoversTheEmptyCellsBetween(string row, string expected) =>
        Assert.AreEqual(expected, Read(row));

    [TestMethod]
    [DataRow("||————>", "R3 継続実施*, R4 継続実施*, R5 継続実施")]
    [DataRow("||→", "R3 継続実施*, R4 継続実施*, R5 継続実施")]
    public void ASolidArrowWithNoCircleCoversFromTheRowStart(string row, string expected) =>
        Assert.AreEqual(expected, Read(row));

    [TestMethod]
    [DataRow("||----->", "R5 準備・検討")]
    [DataRow("-----|-----|----->", "R3 準備・検討, R4 準備・検討, R5 準備・検討")]
    public void DashesWithNoCircleCoverNothing(string row, string expected) =>
        Assert.AreEqual(expected, Read(row));

    [TestMethod]
    [DataRow("|○|→", "R4 実施, R5 継続実施")]
    [DataRow("|----->|○", "R4 準備・検討, R5 実施")]
    public void AnEmptyCellBeforeTheFirstMarkOfARowWithACircleIsLeftOut(string row, string expected) =>
        Assert.AreEqual(expected, Read(row));

    [TestMethod]
    [DataRow("調査・検討|○|→")]
    [DataRow("||")]
    public void ARowThatIsNotAllArrowsIsLeftToTheCellReader(string row) =>
        Assert.IsFalse(ArrowScheduleRow.TryRead(Cells(row), FiscalYearStyle.Wareki, out _));

    [TestMethod]
    public void EachInterpretationSaysInJapaneseWhatWasAssumed()
    {
        Assert.IsTrue(ArrowScheduleRow.TryRead(Cells("○|-----|"), FiscalYearStyle.Wareki, out var dashed));
        Assert.IsTrue(ArrowScheduleRow.TryRead(Cells("○||→"), FiscalYearStyle.Wareki, out var covered));

        Assert.AreEqual("令和4年度の「-----」は破線ですが、○ の後にあるため、実線の矢印が破線として抽出されたものとみなして継続実施としました。", dashed[1].Interpretation);
        Assert.AreEqual("令和4年度は空欄ですが、矢印が覆っているとみなして継続実施としました。", covered[1].Interpretation);
        Assert.IsNull(covered[0].Interpretation);
        Assert.IsNull(covered[2].Interpretation);
    }

    private static IReadOnlyList<(FiscalYear Year, string Text)> Cells(string row) =>
        row.Split('|').Select((text, i) => (new FiscalYear(2021 + i), text)).ToArray();

    private static string Read(string row)
    {
        Assert.IsTrue(ArrowScheduleRow.TryRead(Cells(row), FiscalYearStyle.Wareki, out var cells), row);
        return string.Join(", ", cells.Select(c =>
            $"{c.Entry.FiscalYear.Format(FiscalYearStyle.WarekiAbbreviated)} {PhaseNames.Label(c.Entry.Phase)}{(c.Interpretation is null ? "" : "*")}"));
    }
}
