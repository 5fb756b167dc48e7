using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Writing;

/// <summary>
/// Schedule cells of the phase-text and bar styles: the caption (調査・検討, R7当初予算要求) is the text a reader sees, the
/// phase sits under it as a small grey label; with no caption the phase label itself is the text. Bars shade each cell a
/// phase covers, so that neighbouring years of one phase read as one bar.
/// </summary>
internal sealed class PhaseTextCells(WriterContext context)
{
    private static readonly Dictionary<Phase, string> BarShades = new()
    {
        [Phase.Preparation] = "E7E6E6",
        [Phase.Implementation] = "BDD7EE",
        [Phase.Continuation] = "9DC3E6",
    };

    public TableCell Cell(int widthTwips, FiscalYear year, Measure measure)
    {
        var entry = measure.Schedule.FirstOrDefault(e => e.FiscalYear == year);
        var phase = entry?.Phase ?? Phase.None;
        var phaseText = phase == Phase.None ? "" : phase.Label();
        var content = new List<OpenXmlElement>();
        if (entry?.Caption is { } caption)
        {
            content.Add(context.Controls.Block(Tags.Caption(year), $"{context.Format(year)}の取組内容", TextRuns.Paragraph(StyleIds.ScheduleText, caption)));
            content.Add(context.Controls.Block(Tags.Phase(year), $"{context.Format(year)}の工程", TextRuns.Paragraph(StyleIds.SchedulePhase, phaseText)));
        }
        else
        {
            content.Add(context.Controls.Block(Tags.Phase(year), $"{context.Format(year)}の工程", TextRuns.Paragraph(StyleIds.ScheduleText, phaseText)));
        }
        var cell = TableCells.Value(widthTwips, 1, content.ToArray());
        if (context.Profile.ScheduleStyle == ScheduleStyle.Bars && BarShades.TryGetValue(phase, out var shade))
        {
            // Shading goes before the vertical alignment: CT_TcPr fixes the order of its children.
            cell.TableCellProperties!.InsertBefore(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shade }, cell.TableCellProperties.TableCellVerticalAlignment);
        }
        return cell;
    }
}
