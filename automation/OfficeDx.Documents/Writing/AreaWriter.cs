using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Writing;

/// <summary>Writes an area: its heading, its measure tables (added ones after the divider), the 実施済みの施策 list, then its sub-areas.</summary>
internal sealed class AreaWriter(WriterContext context)
{
    private readonly MeasureTableWriter _tables = new(context);

    public SdtBlock Write(Area area, int depth)
    {
        var heading = TextRuns.Paragraph(StyleIds.Heading(depth),
            context.Controls.Inline(Tags.AreaNumber, "番号", TextRuns.Run(area.Number)),
            TextRuns.Run(" "),
            context.Controls.Inline(Tags.AreaTitle, "分野名", TextRuns.Run(area.Title)));
        var content = new List<OpenXmlElement> { heading };

        foreach (var measure in area.Measures.Where(m => m.State == MeasureState.Active))
        {
            content.Add(_tables.Write(measure));
            content.Add(TextRuns.Paragraph(StyleIds.Spacer));
        }
        var added = area.Measures.Where(m => m.State == MeasureState.Added).ToArray();
        if (added.Length > 0)
        {
            content.Add(TextRuns.Paragraph(StyleIds.Divider, context.Profile.AddedDivider));
            foreach (var measure in added)
            {
                content.Add(_tables.Write(measure));
                content.Add(TextRuns.Paragraph(StyleIds.Spacer));
            }
        }
        var completed = area.Measures.Where(m => m.State == MeasureState.Completed).ToArray();
        if (completed.Length > 0)
        {
            content.Add(TextRuns.Paragraph(StyleIds.ListHeading, context.Profile.CompletedHeading));
            foreach (var measure in completed)
            {
                content.Add(TextRuns.Paragraph(StyleIds.ListItem,
                    TextRuns.Run(context.Profile.BulletPrefix),
                    context.Controls.Inline(Tags.Completed(measure.Id), "実施済みの施策", TextRuns.Run(measure.Name))));
            }
        }
        foreach (var child in area.Areas)
        {
            content.Add(Write(child, depth + 1));
        }
        return context.Controls.Block(Tags.Area(area.Id), $"{area.Number} {area.Title}".Trim(), content.ToArray());
    }
}
