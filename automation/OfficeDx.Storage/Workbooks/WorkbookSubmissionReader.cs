using System.Globalization;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Excel;

namespace OfficeDx.Storage.Workbooks;

/// <summary>
/// Reads a department workbook made by <c>officedx excel template</c>: every filled cell of 施策 (a row without a 施策ID is a
/// proposed measure, keyed new:名称), every actual value on 指標, and every filled cell of 用語 (keyed term:用語). It takes what
/// the department typed without the plan (checking against the plan and merging is <c>officedx excel collect</c>'s job), so
/// the stored rows are the same whichever documents a run harvested first. A filled cell it cannot store is a problem naming
/// its sheet and cell, never skipped silently.
/// </summary>
public static class WorkbookSubmissionReader
{
    /// <summary>
    /// The workbook's submission, or null for a workbook without OfficeDx's marker: a library holds all kinds of spreadsheets,
    /// and reporting each of them as a problem would bury the real ones. A file that is not a readable workbook throws
    /// <see cref="WorkbookOpenException"/>.
    /// </summary>
    public static WorkbookSubmission? Read(byte[] bytes, string name)
    {
        var workbook = WorkbookFile.Read(bytes, name);
        if (WorkbookMarker.Read(workbook) is not { } marker) return null;
        var planId = marker.PlanId.Trim();
        var edition = marker.Edition.Trim();
        var department = marker.Department.Trim();
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

        var readers = new Dictionary<SheetLayout, Action<WorkbookSheet, Action<SubmittedValue>, List<(string, string)>>>
        {
            [ExcelLayout.Measures] = ReadMeasures,
            [ExcelLayout.Indicators] = ReadIndicators,
            [ExcelLayout.Terms] = ReadTerms,
        };
        foreach (var layout in ExcelLayout.DataSheets)
        {
            if (workbook.Sheet(layout.Name) is { } sheet) readers[layout](sheet, Add, problems);
            else problems.Add((layout.Name, WorkbookMessages.MissingSheet(layout.Name)));
        }
        // Sheets added by hand and notes typed on 記入要領 are read by nobody; the data sheets report their stray columns themselves.
        const string outcome = WorkbookMessages.NotStored;
        var outside = WorkbookOutline.AddedSheets(workbook, outcome);
        if (workbook.Sheet(ExcelLayout.InstructionsSheet) is { } instructions) outside = outside.Concat(WorkbookOutline.StrayCells(instructions, outcome));
        problems.AddRange(outside.Select(e => (e.Place, e.Message)));
        return new WorkbookSubmission(planId, edition, department, values, problems);
    }

    private static void ReadMeasures(WorkbookSheet sheet, Action<SubmittedValue> add, List<(string Place, string Message)> problems)
    {
        if (!TryFindColumns(sheet, problems, out var found, ExcelLayout.Measures.KeyHeaders)) return;
        var idColumn = found[0];
        // The name's header is the profile's label (施策の名称, 取組事項 …), unknown without the plan; the template always puts
        // the name right after 分野 and 番号.
        var number = Enumerable.Range(1, sheet.LastColumn).FirstOrDefault(c => sheet[c, ExcelLayout.HeaderRow].Text.Trim() == ExcelLayout.NumberHeader);
        var nameColumn = Math.Max(found[1], number) + 1;
        var nameLabel = sheet[nameColumn, ExcelLayout.HeaderRow].Text.Trim();
        var (columns, unlabeled) = Columns(sheet, idColumn);
        var proposalRows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = ExcelLayout.FirstDataRow; row <= sheet.LastRow; row++)
        {
            var id = sheet[idColumn, row].Text.Trim();
            if (id.Length == 0)
            {
                if (!sheet.AnyIn(row, columns.Select(c => c.Column).Concat(unlabeled))) continue;
                var name = Line(sheet[nameColumn, row]);
                if (name.Length == 0)
                {
                    problems.Add((sheet.Place(nameColumn, row),
                        $"施策IDのない行（新しい施策）ですが、{(nameLabel.Length > 0 ? $"「{nameLabel}」" : "名称")}が空です。名称を記入してください。この行は保存していません。"));
                    continue;
                }
                id = SubmittedValue.ProposalPrefix + name;
                if (proposalRows.TryGetValue(id, out var first))
                {
                    problems.Add((sheet.Place(nameColumn, row), $"新しい施策「{name}」は {first} 行目にもあります。1 行にまとめてください。{first} 行目だけを保存しました。"));
                    continue;
                }
                proposalRows.Add(id, row);
            }
            var key = id;
            foreach (var (column, field, year) in columns)
                Take(sheet, column, row, problems, value => add(new SubmittedValue(key, field, 0, year, value, sheet.Place(column, row))));
            Unlabeled(sheet, row, unlabeled, problems);
        }
    }

    private static void ReadIndicators(WorkbookSheet sheet, Action<SubmittedValue> add, List<(string Place, string Message)> problems)
    {
        if (!TryFindColumns(sheet, problems, out var found, ExcelLayout.Indicators.KeyHeaders)) return;
        var (idColumn, numberColumn) = (found[0], found[1]);
        var years = new List<(int Column, int Year)>();
        for (var c = 1; c <= sheet.LastColumn; c++)
        {
            var label = sheet[c, ExcelLayout.HeaderRow].Text.Trim();
            if (ExcelLayout.Indicators.TryParseYear(label, out var year))
                years.Add((c, year.StartYear));
        }
        // The template's columns before the actuals describe the indicator (from the plan, not the department's to change);
        // a column after them that is no fiscal year's 実績 was added by hand, and what it holds has no field.
        var added = years.Count == 0 ? [] : Enumerable.Range(years.Min(y => y.Column), sheet.LastColumn - years.Min(y => y.Column) + 1)
            .Where(c => years.All(y => y.Column != c)).ToList();
        for (var row = ExcelLayout.FirstDataRow; row <= sheet.LastRow; row++)
        {
            foreach (var column in added.Where(c => !sheet[c, row].IsBlank))
                problems.Add((sheet.Place(column, row), WorkbookMessages.AddedColumn + WorkbookMessages.NotStored));
            var id = sheet[idColumn, row].Text.Trim();
            var numberText = sheet[numberColumn, row].Text.Trim();
            if (years.All(y => sheet[y.Column, row].IsBlank)) continue;
            if (id.Length == 0)
            {
                problems.Add((sheet.Place(idColumn, row), "実績が記入されていますが、施策IDが空です。施策IDの列は書き換えないでください。この行の実績は保存していません。"));
                continue;
            }
            if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                problems.Add((sheet.Place(numberColumn, row), $"指標番号「{numberText}」を読み取れません。指標番号の列は書き換えないでください。この行の実績は保存していません。"));
                continue;
            }
            foreach (var (column, year) in years)
                Take(sheet, column, row, problems, value => add(new SubmittedValue(id, SubmittedValue.ActualField, number, year, value, sheet.Place(column, row))));
        }
    }

    private static void ReadTerms(WorkbookSheet sheet, Action<SubmittedValue> add, List<(string Place, string Message)> problems)
    {
        if (!TryFindColumns(sheet, problems, out var found, ExcelLayout.Terms.KeyHeaders)) return;
        var termColumn = found[0];
        // The term itself is stored too (field 用語), as typed, beside よみがな and 解説: the key is only its trimmed form.
        var (columns, unlabeled) = Columns(sheet, 0);
        var termRows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = ExcelLayout.FirstDataRow; row <= sheet.LastRow; row++)
        {
            if (!sheet.AnyIn(row, columns.Select(c => c.Column).Concat(unlabeled))) continue;
            var term = Line(sheet[termColumn, row]);
            if (term.Length == 0)
            {
                problems.Add((sheet.Place(termColumn, row), "よみがな・解説が記入されていますが、用語が空です。用語を記入してください。この行は保存していません。"));
                continue;
            }
            var key = SubmittedValue.TermPrefix + term;
            if (termRows.TryGetValue(key, out var first))
            {
                problems.Add((sheet.Place(termColumn, row), $"用語「{term}」は {first} 行目にもあります。1 行にまとめてください。{first} 行目だけを保存しました。"));
                continue;
            }
            termRows.Add(key, row);
            foreach (var (column, field, year) in columns)
                Take(sheet, column, row, problems, value => add(new SubmittedValue(key, field, 0, year, value, sheet.Place(column, row))));
            Unlabeled(sheet, row, unlabeled, problems);
        }
    }

    /// <summary>
    /// The sheet's labelled columns but <paramref name="skip"/>, as (column, field, fiscal year): a fiscal-year header is the
    /// 工程 of that year, any other header its own field. Columns without a header are returned apart: their values have no field.
    /// </summary>
    private static (List<(int Column, string Field, int Year)> Labelled, List<int> Unlabeled) Columns(WorkbookSheet sheet, int skip)
    {
        var labelled = new List<(int Column, string Field, int Year)>();
        var unlabeled = new List<int>();
        for (var c = 1; c <= sheet.LastColumn; c++)
        {
            if (c == skip) continue;
            var label = sheet[c, ExcelLayout.HeaderRow].Text.Trim();
            if (label.Length == 0) unlabeled.Add(c);
            else labelled.Add(FiscalYear.TryParse(label, out var year) ? (c, SubmittedValue.ScheduleField, year.StartYear) : (c, label, 0));
        }
        return (labelled, unlabeled);
    }

    private static void Unlabeled(WorkbookSheet sheet, int row, List<int> unlabeled, List<(string Place, string Message)> problems)
    {
        foreach (var column in unlabeled.Where(c => !sheet[c, row].IsBlank))
            problems.Add((sheet.Place(column, row), WorkbookMessages.UnlabeledColumn + WorkbookMessages.NotStored));
    }

    private static string Line(SheetValue cell) => cell.Text.Trim();

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

    private static bool TryFindColumns(WorkbookSheet sheet, List<(string Place, string Message)> problems, out int[] columns, IReadOnlyList<string> labels)
    {
        var found = labels.Select(label => Enumerable.Range(1, sheet.LastColumn).FirstOrDefault(c => sheet[c, ExcelLayout.HeaderRow].Text.Trim() == label)).ToArray();
        columns = found;
        var missing = labels.Where((_, i) => found[i] == 0).ToArray();
        if (missing.Length == 0) return true;
        problems.Add((sheet.Place(1, ExcelLayout.HeaderRow), WorkbookMessages.MissingHeaders(missing) + WorkbookMessages.SheetNotStored));
        return false;
    }
}
