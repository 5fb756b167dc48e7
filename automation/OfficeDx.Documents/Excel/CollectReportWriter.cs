using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeDx.Documents.Excel;

/// <summary>Writes the collect report as JSON, CSV (UTF-8 with BOM, so Excel opens it in Japanese) or an .xlsx, chosen by the file extension.</summary>
public static class CollectReportWriter
{
    private static readonly string[] Headers = ["状態", "ファイル", "場所", "担当課", "施策ID", "項目", "元の値", "ブックの値", "内容"];

    public static readonly IReadOnlyList<string> Extensions = [".json", ".csv", ".xlsx"];

    public static void Write(IReadOnlyList<ReportEntry> report, string path)
    {
        var bytes = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => Json(report),
            ".csv" => Csv(report),
            ".xlsx" => Xlsx(report),
            _ => throw new ArgumentException($"{path}: 報告の形式は拡張子 {string.Join("・", Extensions)} のどれかで指定してください。", nameof(path)),
        };
        File.WriteAllBytes(path, bytes);
    }

    private static string[] Fields(ReportEntry e) =>
        [e.Status.Label(), Path.GetFileName(e.File), e.Place, e.Department, e.MeasureId ?? "", e.Field, e.Original ?? "", e.Value ?? "", e.Message];

    public static byte[] Json(IReadOnlyList<ReportEntry> report)
    {
        var entries = report.Select(e => new Dictionary<string, string?>
        {
            ["status"] = e.Status.ToString().ToLowerInvariant(),
            ["statusLabel"] = e.Status.Label(),
            ["file"] = e.File,
            ["place"] = e.Place,
            ["department"] = e.Department,
            ["measureId"] = e.MeasureId,
            ["field"] = e.Field,
            ["original"] = e.Original,
            ["value"] = e.Value,
            ["message"] = e.Message,
        });
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), NewLine = "\n" };
        var summary = report.GroupBy(e => e.Status).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count());
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { summary, entries }, options) + "\n");
    }

    public static byte[] Csv(IReadOnlyList<ReportEntry> report)
    {
        var builder = new StringBuilder();
        builder.Append(string.Join(",", Headers.Select(Quote))).Append("\r\n");
        foreach (var entry in report) builder.Append(string.Join(",", Fields(entry).Select(Quote))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"") + "\"";

    /// <summary>The most characters Excel keeps in one cell; a longer text makes Excel repair (and cut) the file.</summary>
    public const int CellLimit = 32_767;

    /// <summary>A text cut to fit one cell, ending in a visible note of how much was left out, and whether it was cut.</summary>
    public static (string Text, bool Cut) FitCell(string text)
    {
        if (text.Length <= CellLimit) return (text, false);
        var marker = $"…［ここまで。以下 {text.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} 文字中の残りを省略。全文は .json か .csv の報告にあります］";
        var keep = CellLimit - marker.Length;
        if (char.IsHighSurrogate(text[keep - 1])) keep--;
        return (text[..keep] + marker, true);
    }

    public static byte[] Xlsx(IReadOnlyList<ReportEntry> report)
    {
        var cells = new SheetCells();
        cells.Text(1, 1, "Excel 様式の回収結果", TemplateStyles.Title);
        for (var c = 0; c < Headers.Length; c++) cells.Text(c + 1, ExcelLayout.HeaderRow, Headers[c], TemplateStyles.Header);
        var row = ExcelLayout.FirstDataRow;
        var shortened = 0;
        foreach (var entry in report)
        {
            var fields = Fields(entry);
            for (var c = 0; c < fields.Length; c++)
            {
                var (text, cut) = FitCell(fields[c]);
                if (cut) shortened++;
                cells.Text(c + 1, row, text, TemplateStyles.Locked);
            }
            row++;
        }
        var summary = string.Join("　", report.GroupBy(e => e.Status).OrderBy(g => g.Key).Select(g => $"{g.Key.Label()} {g.Count()} 件"));
        if (shortened > 0) summary += $"　※ Excel の 1 セルの上限（{CellLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} 文字）を超えた {shortened} 個のセルは末尾を省略しました（全文は .json か .csv の報告にあります）";
        cells.Text(1, 2, summary, TemplateStyles.Default);
        double[] widths = [8, 24, 14, 20, 14, 22, 30, 30, 70];
        for (var c = 0; c < widths.Length; c++) cells.Width(c + 1, widths[c]);
        var sheet = new SheetSpec("回収結果", cells)
        {
            FrozenRows = ExcelLayout.HeaderRow,
            Protected = false,
            PrintTitleRow = ExcelLayout.HeaderRow,
            Table = ("odx_report", Headers.Length, Math.Max(row - 1, ExcelLayout.FirstDataRow)),
        };
        return WorkbookPackage.Write([sheet], new TemplateStyles(), Array.Empty<DefinedName>(), "Excel 様式の回収結果", "OfficeDx excel collect");
    }
}
