namespace OfficeDx.Documents.Excel;

/// <summary>
/// Finds what a returned workbook holds outside the template: sheets a department added by hand, and values typed beside the
/// columns and rows the template uses. No reader looks there, so each is reported instead of being dropped silently.
/// </summary>
public static class WorkbookOutline
{
    /// <summary>Stray cells listed one by one on a sheet; any more are summed up in one further entry.</summary>
    public const int CellsListedPerSheet = 20;

    private static readonly HashSet<string> TemplateSheets = new(StringComparer.Ordinal)
    {
        ExcelLayout.InstructionsSheet, ExcelLayout.MeasuresSheet, ExcelLayout.IndicatorsSheet, ExcelLayout.TermsSheet, ExcelLayout.MarkerSheet,
    };

    /// <summary>One entry per sheet the template does not have; <paramref name="outcome"/> says what became of it (反映していません。).</summary>
    public static IEnumerable<OutsideEntry> AddedSheets(WorkbookFile workbook, string outcome)
    {
        foreach (var name in workbook.SheetNames.Where(n => !TemplateSheets.Contains(n)))
        {
            // A chart sheet has no cells: it is reported at A1 all the same, so the add-in can name it.
            var filled = workbook.Sheet(name)?.Filled.ToArray();
            var (column, row) = filled is { Length: > 0 } ? filled[0] : (1, 1);
            var value = filled switch { null => "（グラフのシート）", [] => "（空のシート）", _ => $"値のあるセル {filled.Length} か所" };
            yield return new OutsideEntry(CellReference.Place(name, column, row), "シート", value,
                $"様式にないシート「{name}」があります。追加したシートは読み取っていません。記入は「{ExcelLayout.MeasuresSheet}」「{ExcelLayout.IndicatorsSheet}」「{ExcelLayout.TermsSheet}」シートの白いセルに書いてください。{outcome}");
        }
    }

    /// <summary>
    /// Values outside the cells the template uses on one of its sheets: on 記入要領 anything but the instructions in column A;
    /// elsewhere anything beside the title and hint (A1, A2) or right of the last column with a header.
    /// </summary>
    public static IEnumerable<OutsideEntry> StrayCells(WorkbookSheet sheet, string outcome)
    {
        if (sheet.Name == ExcelLayout.MarkerSheet || !TemplateSheets.Contains(sheet.Name)) return [];
        var lastHeader = Enumerable.Range(1, sheet.LastColumn).LastOrDefault(c => !sheet[c, ExcelLayout.HeaderRow].IsBlank);
        bool Outside((int Column, int Row) cell) => sheet.Name == ExcelLayout.InstructionsSheet
            ? cell.Column > 1 || cell.Row > InstructionSheet.LastRow
            : cell.Row < ExcelLayout.HeaderRow ? cell.Column > 1 : cell.Column > lastHeader;
        var stray = sheet.Filled.Where(Outside).ToArray();
        var entries = stray.Take(CellsListedPerSheet).Select(c => new OutsideEntry(sheet.Place(c.Column, c.Row), "様式の外のセル", sheet[c.Column, c.Row].Text,
            $"様式の記入欄の外に値があります。この値は読み取っていません。記入は様式の白いセルに書いてください。{outcome}")).ToList();
        if (stray.Length > CellsListedPerSheet)
        {
            var rest = stray[CellsListedPerSheet..];
            var (first, last) = (CellReference.Of(rest[0].Column, rest[0].Row), CellReference.Of(rest[^1].Column, rest[^1].Row));
            entries.Add(new OutsideEntry(sheet.Place(rest[0].Column, rest[0].Row), "様式の外のセル", $"ほか {rest.Length} か所",
                $"「{sheet.Name}」シートには、ほかにも様式の記入欄の外に値のあるセルが {rest.Length} か所あります（{first}～{last}）。どの値も読み取っていません。{outcome}"));
        }
        return entries;
    }
}
