namespace OfficeDx.Documents.Excel;

/// <summary>The 用語 sheet: blank rows for proposing glossary terms (term, reading, definition).</summary>
internal static class TermSheet
{
    public static SheetSpec Build(DepartmentScope scope)
    {
        var cells = new SheetCells();
        cells.Text(1, 1, $"用語集に加えたい用語（{scope.Department}）", TemplateStyles.Title);
        cells.Text(1, 2, "用語・よみがな（ひらがな）・解説を書いてください。用語集にすでにある用語は書かなくてかまいません。", TemplateStyles.Default);
        var headers = ExcelLayout.TermHeaders;
        for (var c = 0; c < headers.Count; c++) cells.Text(c + 1, ExcelLayout.HeaderRow, headers[c], TemplateStyles.Header);
        for (var row = ExcelLayout.FirstDataRow; row < ExcelLayout.FirstDataRow + ExcelLayout.TermRows; row++)
            for (var c = 1; c <= headers.Count; c++) cells.Blank(c, row, TemplateStyles.Editable);
        cells.Width(1, 24);
        cells.Width(2, 24);
        cells.Width(3, 80);
        return new SheetSpec(ExcelLayout.TermsSheet, cells) { FrozenRows = ExcelLayout.HeaderRow, PrintTitleRow = ExcelLayout.HeaderRow };
    }
}
