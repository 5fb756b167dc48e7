using System.Text.RegularExpressions;
using OfficeDx.Core.Model;
using OfficeDx.Core.Text;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Reads a KPI table: the first row is the heading, its first column the indicators. A column is a baseline, target or actual
/// column by the words of its heading (indicators.baselineWords… : 現状値, 目標値), with the year in the heading when there is
/// one (目標値（令和7年度）); a heading that is only a year (2021年度) is a year column: the first of them is the baseline when no
/// column says 基準/現状, the others targets. A value may carry its own year (31手続（R4）); without any year, the plan period
/// gives it (baseline: the year before the period, target: its last year) and the report says so. -, ― and blank are no value.
/// </summary>
internal sealed partial class KpiTableReader(Profile profile, Func<PlanPeriod?> period)
{
    private enum Column { None, Baseline, Target, Actual }

    /// <summary>True when a row looks like a KPI table heading: at least one cell after the first is a year or a baseline/target word.</summary>
    public bool IsHeading(IReadOnlyList<string> cells) =>
        cells.Count >= 2 && cells.Skip(1).Any(c => Classify(c).Kind != Column.None);

    public IReadOnlyList<Indicator> Read(LegacyTable table, string place, List<DocumentProblem> problems, MeasureNotes notes, List<RevisionNote> measureNotes)
    {
        if (table.Rows.Count == 0) return [];
        var header = table.Rows[0].Select(c => string.Join("", c.Lines)).ToArray();
        var columns = header.Select(Classify).ToArray();
        columns[0] = (Column.None, null, false);
        // Year-only columns (2021年度 | 2025年度): the first is the baseline unless a column names the baseline.
        var yearOnly = columns.Select((c, i) => (c, i)).Where(x => x.c.Kind == Column.Target && x.c.YearOnly).Select(x => x.i).ToArray();
        if (yearOnly.Length >= 2 && !columns.Any(c => c.Kind == Column.Baseline)) columns[yearOnly[0]] = columns[yearOnly[0]] with { Kind = Column.Baseline };
        var kpiPlace = place + " の KPI 表";
        if (columns.All(c => c.Kind == Column.None))
        {
            problems.Add(new DocumentProblem(kpiPlace, $"見出し行（{string.Join(" / ", header)}）から基準値・目標値の列が読めません。値は読み込みませんでした。表の内容: {table.Content()}"));
        }
        var indicators = new List<Indicator>();
        foreach (var row in table.Rows.Skip(1))
        {
            if (row.All(c => c.IsEmpty || c.Continued)) continue;
            var nameLines = notes.Take(row[0].Continued ? [] : row[0].Lines, measureNotes);
            var name = string.Join("", nameLines);
            if (name.Length == 0)
            {
                var rest = row.Skip(1).SelectMany(c => c.Lines).ToArray();
                if (rest.Length > 0) problems.Add(new DocumentProblem(kpiPlace, $"指標名の無い行（{string.Join(" ", rest)}）は読み込みませんでした。"));
                continue;
            }
            IndicatorValue? baseline = null;
            var targets = new List<IndicatorValue>();
            var actuals = new List<IndicatorValue>();
            foreach (var cell in row.Skip(1))
            {
                var column = Enumerable.Range(cell.Column, cell.Span).Select(c => c < columns.Length ? columns[c] : (Kind: Column.None, Year: (FiscalYear?)null, YearOnly: false)).FirstOrDefault(c => c.Kind != Column.None);
                var text = string.Join(" ", notes.Take(cell.Lines, measureNotes)).Trim();
                if (text.Length == 0 || notes.IsEmptyValue(text)) continue;
                if (column.Kind == Column.None)
                {
                    problems.Add(new DocumentProblem(kpiPlace, $"指標「{name}」の「{text}」はどの列（基準値・目標値）か分かりません。読み込みませんでした。"));
                    continue;
                }
                var (value, own) = ValueYear(text);
                var year = own ?? column.Year ?? Fallback(column.Kind);
                if (year is null)
                {
                    problems.Add(new DocumentProblem(kpiPlace, $"指標「{name}」の「{text}」の年度が、見出しにも値にも計画期間にもありません。読み込みませんでした。"));
                    continue;
                }
                if (own is null && column.Year is null)
                    problems.Add(new DocumentProblem(kpiPlace, $"指標「{name}」の「{text}」は年度が書かれていないため、計画期間から{year.Value.Format(profile.FiscalYearStyle)}としました。", DocumentProblemKind.Uncertain));
                var read = new IndicatorValue { FiscalYear = year.Value, Value = value };
                switch (column.Kind)
                {
                    case Column.Baseline: baseline ??= read; break;
                    case Column.Target: targets.Add(read); break;
                    default: actuals.Add(read); break;
                }
            }
            indicators.Add(new Indicator { Name = name, Baseline = baseline, Targets = targets.OrderBy(t => t.FiscalYear).ToArray(), Actuals = actuals.OrderBy(a => a.FiscalYear).ToArray() });
        }
        return indicators;
    }

    private FiscalYear? Fallback(Column kind) => period() is not { } p ? null : kind == Column.Baseline ? p.From.Previous : p.To;

    private (Column Kind, FiscalYear? Year, bool YearOnly) Classify(string heading)
    {
        var folded = JapaneseText.FoldDigitsAndLatin(heading).RemoveWhitespace();
        // A heading is short: a sentence that mentions 目標 is an indicator, not a column.
        if (folded.Length == 0 || folded.Length > 20 || folded.Contains('。') || folded[0] is '・' or '･' or '-' or '※') return (Column.None, null, false);
        var year = YearIn(folded);
        var setup = profile.Indicators;
        if (setup.ActualWords.Any(w => folded.Contains(JapaneseText.FoldDigitsAndLatin(w), StringComparison.Ordinal))) return (Column.Actual, year, false);
        if (setup.TargetWords.Any(w => folded.Contains(JapaneseText.FoldDigitsAndLatin(w), StringComparison.Ordinal))) return (Column.Target, year, false);
        if (setup.BaselineWords.Any(w => folded.Contains(JapaneseText.FoldDigitsAndLatin(w), StringComparison.Ordinal))) return (Column.Baseline, year, false);
        return year is { } y && YearPattern().Replace(folded, "").Trim('(', ')', '（', '）', '末').Length == 0 ? (Column.Target, y, true) : (Column.None, null, false);
    }

    /// <summary>「31手続（令和4年度）」→ (31手続, FY2022); a value without a year is returned whole.</summary>
    private static (string Value, FiscalYear? Year) ValueYear(string text)
    {
        var folded = JapaneseText.FoldDigitsAndLatin(text);
        var match = YearPattern().Match(folded);
        if (!match.Success || YearIn(match.Value) is not { } year) return (text, null);
        var value = (folded[..match.Index] + folded[(match.Index + match.Length)..]).Replace("()", "").Replace("（）", "").Trim();
        return value.Length == 0 ? (text, null) : (value, year);
    }

    internal static FiscalYear? YearIn(string text)
    {
        var match = YearPattern().Match(JapaneseText.FoldDigitsAndLatin(text).RemoveWhitespace());
        if (!match.Success) return null;
        var value = match.Groups["western"].Success ? match.Groups["western"].Value + "年度" : match.Value.TrimEnd('末');
        if (!value.EndsWith("年度", StringComparison.Ordinal)) value += "年度";
        return FiscalYear.TryParse(value, out var year) ? year : null;
    }

    [GeneratedRegex(@"(?:令和|平成|[RH])\s*[0-9元]{1,2}\s*[（(](?<western>[0-9]{4})[）)]\s*年度?|(?:令和|平成|[RH])\s*[0-9元]{1,2}(?:\s*年度)?|[0-9]{4}\s*年度")]
    internal static partial Regex YearPattern();
}
