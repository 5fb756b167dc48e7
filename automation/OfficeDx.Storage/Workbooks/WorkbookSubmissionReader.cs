using System.Globalization;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Excel;

namespace OfficeDx.Storage.Workbooks;

/// <summary>
/// Reads a department workbook made by <c>officedx excel template</c>: every filled cell of a row with a 施策ID on 施策, and every
/// actual value on 指標. It takes what the department typed without the plan (checking against the plan and merging is
/// <c>officedx excel collect</c>'s job), so the stored rows are the same whichever documents a run harvested first.
/// </summary>
public static class WorkbookSubmissionReader
{
    // The marker sheet holds the plan id in B1, the edition in B2 and the department in B3 (ExcelLayout).
    private const int MarkerValueColumn = 2;

    /// <summary>
    /// The workbook's submission, or null for a workbook without OfficeDx's marker: a library holds all kinds of spreadsheets,
    /// and reporting each of them as a problem would bury the real ones. A file that is not a readable workbook throws
    /// <see cref="WorkbookOpenException"/>.
    /// </summary>
    public static WorkbookSubmission? Read(byte[] bytes, string name)
    {
        var workbook = WorkbookFile.Read(bytes, name);
        if (workbook.Sheet(ExcelLayout.MarkerSheet) is not { } marker) return null;
        var planId = marker[MarkerValueColumn, 1].Text.Trim();
        var edition = marker[MarkerValueColumn, 2].Text.Trim();
        var department = marker[MarkerValueColumn, 3].Text.Trim();
        var problems = new List<(string Place, string Message)>();
        if (planId.Length == 0 || department.Length == 0)
        {
            problems.Add(("様式", "様式を識別する情報（計画ID・担当課）が欠けています。配布された様式に記入し直してください。内容は保存していません。"));
            return new WorkbookSubmission(planId, edition, department, [], problems);
        }

        var values = new List<SubmittedValue>();
        var firstPlace = new Dictionary<(string, string, int, int), string>();
        void Add(SubmittedValue value)
        {
            if (firstPlace.TryGetValue(value.Key, out var first))
                problems.Add((value.Place, $"{first} と同じ施策・項目の値です。最初の値（{first}）だけを保存しました。"));
            else
            {
                firstPlace.Add(value.Key, value.Place);
                values.Add(value);
            }
        }

        foreach (var (sheetName, read) in new (string, Action<WorkbookSheet, Action<SubmittedValue>, List<(string, string)>>)[]
                 {
                     (ExcelLayout.MeasuresSheet, ReadMeasures),
                     (ExcelLayout.IndicatorsSheet, ReadIndicators),
                 })
        {
            if (workbook.Sheet(sheetName) is { } sheet) read(sheet, Add, problems);
            else problems.Add((sheetName, $"シート「{sheetName}」がありません。シート名を変えたり削除したりしないでください。"));
        }
        return new WorkbookSubmission(planId, edition, department, values, problems);
    }

    private static void ReadMeasures(WorkbookSheet sheet, Action<SubmittedValue> add, List<(string Place, string Message)> problems)
    {
        if (!TryFindColumns(sheet, problems, out var found, ExcelLayout.MeasureIdHeader)) return;
        var idColumn = found[0];
        var columns = new List<(int Column, string Field, int Year)>();
        for (var c = 1; c <= sheet.LastColumn; c++)
        {
            var label = sheet[c, ExcelLayout.HeaderRow].Text.Trim();
            if (c == idColumn || label.Length == 0) continue;
            columns.Add(FiscalYear.TryParse(label, out var year) ? (c, SubmittedValue.ScheduleField, year.StartYear) : (c, label, 0));
        }
        for (var row = ExcelLayout.FirstDataRow; row <= sheet.LastRow; row++)
        {
            // A row without an id proposes a new measure; it has no stable key until collect gives it one.
            var id = sheet[idColumn, row].Text.Trim();
            if (id.Length == 0) continue;
            foreach (var (column, field, year) in columns)
                Take(sheet, column, row, problems, value => add(new SubmittedValue(id, field, 0, year, value, sheet.Place(column, row))));
        }
    }

    private static void ReadIndicators(WorkbookSheet sheet, Action<SubmittedValue> add, List<(string Place, string Message)> problems)
    {
        if (!TryFindColumns(sheet, problems, out var found, ExcelLayout.MeasureIdHeader, ExcelLayout.IndicatorNumberHeader)) return;
        var (idColumn, numberColumn) = (found[0], found[1]);
        var years = new List<(int Column, int Year)>();
        for (var c = 1; c <= sheet.LastColumn; c++)
        {
            var label = sheet[c, ExcelLayout.HeaderRow].Text.Trim();
            if (label.EndsWith(ExcelLayout.ActualSuffix, StringComparison.Ordinal) && FiscalYear.TryParse(label[..^ExcelLayout.ActualSuffix.Length], out var year))
                years.Add((c, year.StartYear));
        }
        for (var row = ExcelLayout.FirstDataRow; row <= sheet.LastRow; row++)
        {
            var id = sheet[idColumn, row].Text.Trim();
            var numberText = sheet[numberColumn, row].Text.Trim();
            if (id.Length == 0 || years.All(y => sheet[y.Column, row].IsBlank)) continue;
            if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                problems.Add((sheet.Place(numberColumn, row), $"指標番号「{numberText}」を読み取れません。指標番号の列は書き換えないでください。この行の実績は保存していません。"));
                continue;
            }
            foreach (var (column, year) in years)
                Take(sheet, column, row, problems, value => add(new SubmittedValue(id, SubmittedValue.ActualField, number, year, value, sheet.Place(column, row))));
        }
    }

    /// <summary>Hands a filled cell's value on; an error value (#N/A …) is a problem, a blank cell nothing.</summary>
    private static void Take(WorkbookSheet sheet, int column, int row, List<(string Place, string Message)> problems, Action<string> take)
    {
        var cell = sheet[column, row];
        if (cell.Error) problems.Add((sheet.Place(column, row), $"エラー値（{cell.Text}）です。保存していません。"));
        else if (!cell.IsBlank) take(Text(cell));
    }

    /// <summary>
    /// A number in invariant form (38.4% in a percent cell is 38.4, as collect reads it for a % indicator); text with line breaks
    /// as \n and without surrounding spaces.
    /// </summary>
    private static string Text(SheetValue cell) => cell.Number switch
    {
        { } number when cell.Percent => WithoutTrailingZeros((number * 100).ToString(CultureInfo.InvariantCulture)),
        { } => cell.Text,
        _ => cell.Text.Replace("\r\n", "\n").Replace('\r', '\n').Trim(),
    };

    private static string WithoutTrailingZeros(string number) => number.Contains('.') ? number.TrimEnd('0').TrimEnd('.') : number;

    private static bool TryFindColumns(WorkbookSheet sheet, List<(string Place, string Message)> problems, out int[] columns, params string[] labels)
    {
        var found = labels.Select(label => Enumerable.Range(1, sheet.LastColumn).FirstOrDefault(c => sheet[c, ExcelLayout.HeaderRow].Text.Trim() == label)).ToArray();
        columns = found;
        var missing = labels.Where((_, i) => found[i] == 0).ToArray();
        if (missing.Length == 0) return true;
        problems.Add((sheet.Place(1, ExcelLayout.HeaderRow),
            $"見出し「{string.Join("」「", missing)}」が見つかりません。列を消したり見出しを書き換えたりしないでください。このシートの値は保存していません。"));
        return false;
    }
}
