using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Writing;

/// <summary>
/// Writes indicators as a KPI table nested in the indicator cell (指標 | 2021年度 | 2025年度, as Hachinohe prints it).
/// When every value of a column has the same year the year goes into the column heading; otherwise each value carries it.
/// Every value sits in a control tagged with its year, so harvest never depends on the headings.
/// </summary>
internal sealed class IndicatorTableWriter(WriterContext context)
{
    private IndicatorSetup Setup => context.Profile.Indicators;

    public void Write(IReadOnlyList<Indicator> indicators, int widthTwips)
    {
        var columns = new List<Column>
        {
            new(Setup.BaselineHeader, Setup.BaselineYearHeader, i => i.Baseline is { } b ? [b] : [], Tags.KpiBaseline, "基準値", SharedYear(indicators.Select(i => i.Baseline is { } b ? new[] { b } : []))),
            new(Setup.TargetHeader, Setup.TargetYearHeader, i => i.Targets, Tags.KpiTarget, "目標値", SharedYear(indicators.Select(i => i.Targets))),
        };
        if (indicators.Any(i => i.Actuals.Count > 0))
            columns.Add(new(Setup.ActualHeader, Setup.ActualYearHeader, i => i.Actuals, Tags.KpiActual, "実績値", SharedYear(indicators.Select(i => i.Actuals))));

        var nameTwips = Math.Min(WordUnits.MmToTwips(Setup.NameColumnMm), widthTwips / 2);
        var valueTwips = (widthTwips - nameTwips) / columns.Count;
        var xml = context.Markup;
        xml.Append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").Append(StyleIds.MeasureTable).Append("\" /><w:tblW w:w=\"").Append(nameTwips + valueTwips * columns.Count)
            .Append("\" w:type=\"dxa\" /><w:tblLayout w:type=\"fixed\" />")
            .Append("<w:tblLook w:val=\"0420\" w:firstRow=\"true\" w:lastRow=\"false\" w:firstColumn=\"false\" w:lastColumn=\"false\" w:noHBand=\"true\" w:noVBand=\"true\" /></w:tblPr>")
            .Grid(nameTwips, columns.Select(_ => valueTwips));

        xml.RowStart("<w:trPr><w:tblHeader /></w:trPr>").LabelCell(nameTwips, Setup.NameHeader, styleId: StyleIds.IndicatorHeader);
        foreach (var column in columns)
        {
            xml.LabelCell(valueTwips, column.SharedYear is { } year ? column.YearHeader.Replace("{year}", context.Format(year), StringComparison.Ordinal) : column.Header,
                styleId: StyleIds.IndicatorHeader);
        }
        xml.RowEnd();

        foreach (var indicator in indicators)
        {
            xml.RowStart().ValueCellStart(nameTwips, 1)
                .ParagraphStart(StyleIds.TableText).Inline(Tags.KpiName, "指標名", indicator.Name).ParagraphEnd()
                .CellEnd();
            foreach (var column in columns)
            {
                var values = column.Values(indicator);
                xml.ValueCellStart(valueTwips, 1);
                if (values.Count == 0) xml.Paragraph(StyleIds.ScheduleText);
                foreach (var value in values) ValueParagraph(value, column);
                xml.CellEnd();
            }
            xml.RowEnd();
        }
        xml.Append("</w:tbl>");
    }

    private void ValueParagraph(IndicatorValue value, Column column)
    {
        var xml = context.Markup.ParagraphStart(StyleIds.ScheduleText)
            .Inline(column.Tag(value.FiscalYear), $"{column.Caption}（{context.Format(value.FiscalYear)}）", value.Value);
        if (column.SharedYear is null) xml.Run($"（{context.Format(value.FiscalYear)}）");
        xml.ParagraphEnd();
    }

    /// <summary>The one year all values of a column share, when each indicator has at most one value there.</summary>
    private static FiscalYear? SharedYear(IEnumerable<IReadOnlyList<IndicatorValue>> values)
    {
        var lists = values.ToArray();
        if (lists.Any(l => l.Count > 1)) return null;
        var years = lists.SelectMany(l => l).Select(v => v.FiscalYear).Distinct().ToArray();
        return years.Length == 1 ? years[0] : null;
    }

    private sealed record Column(string Header, string YearHeader, Func<Indicator, IReadOnlyList<IndicatorValue>> Values, Func<FiscalYear, string> Tag, string Caption, FiscalYear? SharedYear);
}
