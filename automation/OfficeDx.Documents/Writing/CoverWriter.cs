using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Writing;

/// <summary>Writes the title block: municipality, plan title, edition and plan period, each tagged.</summary>
internal sealed class CoverWriter(WriterContext context)
{
    public SdtBlock Write(Plan plan)
    {
        var controls = context.Controls;
        var content = new List<DocumentFormat.OpenXml.OpenXmlElement>
        {
            TextRuns.Paragraph(StyleIds.Title, controls.Inline(Tags.PlanTitle, "計画名", TextRuns.Run(plan.Title))),
            TextRuns.Paragraph(StyleIds.Subtitle, controls.Inline(Tags.PlanMunicipality, "自治体名", TextRuns.Run(plan.Municipality))),
        };
        if (plan.Edition is not null)
        {
            content.Add(TextRuns.Paragraph(StyleIds.Subtitle, controls.Inline(Tags.PlanEdition, "版", TextRuns.Run(plan.Edition))));
        }
        content.Add(TextRuns.Paragraph(StyleIds.Subtitle,
            TextRuns.Run(context.Profile.PeriodLabel + "　"),
            controls.Inline(Tags.PlanFrom, "計画期間の開始年度", TextRuns.Run(context.Format(plan.Period.From))),
            TextRuns.Run("～"),
            controls.Inline(Tags.PlanTo, "計画期間の終了年度", TextRuns.Run(context.Format(plan.Period.To)))));
        content.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return controls.Block(Tags.Plan(plan.Id), "計画", content.ToArray());
    }
}
