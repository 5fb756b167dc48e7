using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;
using A = DocumentFormat.OpenXml.Drawing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace OfficeDx.Documents.Tests;

[TestClass]
public sealed class ScheduleArrowTests
{
    private sealed record Cell(int StartYear, string Phase, string? Dash, bool Head, string? AltText, string Text);

    private static IReadOnlyList<Cell> ScheduleCells(params (int Year, Phase Phase)[] schedule)
    {
        var plan = new Plan
        {
            Id = "p",
            Municipality = "秋田市",
            Title = "計画",
            Period = new PlanPeriod { From = new FiscalYear(2021), To = new FiscalYear(2025) },
            Areas = [new Area { Id = "a", Number = "(1)", Title = "分野", Measures = [new Measure
            {
                Id = "m", Number = "1", Name = "施策",
                Schedule = schedule.Select(s => new ScheduleEntry { FiscalYear = new FiscalYear(s.Year), Phase = s.Phase }).ToArray(),
            }] }],
        };
        using var document = WordprocessingDocument.Open(new MemoryStream(PlanDocumentWriter.Write(plan, ProfileLibrary.Load("akita"))), false);
        var measure = document.MainDocumentPart!.Document!.Body!.Descendants<SdtBlock>().Single(s => s.SdtProperties!.GetFirstChild<Tag>()!.Val == "odx:measure:m");
        return measure.Descendants<TableCell>()
            .Select(cell => (cell, tag: cell.Descendants<SdtBlock>().Select(s => s.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value!).FirstOrDefault(t => t.StartsWith("odx:phase:"))))
            .Where(c => c.tag is not null)
            .Select(c =>
            {
                var outline = c.cell.Descendants<A.Outline>().SingleOrDefault();
                return new Cell(int.Parse(c.tag![10..]), c.cell.Descendants<SdtBlock>().First().InnerText,
                    outline?.GetFirstChild<A.PresetDash>()?.Val?.ToString(), outline?.GetFirstChild<A.TailEnd>() is not null,
                    c.cell.Descendants<Wp.DocProperties>().SingleOrDefault()?.Description?.Value,
                    string.Concat(c.cell.Elements<Paragraph>().First().Descendants<Text>().Select(t => t.Text)));
            })
            .ToArray();
    }

    [TestMethod]
    public void PreparationIsADashedArrowAcrossItsYearsWithTheHeadOnTheLastOne()
    {
        var cells = ScheduleCells((2021, Phase.Preparation), (2022, Phase.Preparation));

        Assert.AreEqual("dash", cells[0].Dash);
        Assert.IsFalse(cells[0].Head);
        Assert.AreEqual("dash", cells[1].Dash);
        Assert.IsTrue(cells[1].Head);
        Assert.AreEqual("準備・検討（令和3年度～令和4年度）", cells[0].AltText);
        Assert.AreEqual("準備・検討（令和3年度～令和4年度）", cells[1].AltText);
        Assert.IsTrue(cells.Skip(2).All(c => c.Dash is null && c.Text == "" && c.Phase == ""), "years after the arrow stay empty");
    }

    [TestMethod]
    public void ImplementationIsACircleAndContinuationASolidArrowFromTheNextYear()
    {
        var cells = ScheduleCells((2022, Phase.Implementation), (2023, Phase.Continuation), (2024, Phase.Continuation), (2025, Phase.Continuation));

        Assert.AreEqual(("", (string?)null), (cells[0].Text, cells[0].Dash), "2021 is empty");
        Assert.AreEqual("○", cells[1].Text);
        Assert.IsNull(cells[1].Dash);
        Assert.AreEqual("実施", cells[1].Phase);
        CollectionAssert.AreEqual(new[] { "solid", "solid", "solid" }, cells.Skip(2).Select(c => c.Dash).ToArray());
        CollectionAssert.AreEqual(new[] { false, false, true }, cells.Skip(2).Select(c => c.Head).ToArray());
        Assert.IsTrue(cells.Skip(2).All(c => c.AltText == "継続実施（令和5年度～令和7年度）"));
    }

    [TestMethod]
    public void APreparationArrowEndsWhereContinuationBegins()
    {
        var cells = ScheduleCells((2021, Phase.Preparation), (2022, Phase.Continuation), (2023, Phase.Continuation));

        Assert.AreEqual(("dash", true, "準備・検討（令和3年度）"), (cells[0].Dash, cells[0].Head, cells[0].AltText));
        Assert.AreEqual(("solid", false), (cells[1].Dash, cells[1].Head));
        Assert.AreEqual(("solid", true), (cells[2].Dash, cells[2].Head));
    }

    [TestMethod]
    public void TwoImplementationYearsInARowAreTwoCircles()
    {
        var cells = ScheduleCells((2021, Phase.Implementation), (2022, Phase.Implementation));

        Assert.AreEqual("○", cells[0].Text);
        Assert.AreEqual("○", cells[1].Text);
    }

    [TestMethod]
    public void EverySegmentSpansExactlyItsYearColumn()
    {
        var plan = Support.Samples.Load("akita");
        using var document = WordprocessingDocument.Open(new MemoryStream(PlanDocumentWriter.Write(plan, ProfileLibrary.Load("akita"))), false);
        var anchors = document.MainDocumentPart!.Document!.Body!.Descendants<Wp.Anchor>().Where(a => a.Ancestors<TableCell>().Any(c => c.Descendants<SdtBlock>().Any())).ToArray();
        Assert.IsNotEmpty(anchors);
        foreach (var anchor in anchors)
        {
            var cell = anchor.Ancestors<TableCell>().First();
            var cellTwips = int.Parse(cell.TableCellProperties!.TableCellWidth!.Width!.Value!);
            Assert.AreEqual(cellTwips * 635L, anchor.Extent!.Cx!.Value, "segment width equals the year column");
            Assert.AreEqual("0", anchor.HorizontalPosition!.PositionOffset!.Text, "segment starts at the column's left edge");
            Assert.IsTrue(anchor.LayoutInCell!.Value, "segment is laid out inside its cell");
        }
    }
}
