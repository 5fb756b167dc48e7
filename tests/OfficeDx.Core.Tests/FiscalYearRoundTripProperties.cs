using CsCheck;
using OfficeDx.Core.Time;

namespace OfficeDx.Core.Tests;

/// <summary>Whatever the toolkit writes as a fiscal year, it reads back as the same year.</summary>
[TestClass]
public sealed class FiscalYearRoundTripProperties
{
    [TestMethod]
    public void Every_year_in_every_style_reads_back_as_itself()
    {
        Gen.Select(Gen.Int[FiscalYear.MinYear, FiscalYear.MaxYear], Gen.Enum<FiscalYearStyle>())
            .Sample((startYear, style) =>
            {
                var text = new FiscalYear(startYear).Format(style);
                Assert.IsTrue(FiscalYear.TryParse(text, out var parsed), $"「{text}」 was not read");
                Assert.AreEqual(startYear, parsed.StartYear, $"「{text}」");
            }, iter: 5_000);
    }

    [TestMethod]
    public void Every_year_in_every_style_reads_back_as_itself_exhaustively()
    {
        // 275 years × 4 styles is small enough to check them all, era boundaries and 令和100年度 onward included.
        foreach (var style in Enum.GetValues<FiscalYearStyle>())
        {
            for (var startYear = FiscalYear.MinYear; startYear <= FiscalYear.MaxYear; startYear++)
            {
                var text = new FiscalYear(startYear).Format(style);
                Assert.AreEqual(new FiscalYear(startYear), FiscalYear.Parse(text), $"「{text}」");
            }
        }
    }
}
