using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
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

    public Table Write(IReadOnlyList<Indicator> indicators, int widthTwips)
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
        var grid = new TableGrid(new GridColumn { Width = Invariant(nameTwips) });
        foreach (var _ in columns) grid.Append(new GridColumn { Width = Invariant(valueTwips) });
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.MeasureTable },
                new TableWidth { Width = Invariant(nameTwips + valueTwips * columns.Count), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0420", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            grid);

        var header = new TableRow(new TableRowProperties(new TableHeader()), HeaderCell(nameTwips, Setup.NameHeader));
        foreach (var column in columns)
        {
            header.Append(HeaderCell(valueTwips, column.SharedYear is { } year ? column.YearHeader.Replace("{year}", context.Format(year), StringComparison.Ordinal) : column.Header));
        }
        table.Append(header);

        foreach (var indicator in indicators)
        {
            var row = new TableRow(TableCells.Value(nameTwips, 1,
                TextRuns.Paragraph(StyleIds.TableText, context.Controls.Inline(Tags.KpiName, "指標名", TextRuns.Run(indicator.Name)))));
            foreach (var column in columns)
            {
                var values = column.Values(indicator);
                var paragraphs = values.Count == 0
                    ? [TextRuns.Paragraph(StyleIds.ScheduleText)]
                    : values.Select(v => ValueParagraph(v, column)).ToArray();
                row.Append(TableCells.Value(valueTwips, 1, paragraphs));
            }
            table.Append(row);
        }
        return table;
    }

    private Paragraph ValueParagraph(IndicatorValue value, Column column)
    {
        var paragraph = TextRuns.Paragraph(StyleIds.ScheduleText,
            context.Controls.Inline(column.Tag(value.FiscalYear), $"{column.Caption}（{context.Format(value.FiscalYear)}）", TextRuns.Run(value.Value)));
        if (column.SharedYear is null) paragraph.Append(TextRuns.Run($"（{context.Format(value.FiscalYear)}）"));
        return paragraph;
    }

    private static TableCell HeaderCell(int widthTwips, string text)
    {
        var cell = TableCells.Label(widthTwips, text);
        cell.GetFirstChild<Paragraph>()!.ParagraphProperties!.ParagraphStyleId!.Val = StyleIds.IndicatorHeader;
        return cell;
    }

    /// <summary>The one year all values of a column share, when each indicator has at most one value there.</summary>
    private static FiscalYear? SharedYear(IEnumerable<IReadOnlyList<IndicatorValue>> values)
    {
        var lists = values.ToArray();
        if (lists.Any(l => l.Count > 1)) return null;
        var years = lists.SelectMany(l => l).Select(v => v.FiscalYear).Distinct().ToArray();
        return years.Length == 1 ? years[0] : null;
    }

    private static string Invariant(int twips) => twips.ToString(CultureInfo.InvariantCulture);

    private sealed record Column(string Header, string YearHeader, Func<Indicator, IReadOnlyList<IndicatorValue>> Values, Func<FiscalYear, string> Tag, string Caption, FiscalYear? SharedYear);
}
