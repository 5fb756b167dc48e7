using System.Globalization;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Excel;

/// <summary>Reads the 指標 sheet: actual values per fiscal year, parsed as a Japanese office types numbers and written back in the indicator's text form.</summary>
internal static class IndicatorRowsReader
{
    public static void Read(WorkbookSheet sheet, Submission submission)
    {
        var plan = submission.Plan;
        var labels = new IndicatorColumns(plan.Period, submission.Profile);
        var fixedLabels = labels.Headers().Take(IndicatorColumns.FirstActual - 1).ToArray();
        var headers = new SheetHeaders(sheet, fixedLabels, ExcelLayout.Indicators.YearSuffix ?? "");
        var missing = headers.Missing(ExcelLayout.Indicators.KeyHeaders).ToArray();
        if (missing.Length > 0)
        {
            submission.Reject(sheet.Place(1, ExcelLayout.HeaderRow), null, "見出し", null,
                WorkbookMessages.MissingHeaders(missing) + WorkbookMessages.SheetNotApplied);
            return;
        }
        var idColumn = headers[ExcelLayout.MeasureIdHeader]!.Value;
        var indexColumn = headers[ExcelLayout.IndicatorNumberHeader]!.Value;
        var years = new List<(FiscalYear Year, int Column)>();
        foreach (var (year, column) in headers.Years.Where(y => plan.Period.Contains(y.Year)))
        {
            if (years.Any(y => y.Year == year))
                submission.Reject(sheet.Place(column, ExcelLayout.HeaderRow), null, "見出し", year.ToString(), $"{year}実績の列が二つあります。この列の内容は反映していません。");
            else years.Add((year, column));
        }
        var outOfPeriod = headers.Years.Where(y => !plan.Period.Contains(y.Year)).ToArray();
        var valueColumns = years.Select(y => y.Column).Concat(outOfPeriod.Select(y => y.Column)).Concat(headers.Unknown).ToArray();

        var lastHeader = Enumerable.Range(1, sheet.LastColumn).LastOrDefault(c => !sheet[c, ExcelLayout.HeaderRow].IsBlank);
        var rowsByKey = new Dictionary<(string, string), List<int>>();
        for (var row = ExcelLayout.FirstDataRow; row <= sheet.LastRow; row++)
        {
            var id = CellText.Line(sheet[idColumn, row]);
            var index = CellText.Line(sheet[indexColumn, row]);
            if (id.Length == 0 && index.Length == 0)
            {
                // Any column of such a row, not only the actuals: the template writes nothing there, so nothing there is read.
                foreach (var column in Enumerable.Range(1, lastHeader).Where(c => !sheet[c, row].IsBlank))
                    submission.Reject(sheet.Place(column, row), null, sheet[column, ExcelLayout.HeaderRow].Text, sheet[column, row].Text,
                        "施策IDと指標番号のない行に値があります。どの指標の値か分からないため反映していません。");
                continue;
            }
            if (!rowsByKey.TryGetValue((id, index), out var rows)) rowsByKey[(id, index)] = rows = [];
            rows.Add(row);
        }

        foreach (var ((id, indexText), rows) in rowsByKey)
        {
            var owned = submission.Scope!.Measures.FirstOrDefault(x => x.Measure.Id == id).Measure;
            var indicatorIndex = int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n - 1 : -1;
            string? problem =
                !submission.Measures.ContainsKey(id) ? $"施策ID「{id}」は計画にありません。施策IDの列は書き換えないでください。この行の値は反映していません。"
                : owned is null ? $"施策ID「{id}」は{submission.Department}の施策ではありません。この行の値は反映していません。"
                : indicatorIndex < 0 || indicatorIndex >= owned.Indicators.Count ? $"施策「{owned.Name}」に指標番号「{indexText}」の指標はありません。指標番号の列は書き換えないでください。この行の値は反映していません。"
                : rows.Count > 1 ? $"施策ID「{id}」の指標{indexText}の行が {rows.Count} 行あります（{string.Join("、", rows.Select(r => $"{r}行目"))}）。1 行にまとめてください。どの行の値も反映していません。"
                : null;
            if (problem is not null)
            {
                foreach (var row in rows)
                {
                    var filled = valueColumns.Where(c => !sheet[c, row].IsBlank).ToArray();
                    if (filled.Length == 0) submission.Reject(sheet.Place(idColumn, row), id, ExcelLayout.MeasureIdHeader, id, problem);
                    foreach (var column in filled)
                        submission.Reject(sheet.Place(column, row), id, sheet[column, ExcelLayout.HeaderRow].Text, sheet[column, row].Text, problem);
                }
                continue;
            }
            IndicatorRow(sheet, rows[0], owned!, indicatorIndex, headers, years, submission);
            MeasureRowsReader.OutsidePeriod(sheet, rows[0], id, outOfPeriod, submission);
            foreach (var column in headers.Unknown.Where(c => !sheet[c, rows[0]].IsBlank))
                submission.Reject(sheet.Place(column, rows[0]), id, sheet[column, ExcelLayout.HeaderRow].Text, sheet[column, rows[0]].Text,
                    WorkbookMessages.AddedColumn + WorkbookMessages.NotApplied);
        }
    }

    private static void IndicatorRow(WorkbookSheet sheet, int row, Measure measure, int index, SheetHeaders headers,
        IReadOnlyList<(FiscalYear Year, int Column)> years, Submission submission)
    {
        var indicator = measure.Indicators[index];
        var unit = IndicatorUnit.Of(indicator);
        var style = submission.Profile.FiscalYearStyle;
        var nameLabel = submission.Profile.Row(MeasureField.Name).Label;
        var indicatorsLabel = submission.Profile.Row(MeasureField.Indicators).Label;
        const string askOffice = "変更が必要なときは DX推進担当に連絡してください。";
        // The reference columns are copied from the plan and locked: a change there (after unprotecting) is reported, never merged.
        (string Label, string Expected, string WhereInstead)[] reference =
        [
            (nameLabel, measure.Name, $"名称の変更は記入要領のとおり「{ExcelLayout.MeasuresSheet}」シートの「{nameLabel}」欄に書いてください。"),
            (ExcelLayout.IndicatorNameHeader, indicator.Name, $"指標名の変更は記入要領のとおり「{ExcelLayout.MeasuresSheet}」シートの「{indicatorsLabel}」欄に書いてください。"),
            (ExcelLayout.UnitHeader, unit.Unit, askOffice),
            (ExcelLayout.BaselineYearHeader, indicator.Baseline?.FiscalYear.Format(style) ?? "", askOffice),
            (ExcelLayout.BaselineValueHeader, indicator.Baseline?.Value ?? "", askOffice),
            (ExcelLayout.TargetYearHeader, string.Join("\n", indicator.Targets.Select(t => t.FiscalYear.Format(style))), askOffice),
            (ExcelLayout.TargetValueHeader, string.Join("\n", indicator.Targets.Select(t => t.Value)), askOffice),
        ];
        foreach (var (label, expected, whereInstead) in reference)
        {
            // Which columns are the plan's is the layout's to say (the template locks the same ones); this table only gives their values.
            if (!ExcelLayout.Indicators.IsLocked(label, submission.Profile) || headers[label] is not { } column) continue;
            var text = CellText.Paragraphs(sheet[column, row]);
            if (text != expected)
                submission.Locked(sheet.Place(column, row), measure.Id, $"指標{index + 1} {label}", label, text, expected, whereInstead);
        }

        foreach (var (year, column) in years)
        {
            var original = indicator.Actuals.FirstOrDefault(a => a.FiscalYear == year)?.Value;
            var field = $"指標{index + 1} {year}実績";
            var cell = sheet[column, row];
            if (!ActualCell.TryRead(cell, unit, original, out var value, out var problem))
            {
                submission.Reject(sheet.Place(column, row), measure.Id, field, cell.Text, problem, original);
                continue;
            }
            if (value == original) continue;
            var id = measure.Id;
            submission.Propose($"{id}|actual|{index}|{year.StartYear}", sheet.Place(column, row), id, field, original, value,
                draft => draft.Change(id, m => MeasureEdits.WithActual(m, index, year, value)));
        }
    }
}
