namespace OfficeDx.Documents.Excel;

/// <summary>The values of one worksheet, addressed by column and row (1-based).</summary>
public sealed class WorkbookSheet(string name, IReadOnlyDictionary<(int Column, int Row), SheetValue> values)
{
    public string Name { get; } = name;

    public SheetValue this[int column, int row] => values.TryGetValue((column, row), out var value) ? value : SheetValue.Empty;

    public int LastRow { get; } = values.Count == 0 ? 0 : values.Keys.Max(k => k.Row);

    public int LastColumn { get; } = values.Count == 0 ? 0 : values.Keys.Max(k => k.Column);

    public string Place(int column, int row) => CellReference.Place(Name, column, row);

    /// <summary>Every cell that holds something, row by row, left to right.</summary>
    public IEnumerable<(int Column, int Row)> Filled =>
        values.Where(v => !v.Value.IsBlank).Select(v => v.Key).OrderBy(k => k.Row).ThenBy(k => k.Column);

    /// <summary>True when any of the given columns of a row holds something.</summary>
    public bool AnyIn(int row, IEnumerable<int> columns) => columns.Any(c => !this[c, row].IsBlank);
}
