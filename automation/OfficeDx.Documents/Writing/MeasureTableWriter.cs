using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Writing;

/// <summary>Writes one measure as a tagged table in the profile's row order.</summary>
internal sealed class MeasureTableWriter(WriterContext context)
{
    private Profile Profile => context.Profile;
    private TableGeometry Geometry => context.Geometry;
    private ContentControls Controls => context.Controls;
    private int YearCount => context.Years.Count;

    public SdtBlock Write(Measure measure)
    {
        var table = new Table(TableProperties(measure), Grid());
        var first = true;
        foreach (var row in Profile.Rows)
        {
            foreach (var tableRow in Rows(row, measure))
            {
                if (first)
                {
                    // The name row is the table's header: repeated on a new page and announced by screen readers.
                    tableRow.PrependChild(new TableRowProperties(new CantSplit(), new TableHeader()));
                    first = false;
                }
                table.Append(tableRow);
            }
        }
        return Controls.Block(Tags.Measure(measure.Id), $"施策表 {measure.Number} {measure.Name}".Replace("  ", " "), table);
    }

    private TableProperties TableProperties(Measure measure) => new(
        new TableStyle { Val = StyleIds.MeasureTable },
        new TableWidth { Width = Geometry.TotalTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        new TableLayout { Type = TableLayoutValues.Fixed },
        new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
        new TableCaption { Val = $"施策表：{measure.Name}" });

    private TableGrid Grid()
    {
        var grid = new TableGrid(new GridColumn { Width = Geometry.LabelTwips.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        foreach (var width in Geometry.YearTwips) grid.Append(new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return grid;
    }

    private IEnumerable<TableRow> Rows(MeasureRow row, Measure measure)
    {
        switch (row.Field)
        {
            case MeasureField.Name:
                yield return ValueRow(row.Label, NameParagraph(measure));
                break;
            case MeasureField.Issues when measure.Issues is not null || row.AlwaysShown:
                yield return ValueRow(row.Label, Controls.Block(Tags.Field(MeasureField.Issues), row.Label, Paragraphs(measure.Issues ?? "")));
                break;
            case MeasureField.Overview:
                yield return ValueRow(row.Label, OverviewContent(measure, row.Label));
                break;
            case MeasureField.MainActions when measure.MainActions.Count > 0 || row.AlwaysShown:
                yield return ValueRow(row.Label, Controls.Block(Tags.Field(MeasureField.MainActions), row.Label, BulletParagraphs(measure.MainActions)));
                break;
            case MeasureField.Schedule:
                foreach (var scheduleRow in new ScheduleRowsWriter(context).Write(row.Label, measure)) yield return scheduleRow;
                break;
            case MeasureField.Indicators:
                yield return Profile.Indicators.Layout == IndicatorLayout.Table
                    ? ValueRow(row.Label, Controls.Block(Tags.Field(MeasureField.Indicators), row.Label, new IndicatorTableWriter(context).Write(measure.Indicators, Geometry.TotalTwips - Geometry.LabelTwips)),
                        TextRuns.Paragraph(StyleIds.Spacer))
                    : ValueRow(row.Label, Controls.Block(Tags.Field(MeasureField.Indicators), row.Label, IndicatorParagraphs(measure.Indicators)));
                break;
            case MeasureField.Departments:
                yield return ValueRow(row.Label, Controls.Block(Tags.Field(MeasureField.Departments), row.Label,
                    TextRuns.Paragraph(StyleIds.TableText, string.Join("、", measure.Departments))));
                break;
        }
    }

    private TableRow ValueRow(string label, params OpenXmlElement[] content) => new(
        TableCells.Label(Geometry.LabelTwips, label),
        TableCells.Value(Geometry.TotalTwips - Geometry.LabelTwips, YearCount, content));

    private Paragraph NameParagraph(Measure measure)
    {
        var paragraph = TextRuns.Paragraph(StyleIds.TableText);
        if (measure.Number is not null)
        {
            paragraph.Append(Controls.Inline(Tags.MeasureNumber, "施策番号", TextRuns.Run(measure.Number)));
            if (Profile.Hierarchy.NumberSeparator.Length > 0) paragraph.Append(TextRuns.Run(Profile.Hierarchy.NumberSeparator));
        }
        paragraph.Append(Controls.Inline(Tags.Field(MeasureField.Name), Profile.Row(MeasureField.Name).Label, TextRuns.Run(measure.Name)));
        foreach (var note in measure.Notes.Where(n => n.Kind == RevisionNoteKind.Name))
        {
            paragraph.Append(TextRuns.Run(" "), Controls.Inline(Tags.Note(note.Kind), "改訂の注記", TextRuns.Run(note.Text)));
        }
        return paragraph;
    }

    private OpenXmlElement[] OverviewContent(Measure measure, string label)
    {
        var content = new List<OpenXmlElement> { Controls.Block(Tags.Field(MeasureField.Overview), label, Paragraphs(measure.Overview)) };
        foreach (var note in measure.Notes.Where(n => n.Kind != RevisionNoteKind.Name))
        {
            content.Add(Controls.Block(Tags.Note(note.Kind), "改訂の注記", TextRuns.Paragraph(StyleIds.TableText, note.Text)));
        }
        return content.ToArray();
    }

    private static OpenXmlElement[] Paragraphs(string text) =>
        text.Split('\n').Select(line => (OpenXmlElement)TextRuns.Paragraph(StyleIds.TableText, line)).ToArray();

    private OpenXmlElement[] BulletParagraphs(IReadOnlyList<string> items) => items.Count == 0
        ? [TextRuns.Paragraph(StyleIds.TableText)]
        : items.Select(item => (OpenXmlElement)TextRuns.Paragraph(StyleIds.TableText, Profile.BulletPrefix + item)).ToArray();

    private OpenXmlElement[] IndicatorParagraphs(IReadOnlyList<Indicator> indicators) => indicators.Count == 0
        ? [TextRuns.Paragraph(StyleIds.TableText)]
        : indicators.Select(i => (OpenXmlElement)IndicatorParagraph(i)).ToArray();

    private Paragraph IndicatorParagraph(Indicator indicator)
    {
        var paragraph = TextRuns.Paragraph(StyleIds.TableText, Controls.Inline(Tags.KpiName, "指標名", TextRuns.Run(indicator.Name)));
        var parts = new List<(string Caption, string Tag, IndicatorValue Value)>();
        if (indicator.Baseline is { } baseline) parts.Add(("基準値", Tags.KpiBaseline(baseline.FiscalYear), baseline));
        parts.AddRange(indicator.Targets.Select(t => ("目標値", Tags.KpiTarget(t.FiscalYear), t)));
        parts.AddRange(indicator.Actuals.Select(a => ("実績値", Tags.KpiActual(a.FiscalYear), a)));
        if (parts.Count == 0) return paragraph;

        paragraph.Append(TextRuns.Run("（"));
        for (var i = 0; i < parts.Count; i++)
        {
            var (caption, tag, value) = parts[i];
            if (i > 0) paragraph.Append(TextRuns.Run("／"));
            paragraph.Append(TextRuns.Run($"{caption} {context.Format(value.FiscalYear)}："),
                Controls.Inline(tag, $"{caption}（{context.Format(value.FiscalYear)}）", TextRuns.Run(value.Value)));
        }
        paragraph.Append(TextRuns.Run("）"));
        return paragraph;
    }
}
