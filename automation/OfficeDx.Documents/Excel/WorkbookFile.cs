using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Excel;

/// <summary>
/// Reads every sheet of a workbook into values, the way Excel shows them: shared and inline strings without their furigana (rPh),
/// numbers with the percent flag of their number format. Files that are not workbooks become a <see cref="WorkbookOpenException"/>.
/// </summary>
public sealed class WorkbookFile
{

    private readonly Dictionary<string, WorkbookSheet> sheets;
    private readonly List<string> order;

    private WorkbookFile(string name, Dictionary<string, WorkbookSheet> sheets, List<string> order)
    {
        Name = name;
        this.sheets = sheets;
        this.order = order;
    }

    public string Name { get; }

    public WorkbookSheet? Sheet(string name) => sheets.GetValueOrDefault(name);

    /// <summary>The names of all sheets in tab order, chart sheets too (those have no cells: <see cref="Sheet"/> gives null).</summary>
    public IReadOnlyList<string> SheetNames => order;

    public static WorkbookFile Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new WorkbookOpenException(path, "ファイルが見つかりません。パスを確認してください。");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WorkbookOpenException(path, $"ファイルを開けません（{e.Message}）。");
        }
        return Read(bytes, path);
    }

    public static WorkbookFile Read(byte[] bytes, string name)
    {
        if (FileSignature.IsCompoundFile(bytes))
            throw new WorkbookOpenException(name, "パスワードで保護（暗号化）されたブックか、古い形式（.xls）のブックです。パスワードを解除し、「Excel ブック（*.xlsx）」として保存し直してください。");
        if (!FileSignature.IsZip(bytes))
            throw new WorkbookOpenException(name, "Excel ブック（.xlsx）ではありません（ファイルの形式が ZIP ではありません）。");
        try
        {
            PackageGuard.Check(bytes, name);
        }
        catch (PackageRejectedException e)
        {
            throw new WorkbookOpenException(name, e.Reason) { TooLarge = e.TooLarge };
        }
        var limits = InputLimits.Current;
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes });
            var workbookPart = document.WorkbookPart
                ?? throw new WorkbookOpenException(name, "ZIP ファイルですが Excel ブックではありません（xl/workbook.xml が見つかりません）。");
            var strings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(PlainText).ToArray() ?? [];
            var percentStyles = PercentStyles(workbookPart.WorkbookStylesPart?.Stylesheet);
            var result = new Dictionary<string, WorkbookSheet>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var sheet in workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Name?.Value is not { } sheetName || sheet.Id?.Value is not { } id) continue;
                if (order.Contains(sheetName, StringComparer.Ordinal)) continue;
                order.Add(sheetName);
                if (workbookPart.GetPartById(id) is WorksheetPart worksheetPart)
                    result.Add(sheetName, new WorkbookSheet(sheetName, ReadValues(name, sheetName, worksheetPart, strings, percentStyles, limits)));
            }
            return new WorkbookFile(name, result, order);
        }
        catch (Exception e) when (PackageFailures.IsDamagedFile(e) || e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or ArgumentException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw new WorkbookOpenException(name, "ZIP ファイルですが Excel ブックとして読み取れません（壊れているか、別の種類のファイルです）。");
        }
    }

    /// <summary>
    /// Every cell with a value, by column and row. Rows and columns past the limits are refused here, naming Sheet!Cell, so that
    /// no reader below ever loops up to a row number a file chose (row r="2147483647" once made «row &lt;= LastRow» wrap around).
    /// </summary>
    private static Dictionary<(int, int), SheetValue> ReadValues(string file, string sheet, WorksheetPart part, string[] strings, HashSet<uint> percentStyles, InputLimits limits)
    {
        // Streamed: the typed tree of a sheet of thousands of rows cost a second; only each cell is loaded as an element.
        var values = new Dictionary<(int, int), SheetValue>();
        using var reader = OpenXmlReader.Create(part);
        if (!reader.Read() || reader.ElementType != typeof(Worksheet)) return ReadValues(file, sheet, part.Worksheet, strings, percentStyles, limits);
        long rowNumber = 0;
        var columnNumber = 0L;
        var sheetDataDepth = -1;
        var seenSheetData = false;
        var inRow = false;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SheetData) && reader.Depth == 1)
            {
                // The first sheetData only, as the worksheet's own GetFirstChild would find it.
                sheetDataDepth = reader.IsStartElement && !seenSheetData ? 1 : -1;
                seenSheetData = true;
                continue;
            }
            if (sheetDataDepth < 0) continue;
            if (reader.Depth == sheetDataDepth + 1) inRow = reader.IsStartElement && reader.ElementType == typeof(Row);
            if (!reader.IsStartElement) continue;
            if (reader.ElementType == typeof(Row) && reader.Depth == sheetDataDepth + 1)
            {
                var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r" && a.NamespaceUri.Length == 0);
                rowNumber = r.LocalName is not null ? RowNumber(file, sheet, r.Value, limits) : rowNumber + 1;
                RefusePastLastRow(file, sheet, rowNumber, limits);
                columnNumber = 0;
            }
            else if (inRow && reader.ElementType == typeof(Cell) && reader.Depth == sheetDataDepth + 2)
            {
                AddCell(file, sheet, (Cell)reader.LoadCurrentElement()!, rowNumber, ref columnNumber, values, strings, percentStyles, limits);
            }
        }
        return values;
    }

    /// <summary>The same, from a worksheet's tree: a part whose root is not a worksheet is read as the SDK reads it.</summary>
    private static Dictionary<(int, int), SheetValue> ReadValues(string file, string sheet, Worksheet? worksheet, string[] strings, HashSet<uint> percentStyles, InputLimits limits)
    {
        var values = new Dictionary<(int, int), SheetValue>();
        long rowNumber = 0;
        foreach (var row in worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            rowNumber = row.RowIndex is { } index ? RowNumber(file, sheet, index.InnerText, limits) : rowNumber + 1;
            RefusePastLastRow(file, sheet, rowNumber, limits);
            var columnNumber = 0L;
            foreach (var cell in row.Elements<Cell>()) AddCell(file, sheet, cell, rowNumber, ref columnNumber, values, strings, percentStyles, limits);
        }
        return values;
    }

    private static void RefusePastLastRow(string file, string sheet, long rowNumber, InputLimits limits)
    {
        if (rowNumber > limits.MaxRows)
            throw new WorkbookOpenException(file, $"{sheet}!A{rowNumber.ToString(CultureInfo.InvariantCulture)}: {InputLimits.Count(rowNumber)} 行目に行があり、読み取る行の{InputLimits.Name(nameof(InputLimits.MaxRows), limits.MaxRows)} 行を超えています（壊れているか、手を加えられたファイルです）。") { TooLarge = true };
    }

    private static void AddCell(string file, string sheet, Cell cell, long rowNumber, ref long columnNumber, Dictionary<(int, int), SheetValue> values,
        string[] strings, HashSet<uint> percentStyles, InputLimits limits)
    {
        // r is optional in SpreadsheetML: a cell without it follows the previous one.
        var reference = cell.CellReference?.Value;
        if (reference is null) columnNumber++;
        else if (CellReference.TryParse(reference, out var column, out _)) columnNumber = column;
        else throw new WorkbookOpenException(file, $"{sheet}!{PackageGuard.Shown(reference)}: セルの位置（r 属性）が Excel の範囲の A1～XFD1048576 ではありません（壊れているか、手を加えられたファイルです）。");
        if (columnNumber > limits.MaxColumns)
            throw new WorkbookOpenException(file, $"{sheet}!{CellReference.Of((int)Math.Min(columnNumber, CellReference.MaxColumn), (int)rowNumber)}: 読み取る列の{InputLimits.Name(nameof(InputLimits.MaxColumns), limits.MaxColumns)} 列を超えた位置にデータがあります。") { TooLarge = true };
        if (Value(cell, strings, percentStyles) is not { } value) return;
        if (value.Text.Length > limits.MaxCellCharacters)
            throw new WorkbookOpenException(file, $"{CellReference.Place(sheet, (int)columnNumber, (int)rowNumber)}: セルの文字数 {InputLimits.Count(value.Text.Length)} が{InputLimits.Name(nameof(InputLimits.MaxCellCharacters), limits.MaxCellCharacters)} 文字（Excel の 1 セルの上限）を超えています。") { TooLarge = true };
        values[((int)columnNumber, (int)rowNumber)] = value;
    }

    /// <summary>
    /// A row's r attribute, read as text: the SDK's own UInt32 conversion throws an OverflowException past 4,294,967,295, so a
    /// number too large for it is refused here as past <see cref="InputLimits.MaxRows"/>, naming the sheet.
    /// </summary>
    private static long RowNumber(string file, string sheet, string? text, InputLimits limits)
    {
        var digits = text?.Trim() ?? "";
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || digits.TrimStart('0').Length == 0)
            throw new WorkbookOpenException(file, $"{sheet}: 行番号（row の r 属性）「{PackageGuard.Shown(digits)}」が 1 以上の整数ではありません（壊れているか、手を加えられたファイルです）。");
        var significant = digits.TrimStart('0');
        if (significant.Length > 10 || !long.TryParse(significant, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > limits.MaxRows)
            throw new WorkbookOpenException(file, $"{sheet}!A{PackageGuard.Shown(significant)}: {PackageGuard.Shown(significant)} 行目に行があり、読み取る行の{InputLimits.Name(nameof(InputLimits.MaxRows), limits.MaxRows)} 行を超えています（壊れているか、手を加えられたファイルです）。") { TooLarge = true };
        return number;
    }

    private static SheetValue? Value(Cell cell, string[] strings, HashSet<uint> percentStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return new SheetValue(cell.InlineString is { } inline ? PlainText(inline) : "");
        if (raw is null) return null;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? new SheetValue(strings[i]) : new SheetValue(raw, Error: true);
        if (type == CellValues.Boolean) return new SheetValue(raw == "1" ? "TRUE" : "FALSE");
        if (type == CellValues.Error) return new SheetValue(raw, Error: true);
        if (type == CellValues.String || type == CellValues.Date) return new SheetValue(raw);
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return new SheetValue(raw, Error: true);
        var percent = cell.StyleIndex?.Value is { } style && percentStyles.Contains(style);
        return new SheetValue(number.ToString(CultureInfo.InvariantCulture), number, percent);
    }

    /// <summary>The text of a shared or inline string: plain text and rich-text runs, never the phonetic guide (ふりがな) Excel stores with it.</summary>
    private static string PlainText(OpenXmlElement item) =>
        string.Concat(item.Elements<Text>().Select(t => t.Text).Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? "")));

    /// <summary>The cell styles whose number format multiplies by 100 (built-in 9 and 10, or a custom format with % outside quotes).</summary>
    private static HashSet<uint> PercentStyles(Stylesheet? stylesheet)
    {
        var result = new HashSet<uint>();
        if (stylesheet?.CellFormats is not { } formats) return result;
        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            if (format.NumberFormatId?.Value is { } id) custom[id] = format.FormatCode?.Value ?? "";
        var index = 0u;
        foreach (var format in formats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is 9 or 10 || (custom.TryGetValue(id, out var code) && HasUnquotedPercent(code))) result.Add(index);
            index++;
        }
        return result;
    }

    private static bool HasUnquotedPercent(string code)
    {
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"': quoted = !quoted; break;
                case '\\': i++; break;
                case '%' when !quoted: return true;
            }
        }
        return false;
    }
}
