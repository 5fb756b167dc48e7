using System.Globalization;
using OfficeDx.Core.Time;

namespace OfficeDx.Core.Tests;

/// <summary>How a fiscal year is written, where it begins and ends, and how fiscal years compare.</summary>
[TestClass]
public sealed class FiscalYearFormattingTests
{
    [TestMethod]
    [DataRow(FiscalYearStyle.Wareki, "令和3年度")]
    [DataRow(FiscalYearStyle.WarekiAbbreviated, "R3")]
    [DataRow(FiscalYearStyle.Western, "2021年度")]
    [DataRow(FiscalYearStyle.WesternWithWareki, "2021（令和3）年度")]
    public void Writes_FY2021_in_each_style(FiscalYearStyle style, string expected)
    {
        Assert.AreEqual(expected, new FiscalYear(2021).Format(style));
    }

    [TestMethod]
    [DataRow(2019, "令和元年度", "2019（令和元）年度", DisplayName = "令和元年度")]
    [DataRow(1989, "平成元年度", "1989（平成元）年度", DisplayName = "平成元年度")]
    public void Writes_the_first_year_of_an_era_as_元(int startYear, string wareki, string westernWithWareki)
    {
        var year = new FiscalYear(startYear);
        Assert.AreEqual(wareki, year.Format(FiscalYearStyle.Wareki));
        Assert.AreEqual(westernWithWareki, year.Format(FiscalYearStyle.WesternWithWareki));
    }

    [TestMethod]
    [DataRow(2019, "R1", DisplayName = "R1, not R元")]
    [DataRow(1989, "H1", DisplayName = "H1, not H元")]
    public void Writes_the_first_year_of_an_era_as_1_when_abbreviated(int startYear, string expected)
    {
        Assert.AreEqual(expected, new FiscalYear(startYear).Format(FiscalYearStyle.WarekiAbbreviated));
    }

    [TestMethod]
    [DataRow(2018, "平成30年度", DisplayName = "FY2018 is the last 平成 year")]
    [DataRow(2019, "令和元年度", DisplayName = "FY2019 (era changed on 2019-05-01) is named 令和 for the whole year")]
    [DataRow(1988, "昭和63年度", DisplayName = "FY1988 is the last 昭和 fiscal year")]
    [DataRow(1989, "平成元年度", DisplayName = "FY1989 (era changed on 1989-01-08, inside FY1988) is 平成元年度")]
    [DataRow(1926, "昭和元年度", DisplayName = "FY1926, the first supported year")]
    public void Names_the_era_by_the_era_in_force_when_the_year_is_named(int startYear, string expected)
    {
        Assert.AreEqual(expected, new FiscalYear(startYear).Format(FiscalYearStyle.Wareki));
    }

    [TestMethod]
    public void Runs_from_April_1_to_March_31_of_the_next_year()
    {
        var year = new FiscalYear(2023);
        Assert.AreEqual(new DateOnly(2023, 4, 1), year.FirstDay);
        Assert.AreEqual(new DateOnly(2024, 3, 31), year.LastDay);
    }

    [TestMethod]
    [DataRow(2024, 3, 31, 2023, DisplayName = "2024-03-31 is in FY2023")]
    [DataRow(2024, 4, 1, 2024, DisplayName = "2024-04-01 is in FY2024")]
    [DataRow(2024, 1, 1, 2023, DisplayName = "2024-01-01 is in FY2023")]
    [DataRow(2023, 12, 31, 2023, DisplayName = "2023-12-31 is in FY2023")]
    public void Finds_the_fiscal_year_a_date_belongs_to(int year, int month, int day, int expectedStartYear)
    {
        Assert.AreEqual(new FiscalYear(expectedStartYear), FiscalYear.Containing(new DateOnly(year, month, day)));
    }

    [TestMethod]
    public void Contains_its_own_first_and_last_day()
    {
        var year = new FiscalYear(2021);
        Assert.AreEqual(year, FiscalYear.Containing(year.FirstDay));
        Assert.AreEqual(year, FiscalYear.Containing(year.LastDay));
        Assert.AreEqual(year.Next, FiscalYear.Containing(year.LastDay.AddDays(1)));
        Assert.AreEqual(year.Previous, FiscalYear.Containing(year.FirstDay.AddDays(-1)));
    }

    [TestMethod]
    public void Orders_by_start_year()
    {
        var earlier = new FiscalYear(2021);
        var later = new FiscalYear(2022);
        var same = new FiscalYear(2021);

        Assert.IsTrue(earlier < later);
        Assert.IsFalse(later < earlier);
        Assert.IsFalse(earlier < same);
        Assert.IsTrue(later > earlier);
        Assert.IsFalse(earlier > later);
        Assert.IsFalse(earlier > same);
        Assert.IsTrue(earlier <= same);
        Assert.IsTrue(earlier <= later);
        Assert.IsFalse(later <= earlier);
        Assert.IsTrue(earlier >= same);
        Assert.IsTrue(later >= earlier);
        Assert.IsFalse(earlier >= later);
        Assert.IsLessThan(0, earlier.CompareTo(later));
        Assert.AreEqual(0, earlier.CompareTo(same));
        Assert.IsGreaterThan(0, later.CompareTo(earlier));
        CollectionAssert.AreEqual(new[] { earlier, later }, new[] { later, earlier }.Order().ToArray());
    }

    [TestMethod]
    [DataRow(null, "令和3年度")]
    [DataRow("W", "令和3年度")]
    [DataRow("R", "R3")]
    [DataRow("Y", "2021年度")]
    [DataRow("YW", "2021（令和3）年度")]
    public void Formats_through_string_interpolation(string? format, string expected)
    {
        Assert.AreEqual(expected, new FiscalYear(2021).ToString(format, CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void ToString_writes_wareki()
    {
        Assert.AreEqual("令和3年度", new FiscalYear(2021).ToString());
        Assert.AreEqual("R3～2023年度", $"{new FiscalYear(2021):R}～{new FiscalYear(2023):Y}");
    }

    [TestMethod]
    [DataRow(1925)]
    [DataRow(2201)]
    public void Refuses_years_outside_1926_to_2200(int startYear)
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new FiscalYear(startYear));
    }
}
