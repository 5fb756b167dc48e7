namespace OfficeDx.Documents.Reports;

/// <summary>The workbook embedded in a Word chart: categories in column A, one column per series, blank where a value is missing.</summary>
public static class ChartWorkbook
{
    public static byte[] Write(ChartData chart) => ReportSheets.Write([Sheet(chart)]);

    public static ReportSheet Sheet(ChartData chart) => new(ChartSpaceXml.SheetName,
        ["", .. chart.Series.Select(s => s.Name)],
        chart.Categories.Select((category, i) => new object?[] { category }.Concat(chart.Series.Select(s => (object?)s.Values[i])).ToArray()).ToList());
}
