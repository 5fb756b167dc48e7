using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Writing;

/// <summary>
/// Writes a Gantt-style 工程表 body: one row per track, each bar one cell spanning its fiscal-year columns with the bar drawn
/// across it and its text on it, the phase in small grey under the text. Years no bar covers are empty cells.
/// </summary>
internal sealed class BarRowsWriter(WriterContext context)
{
    private WordMarkup Xml => context.Markup;

    public void Write(string label, IReadOnlyList<ScheduleTrack> tracks)
    {
        var geometry = context.Geometry;
        foreach (var track in tracks)
        {
            Xml.RowStart(TableMarkup.CantSplit).LabelCell(geometry.LabelTwips, label, VerticalMerge.Continue);
            for (var column = 0; column < context.Years.Count;)
            {
                var year = context.Years[column];
                var span = track.Spans.FirstOrDefault(s => s.From == year);
                if (span is null)
                {
                    Xml.YearCellStart(geometry.YearTwips[column]).Paragraph(StyleIds.ScheduleText).CellEnd();
                    column++;
                    continue;
                }
                var count = Math.Min(span.Length, context.Years.Count - column);
                var width = geometry.YearTwips.Skip(column).Take(count).Sum();
                Xml.YearCellStart(width, count);
                BarContent(span, width);
                Xml.CellEnd();
                column += count;
            }
            Xml.RowEnd();
        }
    }

    private void BarContent(ScheduleSpan span, int widthTwips)
    {
        // One paragraph, lines joined by breaks, the text in an inline control: the bar is anchored to the paragraph and sized
        // by its lines, and LibreOffice keeps an inline control's breaks (a block control's it drops).
        var lines = span.Text.Split('\n');
        Xml.ParagraphStart(StyleIds.ScheduleText).Append("<w:r>");
        BarShapes.Bar(Xml.Builder, context.Arrows.NextShapeId(), span.Phase, WordUnits.TwipsToEmu(widthTwips), lines.Length,
            context.Profile.Fonts.TableSize, Describe(span));
        Xml.Append("</w:r>")
            .InlineStart(Tags.Bar(span), $"{Years(span)}のバー").LinesRun(lines).InlineEnd()
            .ParagraphEnd();
        var phase = span.Phase == Phase.None ? "" : span.Phase.Label();
        Xml.BlockStart(Tags.BarPhase(span), $"{Years(span)}の工程").Paragraph(StyleIds.SchedulePhase, phase).BlockEnd();
    }

    private string Years(ScheduleSpan span) => span.From == span.To
        ? context.Format(span.From)
        : $"{context.Format(span.From)}～{context.Format(span.To)}";

    /// <summary>The alt text: what the bar says, its phase and its years, for screen readers and for pages without the drawing.</summary>
    private string Describe(ScheduleSpan span)
    {
        var parts = new List<string>();
        if (span.Text.Length > 0) parts.Add(span.Text.Replace('\n', ' '));
        if (span.Phase != Phase.None) parts.Add(span.Phase.Label());
        return $"{string.Join("・", parts)}（{Years(span)}）";
    }
}
