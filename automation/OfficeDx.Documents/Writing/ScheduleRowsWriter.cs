using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Writing;

/// <summary>Writes the schedule rows: the fiscal-year header, then one tagged cell per year drawn in the profile's schedule style, or one row of labelled bars per track.</summary>
internal sealed class ScheduleRowsWriter(WriterContext context)
{
    public const string ImplementationMark = "○";

    private WordMarkup Xml => context.Markup;

    /// <param name="label">The row label, shown once over the merged label cells.</param>
    /// <param name="measure">The measure whose schedule or tracks are drawn.</param>
    /// <param name="firstRowProperties">A w:trPr the header row takes in front of its own (a measure table's header mark), or "".</param>
    public void Write(string label, Measure measure, string firstRowProperties = "")
    {
        var geometry = context.Geometry;
        Xml.RowStart(firstRowProperties + TableMarkup.CantSplit).LabelCell(geometry.LabelTwips, label, VerticalMerge.Restart);
        for (var i = 0; i < context.Years.Count; i++)
        {
            Xml.LabelCell(geometry.YearTwips[i], context.Format(context.Years[i]));
        }
        Xml.RowEnd();

        if (measure.Tracks.Count > 0)
        {
            new BarRowsWriter(context).Write(label, measure.Tracks);
            return;
        }

        Xml.RowStart(TableMarkup.CantSplit).LabelCell(geometry.LabelTwips, label, VerticalMerge.Continue);
        if (context.Profile.ScheduleStyle != ScheduleStyle.Arrows)
        {
            var texts = new PhaseTextCells(context);
            for (var i = 0; i < context.Years.Count; i++) texts.Cell(geometry.YearTwips[i], context.Years[i], measure);
            Xml.RowEnd();
            return;
        }
        var spans = PhaseSpan.Split(measure, context.Years);
        var column = 0;
        foreach (var span in spans)
        {
            foreach (var year in context.Years.Where(y => y >= span.First && y <= span.Last))
            {
                var width = geometry.YearTwips[column++];
                var entry = measure.Schedule.FirstOrDefault(e => e.FiscalYear == year);
                Xml.YearCellStart(width);
                YearContent(span, year, width, entry);
                Xml.CellEnd();
            }
        }
        Xml.RowEnd();
    }

    private void YearContent(PhaseSpan span, Core.Time.FiscalYear year, int widthTwips, ScheduleEntry? entry)
    {
        Xml.ParagraphStart(StyleIds.ScheduleMark);
        if (span.IsArrow)
        {
            Xml.Append("<w:r>");
            context.Arrows.Segment(Xml.Builder, span.Phase, WordUnits.TwipsToEmu(widthTwips), withHead: year == span.Last,
                span.Describe(context.Profile.FiscalYearStyle));
            Xml.Append("</w:r>");
        }
        else if (span.Phase == Phase.Implementation)
        {
            Xml.Run(ImplementationMark);
        }
        Xml.ParagraphEnd();

        var phaseText = span.Phase == Phase.None ? "" : span.Phase.Label();
        Xml.BlockStart(Tags.Phase(year), $"{context.Format(year)}の工程").Paragraph(StyleIds.SchedulePhase, phaseText).BlockEnd();
        if (entry?.Caption is { } caption)
        {
            Xml.BlockStart(Tags.Caption(year), $"{context.Format(year)}の注記").Paragraph(StyleIds.ScheduleCaption, caption).BlockEnd();
        }
    }
}
