using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Writing;

/// <summary>Writes the schedule rows: the fiscal-year header, then one tagged cell per year drawn in the profile's schedule style, or one row of labelled bars per track.</summary>
internal sealed class ScheduleRowsWriter(WriterContext context)
{
    public const string ImplementationMark = "○";

    public IEnumerable<TableRow> Write(string label, Measure measure)
    {
        var geometry = context.Geometry;
        var header = new TableRow(TableCells.Label(geometry.LabelTwips, label, MergedCellValues.Restart));
        for (var i = 0; i < context.Years.Count; i++)
        {
            header.Append(TableCells.Label(geometry.YearTwips[i], context.Format(context.Years[i])));
        }
        header.PrependChild(new TableRowProperties(new CantSplit()));

        if (measure.Tracks.Count > 0) return [header, .. new BarRowsWriter(context).Write(label, measure.Tracks)];

        var body = new TableRow(new TableRowProperties(new CantSplit()), TableCells.Label(geometry.LabelTwips, label, MergedCellValues.Continue));
        if (context.Profile.ScheduleStyle != ScheduleStyle.Arrows)
        {
            var texts = new PhaseTextCells(context);
            for (var i = 0; i < context.Years.Count; i++) body.Append(texts.Cell(geometry.YearTwips[i], context.Years[i], measure));
            return [header, body];
        }
        var spans = PhaseSpan.Split(measure, context.Years);
        var column = 0;
        foreach (var span in spans)
        {
            foreach (var year in context.Years.Where(y => y >= span.First && y <= span.Last))
            {
                var width = geometry.YearTwips[column++];
                var entry = measure.Schedule.FirstOrDefault(e => e.FiscalYear == year);
                body.Append(TableCells.Year(width, YearContent(span, year, width, entry)));
            }
        }
        return [header, body];
    }

    private OpenXmlElement[] YearContent(PhaseSpan span, Core.Time.FiscalYear year, int widthTwips, ScheduleEntry? entry)
    {
        var mark = TextRuns.Paragraph(StyleIds.ScheduleMark);
        if (span.IsArrow)
        {
            var segment = context.Arrows.Segment(span.Phase, WordUnits.TwipsToEmu(widthTwips), withHead: year == span.Last,
                span.Describe(context.Profile.FiscalYearStyle));
            mark.Append(new Run(segment));
        }
        else if (span.Phase == Phase.Implementation)
        {
            mark.Append(TextRuns.Run(ImplementationMark));
        }

        var phaseText = span.Phase == Phase.None ? "" : span.Phase.Label();
        var content = new List<OpenXmlElement>
        {
            mark,
            context.Controls.Block(Tags.Phase(year), $"{context.Format(year)}の工程", TextRuns.Paragraph(StyleIds.SchedulePhase, phaseText)),
        };
        if (entry?.Caption is { } caption)
        {
            content.Add(context.Controls.Block(Tags.Caption(year), $"{context.Format(year)}の注記", TextRuns.Paragraph(StyleIds.ScheduleCaption, caption)));
        }
        return content.ToArray();
    }
}
