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

    public void Cell(int widthTwips, FiscalYear year, Measure measure)
    {
        var entry = measure.Schedule.FirstOrDefault(e => e.FiscalYear == year);
        var phase = entry?.Phase ?? Phase.None;
        var phaseText = phase == Phase.None ? "" : phase.Label();
        var xml = context.Markup;
        // Shading goes before the vertical alignment: CT_TcPr fixes the order of its children.
        xml.ValueCellStart(widthTwips, 1, context.Profile.ScheduleStyle == ScheduleStyle.Bars && BarShades.TryGetValue(phase, out var shade) ? shade : null);
        if (entry?.Caption is { } caption)
        {
            xml.BlockStart(Tags.Caption(year), $"{context.Format(year)}の取組内容").Paragraph(StyleIds.ScheduleText, caption).BlockEnd();
            xml.BlockStart(Tags.Phase(year), $"{context.Format(year)}の工程").Paragraph(StyleIds.SchedulePhase, phaseText).BlockEnd();
        }
        else
        {
            xml.BlockStart(Tags.Phase(year), $"{context.Format(year)}の工程").Paragraph(StyleIds.ScheduleText, phaseText).BlockEnd();
        }
        xml.CellEnd();
    }
}
