using OfficeDx.Core.Model;
using OfficeDx.Core.Text;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Reads a measure table typed by hand: rows found by their labels (any synonym, any width or spacing), a row whose label
/// cell is empty or merged from above continues the row before it, empty rows are skipped, the schedule is read from the
/// row of fiscal years and the row under it. Everything it cannot place is reported with the table and row. Text extracted
/// from a PDF (<paramref name="extractedText"/>) with an arrows profile has its arrow rows read as a whole.
/// </summary>
internal sealed class MeasureTableImporter(Profile profile, bool extractedText = false)
{
    private static readonly char[] DepartmentSeparators = ['、', '，', ','];
    private readonly RowLabels _labels = new(profile);

    /// <summary>How many rows of the table carry one of the profile's labels: 2 or more makes it a measure table.</summary>
    public int LabelledRows(LegacyTable table) =>
        table.Rows.Count(r => r.Count > 0 && !r[0].Continued && _labels.TryMatch(r[0].Text, out _, out _));

    public Measure? Read(LegacyTable table, string id, MeasureState state, string place, List<DocumentProblem> problems)
    {
        _yearColumns = [];
        _markRows = 0;
        var values = new Dictionary<MeasureField, List<string>>();
        var nested = new Dictionary<MeasureField, LegacyTable>();
        var schedule = new List<ScheduleEntry>();
        MeasureField? current = null;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.All(c => c.IsEmpty || c.Continued && c.Column == 0 && row.Skip(1).All(x => x.IsEmpty))) continue;
            var rowPlace = $"{place} の {r + 1} 行目";
            var label = row[0];
            var rest = row.Skip(1).ToArray();
            if (!label.Continued && !label.IsEmpty)
            {
                // A label split over two rows (取組 / スケジュール) names one field: the rows are read as one.
                if (!_labels.TryMatch(label.Text, out var field, out _) && r + 1 < table.Rows.Count && table.Rows[r + 1].Count > 0
                    && !table.Rows[r + 1][0].IsEmpty && _labels.TryMatch(label.Text + table.Rows[r + 1][0].Text, out field, out _))
                {
                    table = table with { Rows = table.Rows.Select((x, i) => i == r + 1 ? (IReadOnlyList<LegacyCell>)x.Select((c, j) => j == 0 ? c with { Continued = true } : c).ToArray() : x).ToArray() };
                }
                else if (!_labels.TryMatch(label.Text, out field, out _))
                {
                    problems.Add(new DocumentProblem(rowPlace, $"見出し「{label.Text}」はプロファイル {profile.Name} のどの行にも当たりません。この行（{string.Join(" ", rest.SelectMany(c => c.Lines))}）は読み込みませんでした。"));
                    current = null;
                    continue;
                }
                current = field;
            }
            if (current is null)
            {
                if (rest.Any(c => !c.IsEmpty)) problems.Add(new DocumentProblem(rowPlace, $"見出しの無い行（{string.Join(" ", rest.SelectMany(c => c.Lines))}）は、どの欄の続きか分からないため読み込みませんでした。"));
                continue;
            }
            if (current == MeasureField.Schedule)
            {
                ReadScheduleRow(rest, schedule, rowPlace, problems);
                continue;
            }
            var list = values.TryGetValue(current.Value, out var existing) ? existing : values[current.Value] = [];
            foreach (var cell in rest)
            {
                list.AddRange(cell.Lines);
                if (cell.Nested is { } inner) nested[current.Value] = inner;
            }
        }

        var nameLines = values.GetValueOrDefault(MeasureField.Name) ?? [];
        if (nameLines.Count == 0)
        {
            problems.Add(new DocumentProblem(place, $"「{profile.Row(MeasureField.Name).Label}」の行が無いか空です。この表は施策として読み込みませんでした。表の内容: {table.Content()}"));
            return null;
        }
        ReportUnread(values, nested, place, problems);
        // The fiscal years are there but the row of arrows under them was lost in extraction: nothing to read the schedule from.
        if (extractedText && profile.ScheduleStyle == ScheduleStyle.Arrows && _yearColumns.Count > 0 && _markRows == 0)
            problems.Add(new DocumentProblem(place, $"「{profile.Row(MeasureField.Schedule).Label}」に年度の行はありますが、矢印の行がありません（抽出で欠落したとみられます）。工程は空のままにしました。"));
        var notes = new List<RevisionNote>();
        var (number, name) = SplitNumber(string.Join("", SplitNotes(nameLines).Where(l => !IsNote(l, notes, RevisionNoteKind.Name))));
        var overview = Text(values.GetValueOrDefault(MeasureField.Overview), notes) ?? "";
        var issues = Text(values.GetValueOrDefault(MeasureField.Issues), notes);
        return new Measure
        {
            Id = id,
            Number = number,
            Name = name,
            State = state,
            Issues = issues,
            Overview = overview,
            MainActions = Bullets(values.GetValueOrDefault(MeasureField.MainActions)),
            Schedule = schedule.OrderBy(e => e.FiscalYear).ToArray(),
            Indicators = nested.TryGetValue(MeasureField.Indicators, out var kpi)
                ? KpiTable(kpi, place, problems)
                : Bullets(values.GetValueOrDefault(MeasureField.Indicators)).Select(n => new Indicator { Name = n }).ToArray(),
            Departments = (values.GetValueOrDefault(MeasureField.Departments) ?? [])
                .SelectMany(l => l.Split(DepartmentSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray(),
            Notes = notes.OrderBy(n => n.Kind == RevisionNoteKind.Name ? 0 : 1).ToArray(),
        };
    }

    /// <summary>
    /// A table typed inside a cell is read only as the KPI table; beside it, the lines of the KPI cell and a table inside any
    /// other cell have no place in the plan, so they are reported rather than dropped.
    /// </summary>
    private void ReportUnread(Dictionary<MeasureField, List<string>> values, Dictionary<MeasureField, LegacyTable> nested, string place, List<DocumentProblem> problems)
    {
        foreach (var (field, table) in nested.Where(n => n.Key != MeasureField.Indicators))
            problems.Add(new DocumentProblem(place, $"「{profile.Row(field).Label}」の欄の中の表は読み込みませんでした。表の内容: {table.Content()}"));
        if (nested.ContainsKey(MeasureField.Indicators) && values.GetValueOrDefault(MeasureField.Indicators) is { Count: > 0 } lines)
            problems.Add(new DocumentProblem(place, $"「{profile.Row(MeasureField.Indicators).Label}」の欄の表の外にある文（{string.Join(" ", lines)}）は読み込みませんでした。"));
    }

    private List<(int Column, FiscalYear Year)> _yearColumns = [];
    private int _markRows;

    private void ReadScheduleRow(LegacyCell[] cells, List<ScheduleEntry> schedule, string place, List<DocumentProblem> problems)
    {
        var years = cells.Select(c => (c.Column, Ok: FiscalYear.TryParse(c.Text, out var y), Year: y)).ToArray();
        if (years.Length > 0 && years.All(y => y.Ok))
        {
            _yearColumns = years.Select(y => (y.Column, y.Year)).ToList();
            return;
        }
        // A year heading and its phase typed in one cell (令和3年度 ----->): the heading row was lost in the cell.
        if (_yearColumns.Count == 0 && cells.Length > 0 && cells.All(c => YearAndMark(c.Text).Year is not null))
        {
            _yearColumns = cells.Select(c => (c.Column, YearAndMark(c.Text).Year!.Value)).ToList();
            cells = cells.Select(c => c with { Lines = [YearAndMark(c.Text).Mark] }).ToArray();
        }
        _markRows++;
        if (extractedText && profile.ScheduleStyle == ScheduleStyle.Arrows && ReadArrowRow(cells, schedule, place, problems)) return;
        foreach (var cell in cells)
        {
            var year = _yearColumns.Where(y => y.Column >= cell.Column && y.Column < cell.Column + cell.Span).Select(y => (FiscalYear?)y.Year).ToArray();
            if (cell.IsEmpty) continue;
            if (year.Length == 0)
            {
                problems.Add(new DocumentProblem(place, $"工程「{cell.Text}」がどの年度の欄か分かりません（年度の行が見つかりません）。読み込みませんでした。"));
                continue;
            }
            var (phase, caption) = ScheduleTextReader.Read(string.Join(" ", cell.Lines));
            // A cell merged over several years is one phase running through each of them.
            foreach (var y in year)
            {
                if (schedule.Any(e => e.FiscalYear == y!.Value))
                {
                    problems.Add(new DocumentProblem(place, $"{y!.Value.Format(profile.FiscalYearStyle)}の工程が二つあります（「{cell.Text}」は読み込みませんでした）。"));
                    continue;
                }
                schedule.Add(new ScheduleEntry { FiscalYear = y!.Value, Phase = phase, Caption = caption });
            }
        }
    }

    /// <summary>
    /// A row of arrows and ○ from a PDF is read as a whole (<see cref="ArrowScheduleRow"/>): extraction kept the arrow
    /// glyphs but not how far they reach. Each cell read by interpretation is reported so that a drafter can check it.
    /// </summary>
    private bool ReadArrowRow(LegacyCell[] cells, List<ScheduleEntry> schedule, string place, List<DocumentProblem> problems)
    {
        if (_yearColumns.Count == 0 || cells.Any(c => c.Span > 1 && !c.IsEmpty)) return false;
        var row = _yearColumns.OrderBy(y => y.Year)
            .Select(y => (y.Year, Text: cells.FirstOrDefault(c => c.Column == y.Column)?.Text ?? ""))
            .ToArray();
        if (cells.Any(c => !c.IsEmpty && _yearColumns.All(y => y.Column != c.Column))) return false;
        if (!ArrowScheduleRow.TryRead(row, profile.FiscalYearStyle, out var read)) return false;
        foreach (var cell in read)
        {
            if (schedule.Any(e => e.FiscalYear == cell.Entry.FiscalYear))
            {
                problems.Add(new DocumentProblem(place, $"{cell.Entry.FiscalYear.Format(profile.FiscalYearStyle)}の工程が二つあります（この行の{cell.Entry.FiscalYear.Format(profile.FiscalYearStyle)}の工程は読み込みませんでした）。"));
                continue;
            }
            schedule.Add(cell.Entry);
            if (cell.Interpretation is { } why) problems.Add(new DocumentProblem(place, why));
        }
        return true;
    }

    private static (FiscalYear? Year, string Mark) YearAndMark(string text)
    {
        var end = text.IndexOf("年度", StringComparison.Ordinal);
        if (end < 0 || !FiscalYear.TryParse(text[..(end + 2)], out var year)) return (null, text);
        return (year, text[(end + 2)..].Trim());
    }

    private IReadOnlyList<Indicator> KpiTable(LegacyTable table, string place, List<DocumentProblem> problems)
    {
        if (table.Rows.Count == 0) return [];
        var header = table.Rows[0];
        var baselineYear = header.Count > 1 && FiscalYear.TryParse(Year(header[1].Text), out var b) ? b : (FiscalYear?)null;
        var targetYear = header.Count > 2 && FiscalYear.TryParse(Year(header[2].Text), out var t) ? t : (FiscalYear?)null;
        if (baselineYear is null || targetYear is null)
            problems.Add(new DocumentProblem(place + " の KPI 表", $"見出し行（{string.Join(" / ", header.Select(c => c.Text))}）から基準年度・目標年度が読めません。値は読み込みませんでした。表の内容: {table.Content()}"));
        var indicators = new List<Indicator>();
        foreach (var row in table.Rows.Skip(1))
        {
            if (row.All(c => c.IsEmpty)) continue;
            var name = string.Join("", row[0].Lines);
            if (name.Length == 0)
            {
                problems.Add(new DocumentProblem(place + " の KPI 表", $"指標名の無い行（{string.Join(" ", row.SelectMany(c => c.Lines))}）は読み込みませんでした。"));
                continue;
            }
            var baseline = row.Count > 1 && baselineYear is { } by && !row[1].IsEmpty ? new IndicatorValue { FiscalYear = by, Value = string.Join(" ", row[1].Lines) } : null;
            var target = row.Count > 2 && targetYear is { } ty && !row[2].IsEmpty ? new[] { new IndicatorValue { FiscalYear = ty, Value = string.Join(" ", row[2].Lines) } } : [];
            indicators.Add(new Indicator { Name = name, Baseline = baseline, Targets = target });
        }
        return indicators;
    }

    /// <summary>「2021 年度」「2021年度（基準）」: the year part of a heading.</summary>
    private static string Year(string heading)
    {
        var folded = JapaneseText.FoldDigitsAndLatin(heading).RemoveWhitespace();
        var end = folded.IndexOf("年度", StringComparison.Ordinal);
        return end < 0 ? folded : folded[..(end + 2)];
    }

    private (string? Number, string Name) SplitNumber(string text) =>
        Numbering.TrySplit(profile.Hierarchy.Measure, text, out var number, out var rest, out _) && rest.Length > 0
            ? (number, rest)
            : (null, text.Trim());

    /// <summary>The lines of a text field, except trailing revision notes (※…を修正), which go to the notes.</summary>
    private string? Text(List<string>? lines, List<RevisionNote> notes) =>
        lines is null ? null : string.Join("\n", SplitNotes(lines).Where(l => !IsNote(l, notes, null)));

    /// <summary>「…整備する。 ※実施年度を見直し」: a note typed at the end of a line, after a space, is a line of its own.</summary>
    private IEnumerable<string> SplitNotes(IEnumerable<string> lines)
    {
        var marker = profile.RevisionNotes.Marker;
        foreach (var line in lines)
        {
            var at = line.LastIndexOf(" " + marker, StringComparison.Ordinal);
            if (at > 0 && IsNote(line[(at + 1)..], [], null)) { yield return line[..at].TrimEnd(); yield return line[(at + 1)..]; }
            else yield return line;
        }
    }

    private bool IsNote(string line, List<RevisionNote> notes, RevisionNoteKind? only)
    {
        var wording = profile.RevisionNotes;
        if (!line.StartsWith(wording.Marker, StringComparison.Ordinal)) return false;
        RevisionNoteKind? kind = wording.Name.Any(line.Contains) ? RevisionNoteKind.Name
            : wording.Schedule.Any(line.Contains) ? RevisionNoteKind.Schedule
            : wording.Overview.Any(line.Contains) ? RevisionNoteKind.Overview
            : null;
        if (kind is null || (only is { } o && o != kind)) return false;
        notes.Add(new RevisionNote { Kind = kind.Value, Text = line });
        return true;
    }

    private IReadOnlyList<string> Bullets(List<string>? lines) => (lines ?? [])
        // 「・来庁者1人あたりにかかる時間 ・削減した業務時間」: two bullets typed on one line.
        .SelectMany(l => System.Text.RegularExpressions.Regex.Split(l, @"\s+(?=・)"))
        .Select(l => l.StartsWith(profile.BulletPrefix, StringComparison.Ordinal) ? l[profile.BulletPrefix.Length..].Trim() : l.TrimStart('・', '･', '-', '•', ' ', '\u3000'))
        .Where(l => l.Length > 0)
        .ToArray();
}
