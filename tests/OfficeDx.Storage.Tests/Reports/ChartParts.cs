using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace OfficeDx.Storage.Tests.Reports;

/// <summary>A Word chart read back from its part: title, and per series the cached value of each category (missing points absent).</summary>
public sealed record ChartRead(string Title, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Series, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Workbook);

/// <summary>Reads every chart part of a .docx, and the embedded workbook behind each.</summary>
public static class ChartParts
{
    public static IReadOnlyList<ChartRead> Read(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        // In document order: the body refers to each chart by relationship id.
        var ids = main.Document!.Descendants<C.ChartReference>().Select(r => r.Id!.Value!).ToList();
        return ids.Select(id => Read((ChartPart)main.GetPartById(id))).ToList();
    }

    private static ChartRead Read(ChartPart part)
    {
        var space = part.ChartSpace!;
        var title = string.Concat(space.Descendants<C.Title>().First().Descendants<A.Text>().Select(t => t.Text));
        var series = new Dictionary<string, IReadOnlyDictionary<string, double>>();
        foreach (var ser in space.Descendants<C.BarChartSeries>())
        {
            var name = ser.SeriesText!.Descendants<C.NumericValue>().Single().Text;
            var categories = ser.GetFirstChild<C.CategoryAxisData>()!.Descendants<C.StringPoint>()
                .ToDictionary(p => p.Index!.Value, p => p.NumericValue!.Text);
            series[name] = ser.GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>()
                .ToDictionary(p => categories[p.Index!.Value], p => double.Parse(p.NumericValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        }
        return new ChartRead(title, series, Embedded(part));
    }

    /// <summary>Sheet1 of the embedded workbook as series name → category → number (blank cells absent).</summary>
    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Embedded(ChartPart part)
    {
        using var stream = part.EmbeddedPackagePart!.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(copy.ToArray()), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Row>()
            .Select(r => r.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()), Text))
            .ToList();
        var header = rows[0];
        var result = new Dictionary<string, IReadOnlyDictionary<string, double>>();
        foreach (var (column, name) in header.Where(h => h.Key != "A"))
        {
            result[name] = rows.Skip(1).Where(r => r.ContainsKey(column))
                .ToDictionary(r => r["A"], r => double.Parse(r[column], System.Globalization.CultureInfo.InvariantCulture));
        }
        return result;
    }

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
}
