using DocumentFormat.OpenXml;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Writing;

/// <summary>Writes an area: its heading, its measure tables (added ones after the divider), the 実施済みの施策 list, then its sub-areas.</summary>
internal sealed class AreaWriter(WriterContext context)
{
    private readonly MeasureTableWriter _tables = new(context);

    private WordMarkup Xml => context.Markup;

    /// <summary>A top-level area, sub-areas and all, as one piece of finished markup.</summary>
    public OpenXmlElement Write(Area area, int depth)
    {
        WriteInto(area, depth);
        return Xml.Finish();
    }

    private void WriteInto(Area area, int depth)
    {
        Xml.BlockStart(Tags.Area(area.Id), $"{area.Number} {area.Title}".Trim())
            .ParagraphStart(StyleIds.Heading(depth))
            .Inline(Tags.AreaNumber, "番号", area.Number)
            .Run(" ")
            .Inline(Tags.AreaTitle, "分野名", area.Title)
            .ParagraphEnd();

        foreach (var measure in area.Measures.Where(m => m.State == MeasureState.Active))
        {
            _tables.WriteInto(measure);
            Xml.Paragraph(StyleIds.Spacer);
        }
        var added = area.Measures.Where(m => m.State == MeasureState.Added).ToArray();
        if (added.Length > 0)
        {
            Xml.Paragraph(StyleIds.Divider, context.Profile.AddedDivider);
            foreach (var measure in added)
            {
                _tables.WriteInto(measure);
                Xml.Paragraph(StyleIds.Spacer);
            }
        }
        var completed = area.Measures.Where(m => m.State == MeasureState.Completed).ToArray();
        if (completed.Length > 0)
        {
            Xml.Paragraph(StyleIds.ListHeading, context.Profile.CompletedHeading);
            foreach (var measure in completed)
            {
                Xml.ParagraphStart(StyleIds.ListItem)
                    .Run(context.Profile.BulletPrefix)
                    .Inline(Tags.Completed(measure.Id), "実施済みの施策", measure.Name)
                    .ParagraphEnd();
            }
        }
        foreach (var child in area.Areas) WriteInto(child, depth + 1);
        Xml.BlockEnd();
    }
}
