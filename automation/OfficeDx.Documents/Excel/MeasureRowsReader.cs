using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Excel;

/// <summary>Reads the 施策 sheet: changes to the department's measures, and proposed measures in rows without an id.</summary>
internal static class MeasureRowsReader
{
    public static void Read(WorkbookSheet sheet, Submission submission)
    {
        var labels = new MeasureColumns(submission.Profile, submission.Plan.Period);
        var headers = new SheetHeaders(sheet,
            [ExcelLayout.MeasureIdHeader, ExcelLayout.AreaHeader, ExcelLayout.NumberHeader, labels.NameLabel, labels.OverviewLabel, labels.IndicatorsLabel, labels.DepartmentsLabel],
            ExcelLayout.Measures.YearSuffix ?? "");
        var missing = headers.Missing([.. ExcelLayout.Measures.KeyHeaders, labels.NameLabel, labels.OverviewLabel, labels.IndicatorsLabel, labels.DepartmentsLabel]).ToArray();
        if (missing.Length > 0)
        {
            submission.Reject(sheet.Place(1, ExcelLayout.HeaderRow), null, "見出し", null,
                WorkbookMessages.MissingHeaders(missing) + WorkbookMessages.SheetNotApplied);
            return;
        }
        var columns = new Columns(
            headers[ExcelLayout.MeasureIdHeader]!.Value, headers[ExcelLayout.AreaHeader]!.Value, headers[ExcelLayout.NumberHeader],
            headers[labels.NameLabel]!.Value, headers[labels.OverviewLabel]!.Value, headers[labels.IndicatorsLabel]!.Value, headers[labels.DepartmentsLabel]!.Value,
            YearColumns(sheet, headers, submission), headers.Unknown);
        var outOfPeriod = headers.Years.Where(y => !submission.Plan.Period.Contains(y.Year)).ToArray();

        var rowsById = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var proposals = new List<(int Row, NewMeasure Measure)>();
        for (var row = ExcelLayout.FirstDataRow; row <= sheet.LastRow; row++)
        {
            var id = CellText.Line(sheet[columns.Id, row]);
            if (id.Length > 0)
            {
                if (!rowsById.TryGetValue(id, out var rows)) rowsById[id] = rows = [];
                rows.Add(row);
            }
            else
            {
                // The template leaves 番号 blank and locked in the proposal rows: a number typed there is not the department's to give.
                if (columns.Number is { } numberColumn && !sheet[numberColumn, row].IsBlank
                    && ExcelLayout.Measures.IsLocked(ExcelLayout.NumberHeader, submission.Profile, proposalRow: true))
                    submission.Locked(sheet.Place(numberColumn, row), null, ExcelLayout.NumberHeader, ExcelLayout.NumberHeader,
                        sheet[numberColumn, row].Text, "", NumberHint);
                if (sheet.AnyIn(row, columns.Editable.Concat(outOfPeriod.Select(y => y.Column))) &&
                    NewMeasure.Read(sheet, row, columns, outOfPeriod, submission) is { } proposal) proposals.Add((row, proposal));
            }
        }

        foreach (var (id, rows) in rowsById)
        {
            var inScope = submission.Scope!.Measures.FirstOrDefault(x => x.Measure.Id == id);
            string? problem =
                !submission.Measures.ContainsKey(id) ? $"施策ID「{id}」は計画にありません。施策IDの列は書き換えないでください（書き換えられたか、別の様式の行が貼り付けられています）。この行の内容は反映していません。"
                : inScope.Measure is null ? $"施策ID「{id}」は{submission.Department}の施策ではありません。施策IDの列は書き換えないでください。この行の内容は反映していません。"
                : rows.Count > 1 ? $"施策ID「{id}」の行が {rows.Count} 行あります（{string.Join("、", rows.Select(r => $"{r}行目"))}）。1 行にまとめてください。どの行の内容も反映していません。"
                : null;
            if (problem is not null)
            {
                foreach (var row in rows) submission.Reject(sheet.Place(columns.Id, row), id, ExcelLayout.MeasureIdHeader, RowSummary(sheet, row, columns), problem);
                continue;
            }
            ExistingRow(sheet, rows[0], inScope.Area, inScope.Measure!, columns, outOfPeriod, submission);
        }

        foreach (var group in proposals.GroupBy(p => p.Measure.Key, StringComparer.Ordinal))
        {
            var items = group.ToArray();
            if (items.Length > 1)
            {
                foreach (var (row, measure) in items)
                    submission.Reject(sheet.Place(columns.Name, row), null, "新しい施策", measure.Summary,
                        $"同じ分野に同じ名称の新しい施策が {items.Length} 行あります（{string.Join("、", items.Select(i => $"{i.Row}行目"))}）。1 行にまとめてください。どの行も反映していません。");
                continue;
            }
            var (proposalRow, proposed) = items[0];
            submission.Propose(proposed.Key, sheet.Place(columns.Name, proposalRow), null, "新しい施策", null, proposed.Summary,
                draft => draft.Add(proposed.AreaId, proposed.Measure));
        }

        foreach (var (_, measure) in submission.Scope!.Measures.Where(x => !rowsById.ContainsKey(x.Measure.Id)))
            submission.Notice(sheet.Place(columns.Id, ExcelLayout.HeaderRow), measure.Id, ExcelLayout.MeasureIdHeader,
                $"施策「{measure.Name}」（{measure.Id}）の行がありません。この施策は変更なしとして扱いました。");
    }

    private const string MovedAreaHint = "施策を別の分野へ移すときは DX推進担当に連絡してください。";
    private const string NumberHint = "番号は計画を改訂するときに DX推進担当が付けます。";

    private static List<(FiscalYear Year, int Column)> YearColumns(WorkbookSheet sheet, SheetHeaders headers, Submission submission)
    {
        var result = new List<(FiscalYear Year, int Column)>();
        foreach (var (year, column) in headers.Years.Where(y => submission.Plan.Period.Contains(y.Year)))
        {
            if (result.Any(r => r.Year == year))
                submission.Reject(sheet.Place(column, ExcelLayout.HeaderRow), null, "見出し", year.ToString(), $"{year}の列が二つあります。この列の内容は反映していません。");
            else result.Add((year, column));
        }
        return result;
    }

    private static void ExistingRow(WorkbookSheet sheet, int row, Area area, Measure measure, Columns columns,
        IReadOnlyList<(FiscalYear Year, int Column)> outOfPeriod, Submission submission)
    {
        var id = measure.Id;
        var profile = submission.Profile;
        var areaText = CellText.Line(sheet[columns.Area, row]);
        var areaLabel = submission.Scope!.AreaLabel(area);
        if (areaText != areaLabel && ExcelLayout.Measures.IsLocked(ExcelLayout.AreaHeader, profile))
            submission.Locked(sheet.Place(columns.Area, row), id, ExcelLayout.AreaHeader, ExcelLayout.AreaHeader, areaText, areaLabel, MovedAreaHint);
        if (columns.Number is { } numberColumn && ExcelLayout.Measures.IsLocked(ExcelLayout.NumberHeader, profile)
            && CellText.Line(sheet[numberColumn, row]) is var number && number != (measure.Number ?? ""))
            submission.Locked(sheet.Place(numberColumn, row), id, ExcelLayout.NumberHeader, ExcelLayout.NumberHeader, number, measure.Number ?? "", NumberHint);

        var name = CellText.Line(sheet[columns.Name, row]);
        if (name != measure.Name)
        {
            var label = profile.Row(MeasureField.Name).Label;
            if (CellText.LineProblem(name, label) is { } problem)
                submission.Reject(sheet.Place(columns.Name, row), id, label, name, problem + "反映していません。", measure.Name);
            else
                submission.Propose($"{id}|name", sheet.Place(columns.Name, row), id, label, measure.Name, name,
                    draft => draft.Change(id, m => m with { Name = name }));
        }

        var overview = CellText.Paragraphs(sheet[columns.Overview, row]);
        if (overview != measure.Overview)
        {
            var label = profile.Row(MeasureField.Overview).Label;
            if (CellText.ParagraphProblem(overview, label) is { } problem)
                submission.Reject(sheet.Place(columns.Overview, row), id, label, overview, problem + "反映していません。", measure.Overview);
            else
                submission.Propose($"{id}|overview", sheet.Place(columns.Overview, row), id, label, measure.Overview, overview,
                    draft => draft.Change(id, m => m with { Overview = overview }));
        }

        foreach (var (year, column) in columns.Years)
        {
            var cell = sheet[column, row];
            var field = $"{year}のスケジュール";
            if (!PhaseCell.TryRead(cell, out var phase, out var problem))
            {
                submission.Reject(sheet.Place(column, row), id, field, cell.Text, problem, Label(measure.PhaseIn(year)));
                continue;
            }
            if (phase == measure.PhaseIn(year)) continue;
            submission.Propose($"{id}|phase|{year.StartYear}", sheet.Place(column, row), id, field, Label(measure.PhaseIn(year)), Label(phase),
                draft => draft.Change(id, m => MeasureEdits.WithPhase(m, year, phase)));
        }
        OutsidePeriod(sheet, row, id, outOfPeriod, submission);

        var indicators = CellText.Items(sheet[columns.Indicators, row]);
        var names = measure.Indicators.Select(i => i.Name).ToArray();
        if (!indicators.SequenceEqual(names, StringComparer.Ordinal))
        {
            var label = profile.Row(MeasureField.Indicators).Label;
            if (indicators.Count < names.Length)
                submission.Reject(sheet.Place(columns.Indicators, row), id, label, string.Join("\n", indicators),
                    $"指標を {names.Length} 件から {indicators.Count} 件に減らすことはこの様式ではできません（実績値が失われるため）。指標をやめるときは DX推進担当に連絡してください。反映していません。",
                    string.Join("\n", names));
            else
                submission.Propose($"{id}|indicators", sheet.Place(columns.Indicators, row), id, label, string.Join("\n", names), string.Join("\n", indicators),
                    draft => draft.Change(id, m => MeasureEdits.WithIndicatorNames(m, indicators)));
        }

        var departments = CellText.Items(sheet[columns.Departments, row], ExcelLayout.DepartmentSeparators);
        if (!departments.SequenceEqual(measure.Departments, StringComparer.Ordinal))
        {
            var label = profile.Row(MeasureField.Departments).Label;
            var separator = ExcelLayout.DepartmentSeparators[0].ToString();
            submission.Propose($"{id}|departments", sheet.Place(columns.Departments, row), id, label,
                string.Join(separator, measure.Departments), string.Join(separator, departments),
                draft => draft.Change(id, m => m with { Departments = departments }));
        }

        foreach (var column in columns.Unknown.Where(c => !sheet[c, row].IsBlank))
            submission.Reject(sheet.Place(column, row), id, sheet[column, ExcelLayout.HeaderRow].Text, sheet[column, row].Text,
                WorkbookMessages.AddedColumn + WorkbookMessages.NotApplied);
    }

    internal static void OutsidePeriod(WorkbookSheet sheet, int row, string? id, IReadOnlyList<(FiscalYear Year, int Column)> outOfPeriod, Submission submission)
    {
        foreach (var (year, column) in outOfPeriod.Where(y => !sheet[y.Column, row].IsBlank))
            submission.Reject(sheet.Place(column, row), id, year.ToString(), sheet[column, row].Text,
                $"{year}は計画期間（{submission.Plan.Period.From}～{submission.Plan.Period.To}）の外です。反映していません。");
    }

    internal static string Label(Phase phase) => phase == Phase.None ? "" : phase.Label();

    private static string RowSummary(WorkbookSheet sheet, int row, Columns columns) =>
        string.Join("／", new[] { columns.Name, columns.Overview }.Concat(columns.Years.Select(y => y.Column)).Append(columns.Indicators).Append(columns.Departments)
            .Select(c => sheet[c, row].Text).Where(t => t.Length > 0));

    /// <summary>Where each field of the 施策 sheet was found, by header.</summary>
    internal sealed record Columns(int Id, int Area, int? Number, int Name, int Overview, int Indicators, int Departments,
        IReadOnlyList<(FiscalYear Year, int Column)> Years, IReadOnlyList<int> Unknown)
    {
        /// <summary>The columns a department may fill in a row of its own.</summary>
        public IEnumerable<int> Editable => new[] { Area, Name, Overview, Indicators, Departments }.Concat(Years.Select(y => y.Column)).Concat(Unknown);
    }
}
