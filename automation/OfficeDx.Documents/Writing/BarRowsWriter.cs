using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Writing;

/// <summary>
/// Writes a Gantt-style 工程表 body: one row per track, each bar one cell spanning its fiscal-year columns with the bar drawn
/// across it and its text on it, the phase in small grey under the text. Years no bar covers are empty cells.
/// </summary>
internal sealed class BarRowsWriter(WriterContext context)
{
    public IEnumerable<TableRow> Write(string label, IReadOnlyList<ScheduleTrack> tracks)
    {
        var geometry = context.Geometry;
        foreach (var track in tracks)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()), TableCells.Label(geometry.LabelTwips, label, MergedCellValues.Continue));
            for (var column = 0; column < context.Years.Count;)
            {
                var year = context.Years[column];
                var span = track.Spans.FirstOrDefault(s => s.From == year);
                if (span is null)
                {
                    row.Append(TableCells.Year(geometry.YearTwips[column], TextRuns.Paragraph(StyleIds.ScheduleText)));
                    column++;
                    continue;
                }
                var count = Math.Min(span.Length, context.Years.Count - column);
                var width = geometry.YearTwips.Skip(column).Take(count).Sum();
                row.Append(TableCells.Year(width, count, BarContent(span, width)));
                column += count;
            }
            yield return row;
        }
    }

    private OpenXmlElement[] BarContent(ScheduleSpan span, int widthTwips)
    {
        // One paragraph, lines joined by breaks, the text in an inline control: the bar is anchored to the paragraph and sized
        // by its lines, and LibreOffice keeps an inline control's breaks (a block control's it drops).
        var lines = span.Text.Split('\n');
        var text = new Run();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) text.Append(new Break());
            if (lines[i].Length > 0) text.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        var paragraph = TextRuns.Paragraph(StyleIds.ScheduleText,
            new Run(BarShapes.Bar(context.Arrows.NextShapeId(), span.Phase, WordUnits.TwipsToEmu(widthTwips), lines.Length,
                context.Profile.Fonts.TableSize, Describe(span))),
            context.Controls.Inline(Tags.Bar(span), $"{Years(span)}のバー", text));
        var phase = span.Phase == Phase.None ? "" : span.Phase.Label();
        return
        [
            paragraph,
            context.Controls.Block(Tags.BarPhase(span), $"{Years(span)}の工程", TextRuns.Paragraph(StyleIds.SchedulePhase, phase)),
        ];
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
