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
internal sealed class MeasureTableImporter(Profile profile, bool extractedText = false, Func<PlanPeriod?>? period = null, bool asWritten = false)
{
    private static readonly char[] DepartmentSeparators = ['、', '，', ','];
    private readonly RowLabels _labels = new(profile);
    private readonly MeasureNotes _notes = new(profile, asWritten);
    private readonly CellLists _lists = new(profile.Import, profile.BulletPrefix);
    private readonly KpiTableReader _kpi = new(profile, period ?? (() => null));
    private readonly Func<PlanPeriod?> _period = period ?? (() => null);

    /// <summary>True when the table starts with a KPI heading (指標 | 現状値 | 目標値): read as the indicators of the measure before it.</summary>
    public bool IsKpiTable(LegacyTable table) =>
        table.Rows.Count > 0 && table.Rows[0].Count >= 2 && _labels.TryMatch(table.Rows[0][0].Text, out var field, out _) && field == MeasureField.Indicators
        && _kpi.IsHeading(table.Rows[0].Select(c => c.Text).ToArray());

    /// <summary>True when a row of the table is labelled as the name row.</summary>
    public bool HasNameRow(LegacyTable table) =>
        table.Rows.Any(r => r.Count > 0 && !r[0].Continued && _labels.TryMatch(r[0].Text, out var field, out _) && field == MeasureField.Name);

    /// <summary>How many rows of the table carry one of the profile's labels: 2 or more makes it a measure table.</summary>
    public int LabelledRows(LegacyTable table) =>
        table.Rows.Count(r => r.Count > 0 && !r[0].Continued && _labels.TryMatch(r[0].Text, out _, out _));

    public Measure? Read(LegacyTable table, string id, MeasureState state, string place, List<DocumentProblem> problems, string? nameAbove = null)
    {
        _yearColumns = [];
        _markRows = 0;
        _scheduleRows.Clear();
        _arrowReadings.Clear();
        _scheduleNotes.Clear();
        var values = new Dictionary<MeasureField, List<string>>();
        var nested = new Dictionary<MeasureField, LegacyTable>();
        var schedule = new List<ScheduleEntry>();
        MeasureField? current = null;
        List<IReadOnlyList<LegacyCell>>? kpiRows = null;
        var kpiOffset = 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.All(c => c.IsEmpty || c.Continued && c.Column == 0 && row.Skip(1).All(x => x.IsEmpty))) continue;
            var rowPlace = $"{place} の {r + 1} 行目";
            var label = row[0];
            var rest = row.Skip(1).ToArray();
            // A KPI table typed as rows of the measure table: its rows run until the next labelled row.
            if (kpiRows is not null)
            {
                if (label.Continued || label.IsEmpty || !_labels.TryMatch(label.Text, out _, out _))
                {
                    kpiRows.Add(Shift(kpiOffset == 0 ? row : rest, kpiOffset));
                    continue;
                }
                kpiRows = null;
            }
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
                    problems.Add(new DocumentProblem(rowPlace, $"見出し「{ShortQuote.Of(label.Text)}」はプロファイル {profile.Name} のどの行にも当たりません。この行（{string.Join(" ", rest.SelectMany(c => c.Lines))}）は読み込みませんでした。"));
                    current = null;
                    continue;
                }
                current = field;
                if (field == MeasureField.Indicators && StartsKpi(label, rest) is { } offset)
                {
                    kpiOffset = offset;
                    kpiRows = [Shift(offset == 0 ? row : rest, offset)];
                    nested[MeasureField.Indicators] = new LegacyTable(kpiRows);
                    continue;
                }
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
            // A row merged down from the label of the KPI table's field: its cells go on the KPI table.
            if (current == MeasureField.Indicators && nested.ContainsKey(MeasureField.Indicators) && kpiRows is null && rest.All(c => c.IsEmpty)) continue;
            var list = values.TryGetValue(current.Value, out var existing) ? existing : values[current.Value] = [];
            foreach (var cell in rest)
            {
                list.AddRange(cell.Lines);
                if (cell.Nested is { } inner) nested[current.Value] = inner;
            }
        }

        var nameLines = values.GetValueOrDefault(MeasureField.Name) ?? [];
        if (nameLines.Count == 0 && nameAbove is not null) nameLines = [nameAbove];
        if (nameLines.Count == 0)
        {
            var where = profile.Import.NameFrom == MeasureNamePlace.ParagraphAbove ? "表の上に施策名の段落が無く、" : "";
            problems.Add(new DocumentProblem(place, $"{where}「{profile.Row(MeasureField.Name).Label}」の行が無いか空です。この表は施策として読み込みませんでした。表の内容: {table.Content()}"));
            return null;
        }
        FinishSchedule(schedule, out var tracks, problems);
        ReportUnread(values, nested, place, problems);
        // The fiscal years are there but the row of arrows under them was lost in extraction: nothing to read the schedule from.
        if (extractedText && profile.ScheduleStyle == ScheduleStyle.Arrows && _yearColumns.Count > 0 && _markRows == 0)
            problems.Add(new DocumentProblem(place, $"「{profile.Row(MeasureField.Schedule).Label}」に年度の行はありますが、矢印の行がありません（抽出で欠落したとみられます）。工程は空のままにしました。"));
        var notes = new List<RevisionNote>();
        var (number, name) = SplitNumber(string.Join("", _notes.Take(nameLines, notes)));
        ReportArrowReadings(number is null ? name : $"{number} {name}", place, problems);
        foreach (var line in _notes.Take(_scheduleNotes, notes))
            problems.Add(new DocumentProblem(place, $"「{profile.Row(MeasureField.Schedule).Label}」の注記「{line}」は読み込みませんでした。"));
        var overview = Text(values.GetValueOrDefault(MeasureField.Overview), notes) ?? "";
        var issues = Text(values.GetValueOrDefault(MeasureField.Issues), notes) is { Length: > 0 } i ? i : null;
        return new Measure
        {
            Id = id,
            Number = number,
            Name = name,
            State = state,
            Issues = issues,
            Overview = overview,
            MainActions = Bullets(values.GetValueOrDefault(MeasureField.MainActions), notes),
            Schedule = schedule.OrderBy(e => e.FiscalYear).ToArray(),
            Tracks = tracks,
            Indicators = nested.TryGetValue(MeasureField.Indicators, out var kpi)
                ? [.. _kpi.Read(kpi, place, problems, _notes, notes), .. Sentences(values.GetValueOrDefault(MeasureField.Indicators), notes, place, problems)]
                : Sentences(values.GetValueOrDefault(MeasureField.Indicators), notes, place, problems),
            Departments = _notes.Take(values.GetValueOrDefault(MeasureField.Departments) ?? [], notes)
                .SelectMany(l => l.Split(DepartmentSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Select(d => d.TrimStart('・', '･', '•').Trim()).Where(d => d.Length > 0 && !_notes.IsEmptyValue(d)).ToArray(),
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
        // A note typed in a row of the 工程表 (※予算の状況により見直す。 merged over the years) is a note of the measure, not a phase or a bar.
        if (_yearColumns.Count > 0 && cells.Any(c => !c.IsEmpty) && cells.Where(c => !c.IsEmpty).All(c => profile.Import.NoteMarkers.Any(m => c.Text.TrimStart().StartsWith(m, StringComparison.Ordinal))))
        {
            _scheduleNotes.AddRange(cells.SelectMany(c => c.Lines));
            return;
        }
        _markRows++;
        if (profile.ScheduleStyle == ScheduleStyle.Arrows) CompareArrowReadings(cells);
        if (extractedText && profile.ScheduleStyle == ScheduleStyle.Arrows && ReadArrowRow(cells, schedule, place, problems)) return;
        if (profile.ScheduleStyle != ScheduleStyle.Arrows) cells = cells.Select(c => _notes.IsEmptyValue(c.Text) ? c with { Lines = [] } : c).ToArray();
        _scheduleRows.Add((cells, place, _yearColumns.ToList()));
    }

    private readonly List<(LegacyCell[] Cells, string Place, List<(int Column, FiscalYear Year)> Years)> _scheduleRows = [];

    /// <summary>
    /// The schedule rows read as the per-year schedule, or as labelled bars when the 工程表 has several rows of bars or a bar with
    /// its own text spans several years (システム選定・調達 over 2022–2023): one track per row, one bar per cell.
    /// </summary>
    private void FinishSchedule(List<ScheduleEntry> schedule, out IReadOnlyList<ScheduleTrack> tracks, List<DocumentProblem> problems)
    {
        tracks = [];
        var rows = _scheduleRows.Where(r => r.Cells.Any(c => !c.IsEmpty)).ToArray();
        var form = profile.Import.ScheduleForm;
        var bars = form == ScheduleForm.Bars || (form == ScheduleForm.Auto && (rows.Length > 1 || (profile.ScheduleStyle == ScheduleStyle.Bars
            && rows.Any(r => r.Cells.Any(c => !c.IsEmpty && Years(c, r.Years).Length > 1 && ScheduleTextReader.Read(string.Join(" ", c.Lines)).Caption is not null)))));
        if (!bars || schedule.Count > 0)
        {
            foreach (var (cells, place, years) in rows) PerYear(cells, years, schedule, place, problems);
            return;
        }
        var built = new List<ScheduleTrack>();
        foreach (var (cells, place, years) in rows)
        {
            var spans = new List<ScheduleSpan>();
            foreach (var cell in cells.Where(c => !c.IsEmpty))
            {
                var covered = Years(cell, years);
                if (covered.Length == 0)
                {
                    problems.Add(new DocumentProblem(place, $"工程「{cell.Text}」がどの年度の欄か分かりません（年度の行が見つかりません）。読み込みませんでした。"));
                    continue;
                }
                var (phase, caption) = ScheduleTextReader.Read(string.Join(" ", cell.Lines));
                spans.Add(new ScheduleSpan { From = covered.Min(), To = covered.Max(), Phase = phase, Text = caption is null ? "" : string.Join("\n", cell.Lines) });
            }
            if (spans.Count > 0) built.Add(new ScheduleTrack { Spans = spans.OrderBy(s => s.From).ToArray() });
        }
        tracks = built;
    }

    private static FiscalYear[] Years(LegacyCell cell, List<(int Column, FiscalYear Year)> years) =>
        years.Where(y => y.Column >= cell.Column && y.Column < cell.Column + cell.Span).Select(y => y.Year).ToArray();

    private void PerYear(LegacyCell[] cells, List<(int Column, FiscalYear Year)> yearColumns, List<ScheduleEntry> schedule, string place, List<DocumentProblem> problems)
    {
        foreach (var cell in cells)
        {
            var year = yearColumns.Where(y => y.Column >= cell.Column && y.Column < cell.Column + cell.Span).Select(y => (FiscalYear?)y.Year).ToArray();
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

    /// <summary>One cell per fiscal year, in year order, when the row has one mark per year column; null otherwise.</summary>
    private (FiscalYear Year, string Text)[]? YearRow(LegacyCell[] cells)
    {
        if (_yearColumns.Count == 0 || cells.Any(c => c.Span > 1 && !c.IsEmpty)) return null;
        if (cells.Any(c => !c.IsEmpty && _yearColumns.All(y => y.Column != c.Column))) return null;
        return _yearColumns.OrderBy(y => y.Year)
            .Select(y => (y.Year, Text: cells.FirstOrDefault(c => c.Column == y.Column)?.Text ?? ""))
            .ToArray();
    }

    private readonly List<(FiscalYear Year, Phase Row, Phase Cell)> _arrowReadings = [];
    private readonly List<string> _scheduleNotes = [];

    /// <summary>
    /// A row of arrows and ○ reads two ways: as a whole, the way PDF text is read (an arrow reaches back over empty years,
    /// dashes after a ○ are the solid arrow), and cell by cell, the way a Word table is read. The years where the two differ
    /// are kept, so that the report can name them whichever reading the import used.
    /// </summary>
    private void CompareArrowReadings(LegacyCell[] cells)
    {
        if (YearRow(cells) is not { } row || !ArrowScheduleRow.TryRead(row, profile.FiscalYearStyle, out var read)) return;
        foreach (var (year, text) in row)
        {
            var whole = read.FirstOrDefault(c => c.Entry.FiscalYear == year)?.Entry.Phase ?? Phase.None;
            var alone = text.Trim().Length == 0 ? Phase.None : ScheduleTextReader.Read(text).Phase;
            if (whole != alone) _arrowReadings.Add((year, whole, alone));
        }
    }

    /// <summary>One report line per measure whose arrow row reads differently as a whole and cell by cell, naming each year.</summary>
    private void ReportArrowReadings(string measure, string place, List<DocumentProblem> problems)
    {
        if (_arrowReadings.Count == 0) return;
        static string Name(Phase phase) => phase == Phase.None ? "工程なし" : phase.Label();
        var years = string.Join("、", _arrowReadings.Select(r => $"{r.Year.Format(profile.FiscalYearStyle)}（行として: {Name(r.Row)}／欄ごと: {Name(r.Cell)}）"));
        var used = extractedText ? "PDF のテキストとして行全体で読みました" : "Word の表として欄ごとに読みました";
        problems.Add(new DocumentProblem(place, $"施策「{measure}」の工程の矢印は、行全体で読むか（PDF のテキスト）欄ごとに読むか（Word の表）で {_arrowReadings.Count} 年度の読みが分かれます: {years}。{used}。もう一方の形の計画と照らし合わせてください。", DocumentProblemKind.Uncertain));
    }

    /// <summary>
    /// A row of arrows and ○ from a PDF is read as a whole (<see cref="ArrowScheduleRow"/>): extraction kept the arrow
    /// glyphs but not how far they reach. Each cell read by interpretation is reported so that a drafter can check it.
    /// </summary>
    private bool ReadArrowRow(LegacyCell[] cells, List<ScheduleEntry> schedule, string place, List<DocumentProblem> problems)
    {
        if (YearRow(cells) is not { } row) return false;
        if (!ArrowScheduleRow.TryRead(row, profile.FiscalYearStyle, out var read)) return false;
        foreach (var cell in read)
        {
            if (schedule.Any(e => e.FiscalYear == cell.Entry.FiscalYear))
            {
                problems.Add(new DocumentProblem(place, $"{cell.Entry.FiscalYear.Format(profile.FiscalYearStyle)}の工程が二つあります（この行の{cell.Entry.FiscalYear.Format(profile.FiscalYearStyle)}の工程は読み込みませんでした）。"));
                continue;
            }
            schedule.Add(cell.Entry);
            if (cell.Interpretation is { } why) problems.Add(new DocumentProblem(place, why, DocumentProblemKind.Uncertain));
        }
        return true;
    }

    private static (FiscalYear? Year, string Mark) YearAndMark(string text)
    {
        var end = text.IndexOf("年度", StringComparison.Ordinal);
        if (end < 0 || !FiscalYear.TryParse(text[..(end + 2)], out var year)) return (null, text);
        return (year, text[(end + 2)..].Trim());
    }

    private (string? Number, string Name) SplitNumber(string text) =>
        Numbering.TrySplit(profile.Hierarchy.Measure, text, out var number, out var rest, out _) && rest.Length > 0
            ? (number, rest)
            : (null, text.Trim());

    /// <summary>The lines of a text field without its notes (revision notes, ※ and （参考） notes) and empty values.</summary>
    private string? Text(List<string>? lines, List<RevisionNote> notes) =>
        lines is null ? null : string.Join("\n", _notes.Take(lines, notes));

    /// <summary>The items of a list cell (主な取組, indicators as sentences): notes taken out, items split by the profile's list markers.</summary>
    private IReadOnlyList<string> Bullets(List<string>? lines, List<RevisionNote> notes) =>
        _lists.Items(_notes.Take(lines ?? [], notes, listItems: true)).Where(l => !_notes.IsEmptyValue(l)).ToArray();

    /// <summary>Indicators written as lines: a sentence with a target (…を100件にする) gets its target value.</summary>
    private IReadOnlyList<Indicator> Sentences(List<string>? lines, List<RevisionNote> notes, string place, List<DocumentProblem> problems)
    {
        var indicators = new List<Indicator>();
        foreach (var line in Bullets(lines, notes))
        {
            var indicator = IndicatorSentence.Read(line, profile.Indicators, _period(), out var guessed);
            if (guessed) problems.Add(new DocumentProblem(place, $"指標「{indicator.Name}」の目標値 {indicator.Targets[0].Value} は年度が書かれていないため、計画期間の最後の年度（{indicator.Targets[0].FiscalYear.Format(profile.FiscalYearStyle)}）の目標としました。", DocumentProblemKind.Uncertain));
            indicators.Add(indicator);
        }
        return indicators;
    }

    /// <summary>
    /// Where a KPI table typed as rows of the measure table starts: 0 when the label cell is the heading of the indicator column
    /// (指標 | 現状値 | 目標値), 1 when the heading follows the label (主な評価指標 | 指標 | 現状値 | 目標値); null when the row is no KPI heading.
    /// </summary>
    private int? StartsKpi(LegacyCell label, LegacyCell[] rest)
    {
        var texts = rest.Select(c => c.Text).ToArray();
        if (texts.Length >= 1 && _kpi.IsHeading([label.Text, .. texts])) return _kpi.IsHeading(texts) && texts.Length >= 2 && !_kpi.IsHeading([label.Text, texts[0]]) ? 1 : 0;
        return null;
    }

    private static IReadOnlyList<LegacyCell> Shift(IReadOnlyList<LegacyCell> cells, int offset) =>
        offset == 0 ? cells : cells.Select(c => c with { Column = c.Column - cells[0].Column }).ToArray();
}
