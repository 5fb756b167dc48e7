using System.Text;

namespace OfficeDx.Storage.Exports;

/// <summary>Writes a table as RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel in Japan opens it without garbling.</summary>
public static class CsvExport
{
    public static void Write(ExportTable table, string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        writer.NewLine = "\r\n";
        writer.WriteLine(string.Join(",", table.Header.Select(Quote)));
        foreach (var row in table.Rows) writer.WriteLine(string.Join(",", row.Select(v => Quote(ExportTables.Text(v)))));
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
