using OfficeDx.Core.Time;

namespace OfficeDx.Core.Tests;

/// <summary>年度 as plans write it: 和暦 or Western, any width, spaced or not, 元 and kanji numerals.</summary>
[TestClass]
public sealed class FiscalYearParsingTests
{
    [TestMethod]
    [DataRow("令和3年度", 2021, DisplayName = "令和3年度")]
    [DataRow("令和３年度", 2021, DisplayName = "full-width digit: 令和３年度")]
    [DataRow("令和 5 年度", 2023, DisplayName = "spaced: 令和 5 年度")]
    [DataRow("令和\u30005\u3000年度", 2023, DisplayName = "ideographic spaces: 令和　5　年度")]
    [DataRow("R6", 2024, DisplayName = "abbreviated: R6")]
    [DataRow("Ｒ６", 2024, DisplayName = "full-width abbreviated: Ｒ６")]
    [DataRow("r6", 2024, DisplayName = "lower-case abbreviated: r6")]
    [DataRow("2021年度", 2021, DisplayName = "Western: 2021年度")]
    [DataRow("2021 年度", 2021, DisplayName = "Western spaced: 2021 年度")]
    [DataRow("２０２１年度", 2021, DisplayName = "Western full-width: ２０２１年度")]
    [DataRow("平成31年度", 2019, DisplayName = "平成31年度 written before the era change is FY2019")]
    [DataRow("令和元年度", 2019, DisplayName = "令和元年度 is FY2019")]
    [DataRow("平成元年度", 1989, DisplayName = "平成元年度 is FY1989")]
    [DataRow("昭和64年度", 1989, DisplayName = "昭和64年度 written before the era change is FY1989")]
    [DataRow("令和五年度", 2023, DisplayName = "kanji numeral: 令和五年度")]
    [DataRow("令和十年度", 2028, DisplayName = "kanji numeral: 令和十年度")]
    [DataRow("令和十一年度", 2029, DisplayName = "kanji numeral: 令和十一年度")]
    [DataRow("2021（令和3）年度", 2021, DisplayName = "Western with 和暦: 2021（令和3）年度")]
    [DataRow("FY2021", 2021, DisplayName = "FY2021")]
    public void Reads_every_way_plans_write_a_fiscal_year(string text, int expectedStartYear)
    {
        Assert.IsTrue(FiscalYear.TryParse(text, out var year), $"「{text}」 was not read");
        Assert.AreEqual(expectedStartYear, year.StartYear);
        Assert.AreEqual(new FiscalYear(expectedStartYear), FiscalYear.Parse(text));
    }

    [TestMethod]
    [DataRow("", DisplayName = "empty")]
    [DataRow("令和0年度", DisplayName = "era year 0: 令和0年度")]
    [DataRow("平成32年度", DisplayName = "past the end of 平成: 平成32年度")]
    [DataRow("昭和65年度", DisplayName = "past the end of 昭和: 昭和65年度")]
    [DataRow("令和年度", DisplayName = "no year number: 令和年度")]
    [DataRow("abc", DisplayName = "not a year: abc")]
    [DataRow("20211年度", DisplayName = "five digits: 20211年度")]
    [DataRow("令和3月", DisplayName = "a month, not a fiscal year: 令和3月")]
    [DataRow("1925年度", DisplayName = "before FiscalYear.MinYear: 1925年度")]
    [DataRow("2201年度", DisplayName = "after FiscalYear.MaxYear: 2201年度")]
    [DataRow("2021（令和5）年度", DisplayName = "Western and 和暦 disagree: 2021（令和5）年度")]
    public void Rejects_text_that_is_not_a_fiscal_year(string text)
    {
        Assert.IsFalse(FiscalYear.TryParse(text, out _), $"「{text}」 should not be read as a fiscal year");
    }

    [TestMethod]
    public void Rejects_null()
    {
        Assert.IsFalse(FiscalYear.TryParse(null, out _));
    }

    [TestMethod]
    public void Parse_explains_in_Japanese_what_it_expected()
    {
        var error = Assert.ThrowsExactly<FormatException>(() => FiscalYear.Parse("令和3月"));
        Assert.AreEqual("「令和3月」を年度として読み取れません（例：令和3年度、R3、2021年度）。", error.Message);
    }
}
