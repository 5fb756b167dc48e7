using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeDx.Documents.Excel;

/// <summary>Collects the cells and column widths of one worksheet being written, and emits them in row and column order.</summary>
internal sealed class SheetCells
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> rows = [];
    private readonly SortedDictionary<int, double> widths = [];
    private readonly List<(int Column, int Row, string Text)> wrapped = [];

    /// <summary>Points per line of 11-point 游ゴシック, and the row height below which a row keeps Excel's default.</summary>
    private const double LineHeight = 15.0;
    private const double DefaultHeight = 18.75;

    public void Text(int column, int row, string? text, uint style)
    {
        var cell = NewCell(column, row, style);
        if (!string.IsNullOrEmpty(text))
        {
            cell.DataType = CellValues.InlineString;
            // Spaces at either end and line feeds are part of the plan's text: keep them.
            cell.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            if (TemplateStyles.Wraps(style)) wrapped.Add((column, row, text));
        }
    }

    public void Number(int column, int row, decimal number, uint style)
    {
        var cell = NewCell(column, row, style);
        cell.CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>An empty cell that carries a style: white and unlocked where a department may type.</summary>
    public void Blank(int column, int row, uint style) => NewCell(column, row, style);

    /// <summary>The text written at a cell, for table column names that must repeat the header.</summary>
    public string? TextAt(int column, int row) =>
        rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? cell.InlineString?.InnerText : null;

    public void Width(int column, double characters) => widths[column] = characters;

    private Cell NewCell(int column, int row, uint style)
    {
        if (!rows.TryGetValue(row, out var cells)) rows[row] = cells = [];
        var cell = new Cell { CellReference = CellReference.Of(column, row), StyleIndex = style == 0 ? null : style };
        cells[column] = cell;
        return cell;
    }

    public Columns? Columns() => widths.Count == 0 ? null :
        new Columns(widths.Select(w => new Column { Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true }));

    /// <summary>
    /// Rows sized to their wrapped text. Neither Excel nor LibreOffice grows a row to fit wrapped text when it opens a file,
    /// so the height is estimated here: a full-width character takes two columns of width, each paragraph starts a line.
    /// </summary>
    public SheetData Data()
    {
        var heights = new Dictionary<int, double>();
        foreach (var (column, row, text) in wrapped)
        {
            var width = Math.Max(1, (widths.TryGetValue(column, out var w) ? w : 8.43) - 1);
            var lines = text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(DisplayWidth(line) / width)));
            var height = lines * LineHeight + 4;
            if (height > DefaultHeight && height > heights.GetValueOrDefault(row)) heights[row] = Math.Min(height, 409);
        }
        return new(rows.Select(r =>
        {
            var element = new Row(r.Value.Values) { RowIndex = (uint)r.Key };
            if (heights.TryGetValue(r.Key, out var height))
            {
                element.Height = height;
                element.CustomHeight = true;
            }
            return element;
        }));
    }

    private static double DisplayWidth(string line) => line.Sum(c => c < 0x2E80 || c is >= '\uFF61' and <= '\uFF9F' ? 1.0 : 2.0);
}
