using DocumentFormat.OpenXml;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Writing;

/// <summary>Writes one measure as a tagged table in the profile's row order, as finished markup (<see cref="WordMarkup"/>).</summary>
internal sealed class MeasureTableWriter(WriterContext context)
{
    private Profile Profile => context.Profile;
    private TableGeometry Geometry => context.Geometry;
    private WordMarkup Xml => context.Markup;
    private int YearCount => context.Years.Count;

    /// <summary>The w:trPr the next row starts with: the name row is the table's header, repeated on a new page and announced by screen readers.</summary>
    private string _firstRow = "";

    /// <summary>The table on its own, as one piece of finished markup (a fragment the add-in inserts).</summary>
    public OpenXmlElement Write(Measure measure)
    {
        WriteInto(measure);
        return Xml.Finish();
    }

    /// <summary>The table into the markup being written (an area's).</summary>
    public void WriteInto(Measure measure)
    {
        Xml.BlockStart(Tags.Measure(measure.Id), $"施策表 {measure.Number} {measure.Name}".Replace("  ", " "))
            .Append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").Append(StyleIds.MeasureTable).Append("\" /><w:tblW w:w=\"").Append(Geometry.TotalTwips)
            .Append("\" w:type=\"dxa\" /><w:tblLayout w:type=\"fixed\" />")
            .Append("<w:tblLook w:val=\"04A0\" w:firstRow=\"true\" w:lastRow=\"false\" w:firstColumn=\"true\" w:lastColumn=\"false\" w:noHBand=\"false\" w:noVBand=\"true\" />")
            .Append("<w:tblCaption w:val=\"").Attribute($"施策表：{measure.Name}").Append("\" /></w:tblPr>")
            .Grid(Geometry.LabelTwips, Geometry.YearTwips);
        _firstRow = TableMarkup.HeaderRow;
        foreach (var row in Profile.Rows) Rows(row, measure);
        Xml.Append("</w:tbl>").BlockEnd();
    }

    private void Rows(MeasureRow row, Measure measure)
    {
        switch (row.Field)
        {
            case MeasureField.Name:
                ValueRowStart(row.Label);
                NameParagraph(measure);
                ValueRowEnd();
                break;
            case MeasureField.Issues when measure.Issues is not null || row.AlwaysShown:
                ValueRowStart(row.Label).BlockStart(Tags.Field(MeasureField.Issues), row.Label);
                Paragraphs(measure.Issues ?? "");
                Xml.BlockEnd();
                ValueRowEnd();
                break;
            case MeasureField.Overview:
                ValueRowStart(row.Label).BlockStart(Tags.Field(MeasureField.Overview), row.Label);
                Paragraphs(measure.Overview);
                Xml.BlockEnd();
                foreach (var note in measure.Notes.Where(n => n.Kind != RevisionNoteKind.Name))
                {
                    Xml.BlockStart(Tags.Note(note.Kind), "改訂の注記").Paragraph(StyleIds.TableText, note.Text).BlockEnd();
                }
                ValueRowEnd();
                break;
            case MeasureField.MainActions when measure.MainActions.Count > 0 || row.AlwaysShown:
                ValueRowStart(row.Label).BlockStart(Tags.Field(MeasureField.MainActions), row.Label);
                if (measure.MainActions.Count == 0) Xml.Paragraph(StyleIds.TableText);
                foreach (var item in measure.MainActions) Xml.Paragraph(StyleIds.TableText, Profile.BulletPrefix + item);
                Xml.BlockEnd();
                ValueRowEnd();
                break;
            case MeasureField.Schedule:
                new ScheduleRowsWriter(context).Write(row.Label, measure, TakeFirstRow());
                break;
            case MeasureField.Indicators:
                ValueRowStart(row.Label).BlockStart(Tags.Field(MeasureField.Indicators), row.Label);
                if (Profile.Indicators.Layout == IndicatorLayout.Table)
                {
                    new IndicatorTableWriter(context).Write(measure.Indicators, Geometry.TotalTwips - Geometry.LabelTwips);
                    Xml.BlockEnd().Paragraph(StyleIds.Spacer);
                }
                else
                {
                    IndicatorParagraphs(measure.Indicators);
                    Xml.BlockEnd();
                }
                ValueRowEnd();
                break;
            case MeasureField.Departments:
                ValueRowStart(row.Label).BlockStart(Tags.Field(MeasureField.Departments), row.Label)
                    .Paragraph(StyleIds.TableText, string.Join("、", measure.Departments)).BlockEnd();
                ValueRowEnd();
                break;
        }
    }

    private string TakeFirstRow()
    {
        var properties = _firstRow;
        _firstRow = "";
        return properties;
    }

    /// <summary>A row of the label and one value cell over all year columns; the value cell's content follows, then <see cref="ValueRowEnd"/>.</summary>
    private WordMarkup ValueRowStart(string label) => Xml.RowStart(TakeFirstRow())
        .LabelCell(Geometry.LabelTwips, label)
        .ValueCellStart(Geometry.TotalTwips - Geometry.LabelTwips, YearCount);

    private void ValueRowEnd() => Xml.CellEnd().RowEnd();

    private void NameParagraph(Measure measure)
    {
        Xml.ParagraphStart(StyleIds.TableText);
        if (measure.Number is not null)
        {
            Xml.Inline(Tags.MeasureNumber, "施策番号", measure.Number);
            if (Profile.Hierarchy.NumberSeparator.Length > 0) Xml.Run(Profile.Hierarchy.NumberSeparator);
        }
        Xml.Inline(Tags.Field(MeasureField.Name), Profile.Row(MeasureField.Name).Label, measure.Name);
        foreach (var note in measure.Notes.Where(n => n.Kind == RevisionNoteKind.Name))
        {
            Xml.Run(" ").Inline(Tags.Note(note.Kind), "改訂の注記", note.Text);
        }
        Xml.ParagraphEnd();
    }

    private void Paragraphs(string text)
    {
        foreach (var line in text.Split('\n')) Xml.Paragraph(StyleIds.TableText, line);
    }

    private void IndicatorParagraphs(IReadOnlyList<Indicator> indicators)
    {
        if (indicators.Count == 0) Xml.Paragraph(StyleIds.TableText);
        foreach (var indicator in indicators) IndicatorParagraph(indicator);
    }

    private void IndicatorParagraph(Indicator indicator)
    {
        Xml.ParagraphStart(StyleIds.TableText).Inline(Tags.KpiName, "指標名", indicator.Name);
        var parts = new List<(string Caption, string Tag, IndicatorValue Value)>();
        if (indicator.Baseline is { } baseline) parts.Add(("基準値", Tags.KpiBaseline(baseline.FiscalYear), baseline));
        parts.AddRange(indicator.Targets.Select(t => ("目標値", Tags.KpiTarget(t.FiscalYear), t)));
        parts.AddRange(indicator.Actuals.Select(a => ("実績値", Tags.KpiActual(a.FiscalYear), a)));
        if (parts.Count > 0)
        {
            Xml.Run("（");
            for (var i = 0; i < parts.Count; i++)
            {
                var (caption, tag, value) = parts[i];
                if (i > 0) Xml.Run("／");
                Xml.Run($"{caption} {context.Format(value.FiscalYear)}：")
                    .Inline(tag, $"{caption}（{context.Format(value.FiscalYear)}）", value.Value);
            }
            Xml.Run("）");
        }
        Xml.ParagraphEnd();
    }
}
