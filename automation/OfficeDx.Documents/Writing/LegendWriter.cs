using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Writing;

/// <summary>Writes the schedule legend (凡例): the same shapes the measure tables use, each next to its phase name.</summary>
internal sealed class LegendWriter(WriterContext context)
{
    private const int MarkTwips = 1418; // 25 mm
    private const int NameTwips = 1701; // 30 mm

    public IEnumerable<OpenXmlElement> Write()
    {
        yield return TextRuns.Paragraph(StyleIds.ListHeading, context.Profile.LegendTitle);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.MeasureTable },
                new TableWidth { Width = (MarkTwips + NameTwips).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
                new TableCaption { Val = context.Profile.LegendTitle }),
            new TableGrid(new GridColumn { Width = MarkTwips.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new GridColumn { Width = NameTwips.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        foreach (var phase in new[] { Phase.Preparation, Phase.Implementation, Phase.Continuation })
        {
            var mark = TextRuns.Paragraph(StyleIds.ScheduleMark);
            if (phase == Phase.Implementation)
            {
                mark.Append(TextRuns.Run(ScheduleRowsWriter.ImplementationMark));
            }
            else
            {
                var look = phase == Phase.Preparation ? "破線の矢印" : "実線の矢印";
                var segment = new System.Text.StringBuilder();
                context.Arrows.Segment(segment, phase, WordUnits.TwipsToEmu(MarkTwips - 200), withHead: true, $"凡例：{phase.Label()}（{look}）");
                mark.Append(new Run(new Drawing(segment.ToString())));
            }
            table.Append(new TableRow(
                TableCells.Value(MarkTwips, 1, mark),
                TableCells.Value(NameTwips, 1, TextRuns.Paragraph(StyleIds.TableText, phase.Label()))));
        }
        yield return table;
        yield return TextRuns.Paragraph(StyleIds.Spacer);
    }
}
