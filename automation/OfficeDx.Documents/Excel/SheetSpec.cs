using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeDx.Documents.Excel;

/// <summary>Everything about one template sheet besides its cells: frozen panes, protection, validation, print titles, an Excel table.</summary>
internal sealed class SheetSpec(string name, SheetCells cells)
{
    public string Name { get; } = name;
    public SheetCells Cells { get; } = cells;
    /// <summary>Rows and columns kept in view while scrolling (the header rows and the identifying columns).</summary>
    public int FrozenRows { get; init; }
    public int FrozenColumns { get; init; }
    public bool Protected { get; init; } = true;
    public bool Hidden { get; init; }
    public List<DataValidation> Validations { get; } = [];
    /// <summary>Rows repeated at the top of every printed page.</summary>
    public int? PrintTitleRow { get; init; }
    /// <summary>The range of the Excel table (ListObject) with its header, or null for a sheet without one.</summary>
    public (string Name, int LastColumn, int LastRow)? Table { get; init; }
}
