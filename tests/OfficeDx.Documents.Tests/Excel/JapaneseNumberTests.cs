using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Excel;

namespace OfficeDx.Documents.Tests.Excel;

[TestClass]
public sealed class JapaneseNumberTests
{
    [TestMethod]
    [DataRow("１２３", "", 123)]
    [DataRow("12,345", "", 12345)]
    [DataRow("１２，３４５", "", 12345)]
    [DataRow("38.4%", "%", 38.4)]
    [DataRow("３８．４％", "%", 38.4)]
    [DataRow("31 手続", "手続", 31)]
    [DataRow(" 40手続 ", "手続", 40)]
    [DataRow("-5", "", -5)]
    public void UnambiguousNumbersAreRead(string text, string unit, double expected)
    {
        var (kind, number) = TypedNumber.Parse(text, unit);
        Assert.AreEqual(TypedNumberKind.Number, kind);
        Assert.AreEqual((decimal)expected, number);
    }

    [TestMethod]
    [DataRow("約100")]
    [DataRow("およそ１００")]
    [DataRow("100程度")]
    [DataRow("100以上")]
    [DataRow("～100")]
    public void ApproximateNumbersAreAmbiguous(string text) =>
        Assert.AreEqual(TypedNumberKind.Ambiguous, TypedNumber.Parse(text, "").Kind);

    [TestMethod]
    [DataRow("未集計", "")]
    [DataRow("1,23", "")]
    [DataRow("38.4%", "手続")]
    [DataRow("百", "")]
    [DataRow("12件", "手続")]
    public void OtherTextIsNotANumber(string text, string unit) =>
        Assert.AreEqual(TypedNumberKind.NotANumber, TypedNumber.Parse(text, unit).Kind);

    [TestMethod]
    [DataRow("")]
    [DataRow("　")]
    public void BlankIsBlank(string text) => Assert.AreEqual(TypedNumberKind.Blank, TypedNumber.Parse(text, "").Kind);

    private static Indicator With(params string[] values) => new()
    {
        Name = "x",
        Baseline = new IndicatorValue { FiscalYear = new FiscalYear(2020), Value = values[0] },
        Actuals = values.Skip(1).Select((v, i) => new IndicatorValue { FiscalYear = new FiscalYear(2021 + i), Value = v }).ToArray(),
    };

    [TestMethod]
    public void TheUnitIsLearnedFromThePlansValuesAndNumbersAreWrittenInTheSameForm()
    {
        Assert.AreEqual("46 手続", IndicatorUnit.Of(With("31 手続")).Format(46));
        Assert.AreEqual("100%", IndicatorUnit.Of(With("38.4%")).Format(100));
        Assert.AreEqual("38.45%", IndicatorUnit.Of(With("38.4%")).Format(38.45m));
        Assert.AreEqual("20,000 件", IndicatorUnit.Of(With("-", "12,345 件")).Format(20000));
        Assert.AreEqual("7", IndicatorUnit.Of(With("-")).Format(7));
        Assert.AreEqual("General\" 手続\"", IndicatorUnit.Of(With("31 手続")).NumberFormatCode);
    }

    [TestMethod]
    public void AValueInAnotherUnitHasNoNumberInThisUnit()
    {
        var unit = IndicatorUnit.Of(With("31 手続"));
        Assert.AreEqual(31m, unit.NumberIn("31 手続"));
        Assert.IsNull(unit.NumberIn("31 件"));
        Assert.IsNull(unit.NumberIn("約31 手続"));
        Assert.IsNull(unit.NumberIn("-"));
    }
}
