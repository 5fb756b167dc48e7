using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Core.Validation;

/// <summary>Checks the rules a plan must satisfy beyond its JSON shape, naming each problem's place.</summary>
public static class PlanValidator
{
    /// <summary>The most fiscal-year columns a schedule row can hold on an A4 page.</summary>
    public const int MaxScheduleYears = 10;

    private static readonly char[] DepartmentSeparators = ['、', '，', ','];

    public static IReadOnlyList<PlanProblem> Validate(Plan plan)
    {
        var problems = new List<PlanProblem>();
        void Add(string path, string message) => problems.Add(new PlanProblem(path, message));

        if (plan.SchemaVersion != Plan.CurrentSchemaVersion)
            Add("$.schemaVersion", $"schemaVersion は {Plan.CurrentSchemaVersion} でなければなりません（{plan.SchemaVersion} が指定されています）。");
        RequireLine(plan.Id, "$.id", "計画ID", Add);
        RequireLine(plan.Municipality, "$.municipality", "自治体名", Add);
        RequireLine(plan.Title, "$.title", "計画名", Add);
        CheckOptionalLine(plan.Edition, "$.edition", "版", Add);
        RequireLine(plan.Profile, "$.profile", "プロファイル名", Add);

        var period = plan.Period;
        var periodValid = period.From.StartYear != 0 && period.To.StartYear != 0;
        if (!periodValid)
            Add("$.period", "計画期間（from と to の年度）を指定してください。");
        else if (period.From > period.To)
        {
            Add("$.period", $"計画期間の開始（{period.From}）が終了（{period.To}）より後になっています。");
            // A reversed period contains no year: checking schedules against it would report every entry a second time.
            periodValid = false;
        }
        else if (period.Length > MaxScheduleYears)
            Add("$.period", $"計画期間は{MaxScheduleYears}年度までにしてください（{period.Length}年度あります）。");

        var areaIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var measureIds = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Areas.Count; i++)
        {
            ValidateArea(plan.Areas[i], $"$.areas[{i}]", plan, periodValid, areaIds, measureIds, Add);
        }
        ValidateGlossary(plan.Glossary, Add);
        return problems;
    }

    private static void ValidateGlossary(IReadOnlyList<GlossaryTerm> glossary, Action<string, string> add)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var markers = new Dictionary<int, string>();
        for (var i = 0; i < glossary.Count; i++)
        {
            var term = glossary[i];
            var path = $"$.glossary[{i}]";
            if (RequireLine(term.Term, path + ".term", "用語", add) && !terms.TryAdd(term.Term, path))
                add(path + ".term", $"用語「{term.Term}」が二度定義されています（{terms[term.Term]} と同じ）。");
            CheckOptionalLine(term.Reading, path + ".reading", "よみがな", add);
            CheckOptionalLine(term.Expansion, path + ".expansion", "正式名称", add);
            if (string.IsNullOrWhiteSpace(term.Definition)) add(path + ".definition", "解説が空です。");
            else CheckParagraphs(term.Definition, path + ".definition", add);
            for (var j = 0; j < term.Variants.Count; j++) RequireLine(term.Variants[j], $"{path}.variants[{j}]", "表記ゆれ", add);
            if (term.Marker is { } marker)
            {
                if (marker < 1) add(path + ".marker", "注記番号は 1 以上にしてください。");
                else if (!markers.TryAdd(marker, path)) add(path + ".marker", $"注記番号 {marker} が二度使われています（{markers[marker]} と同じ）。");
            }
            CheckOptionalLine(term.FirstUse, path + ".firstUse", "初出箇所", add);
        }
    }

    private static void ValidateArea(Area area, string path, Plan plan, bool periodValid,
        Dictionary<string, string> areaIds, Dictionary<string, string> measureIds, Action<string, string> add)
    {
        if (RequireLine(area.Id, path + ".id", "分野ID", add) && !areaIds.TryAdd(area.Id, path))
            add(path + ".id", $"分野ID「{area.Id}」が重複しています（{areaIds[area.Id]} と同じ）。");
        CheckLine(area.Number, path + ".number", "分野番号", add);
        RequireLine(area.Title, path + ".title", "分野名", add);

        for (var i = 0; i < area.Measures.Count; i++)
        {
            ValidateMeasure(area.Measures[i], $"{path}.measures[{i}]", plan, periodValid, measureIds, add);
        }
        for (var i = 0; i < area.Areas.Count; i++)
        {
            ValidateArea(area.Areas[i], $"{path}.areas[{i}]", plan, periodValid, areaIds, measureIds, add);
        }
    }

    private static void ValidateMeasure(Measure measure, string path, Plan plan, bool periodValid,
        Dictionary<string, string> measureIds, Action<string, string> add)
    {
        if (RequireLine(measure.Id, path + ".id", "施策ID", add) && !measureIds.TryAdd(measure.Id, path))
            add(path + ".id", $"施策ID「{measure.Id}」が重複しています（{measureIds[measure.Id]} と同じ）。");
        RequireLine(measure.Name, path + ".name", "施策の名称", add);
        CheckOptionalLine(measure.Number, path + ".number", "施策番号", add);
        CheckParagraphs(measure.Overview, path + ".overview", add);
        if (measure.Issues is not null) CheckParagraphs(measure.Issues, path + ".issues", add);

        if (measure.State == MeasureState.Completed)
        {
            var hasDetail = measure.Number is not null || measure.Issues is not null || measure.Overview.Length > 0
                || measure.MainActions.Count > 0 || measure.Schedule.Count > 0 || measure.Tracks.Count > 0 || measure.Indicators.Count > 0
                || measure.Departments.Count > 0 || measure.Notes.Count > 0;
            if (hasDetail)
                add(path, "実施済みの施策は名称だけが「実施済みの施策」一覧に載ります。番号・概要・スケジュールなどを空にしてください（書いたままだと文書から失われます）。");
        }

        for (var i = 0; i < measure.MainActions.Count; i++)
            RequireLine(measure.MainActions[i], $"{path}.mainActions[{i}]", "主な取組", add);

        var seenYears = new HashSet<FiscalYear>();
        for (var i = 0; i < measure.Schedule.Count; i++)
        {
            var entry = measure.Schedule[i];
            var entryPath = $"{path}.schedule[{i}]";
            if (entry.FiscalYear.StartYear == 0)
                add(entryPath + ".fiscalYear", "年度を指定してください。");
            else if (periodValid && !plan.Period.Contains(entry.FiscalYear))
                add(entryPath + ".fiscalYear", $"{entry.FiscalYear}は計画期間（{plan.Period.From}～{plan.Period.To}）の外です。");
            else if (!seenYears.Add(entry.FiscalYear))
                add(entryPath + ".fiscalYear", $"{entry.FiscalYear}が二度指定されています。");
            CheckOptionalLine(entry.Caption, entryPath + ".caption", "スケジュールの注記", add);
        }

        ValidateTracks(measure, path, plan, periodValid, add);

        for (var i = 0; i < measure.Indicators.Count; i++)
        {
            var indicator = measure.Indicators[i];
            var indicatorPath = $"{path}.indicators[{i}]";
            RequireLine(indicator.Name, indicatorPath + ".name", "指標名", add);
            if (indicator.Baseline is { } baseline) CheckValue(baseline, indicatorPath + ".baseline", add);
            for (var j = 0; j < indicator.Targets.Count; j++) CheckValue(indicator.Targets[j], $"{indicatorPath}.targets[{j}]", add);
            for (var j = 0; j < indicator.Actuals.Count; j++) CheckValue(indicator.Actuals[j], $"{indicatorPath}.actuals[{j}]", add);
            CheckDistinctYears(indicator.Targets, indicatorPath + ".targets", "目標値", add);
            CheckDistinctYears(indicator.Actuals, indicatorPath + ".actuals", "実績値", add);
        }

        for (var i = 0; i < measure.Departments.Count; i++)
        {
            var department = measure.Departments[i];
            var departmentPath = $"{path}.departments[{i}]";
            if (RequireLine(department, departmentPath, "担当課", add) && department.IndexOfAny(DepartmentSeparators) >= 0)
                add(departmentPath, $"担当課「{department}」に区切り文字（、，,）が含まれています。課ごとに分けて書いてください。");
        }

        for (var i = 0; i < measure.Notes.Count; i++)
            RequireLine(measure.Notes[i].Text, $"{path}.notes[{i}].text", "改訂の注記", add);
    }

    private static void ValidateTracks(Measure measure, string path, Plan plan, bool periodValid, Action<string, string> add)
    {
        if (measure.Tracks.Count > 0 && measure.Schedule.Count > 0)
            add(path + ".tracks", "スケジュールは年度ごと（schedule）かバー（tracks）のどちらか一方で書いてください（年度ごとの形は1本のトラックに1年度ずつのバーを並べたものと同じです）。");
        for (var t = 0; t < measure.Tracks.Count; t++)
        {
            var track = measure.Tracks[t];
            var trackPath = $"{path}.tracks[{t}]";
            if (track.Spans.Count == 0) add(trackPath + ".spans", "バーが1本もありません。空のトラックは省いてください。");
            ScheduleSpan? previous = null;
            for (var s = 0; s < track.Spans.Count; s++)
            {
                var span = track.Spans[s];
                var spanPath = $"{trackPath}.spans[{s}]";
                if (span.From.StartYear == 0 || span.To.StartYear == 0)
                {
                    add(spanPath, "バーの開始年度（from）と終了年度（to）を指定してください。");
                    continue;
                }
                if (span.From > span.To) add(spanPath, $"バーの開始（{span.From}）が終了（{span.To}）より後になっています。");
                else if (periodValid && (!plan.Period.Contains(span.From) || !plan.Period.Contains(span.To)))
                    add(spanPath, $"バー（{span.From}～{span.To}）が計画期間（{plan.Period.From}～{plan.Period.To}）からはみ出しています。");
                else if (previous is not null && span.From <= previous.To)
                    add(spanPath, $"バー（{span.From}～{span.To}）が前のバー（{previous.From}～{previous.To}）と重なっているか、年度の順になっていません。重なるバーは別のトラックに書いてください。");
                if (span.Phase == Phase.None && span.Text.Trim().Length == 0)
                    add(spanPath, "バーに文言もフェーズもありません。");
                if (span.Text.Split('\n').Any(line => line != line.Trim()))
                    add(spanPath + ".text", "バーの文言の行の前後に空白があります。");
                CheckParagraphs(span.Text, spanPath + ".text", add);
                if (span.From <= span.To) previous = span;
            }
        }
    }

    private static void CheckValue(IndicatorValue value, string path, Action<string, string> add)
    {
        if (value.FiscalYear.StartYear == 0) add(path + ".fiscalYear", "年度を指定してください。");
        RequireLine(value.Value, path + ".value", "指標の値", add);
    }

    private static void CheckDistinctYears(IReadOnlyList<IndicatorValue> values, string path, string what, Action<string, string> add)
    {
        foreach (var group in values.GroupBy(v => v.FiscalYear).Where(g => g.Count() > 1))
            add(path, $"{what}に{group.Key}が二度指定されています。");
    }

    private static bool RequireLine(string? text, string path, string what, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            add(path, $"{what}が空です。");
            return false;
        }
        return CheckLine(text, path, what, add);
    }

    private static void CheckOptionalLine(string? text, string path, string what, Action<string, string> add)
    {
        if (text is null) return;
        if (text.Trim().Length == 0) add(path, $"{what}が空白だけです。書かない場合は項目ごと省いてください。");
        else CheckLine(text, path, what, add);
    }

    private static bool CheckLine(string text, string path, string what, Action<string, string> add)
    {
        if (text != text.Trim())
        {
            add(path, $"{what}の前後に空白があります。");
            return false;
        }
        if (text.Any(char.IsControl))
        {
            add(path, $"{what}に改行や制御文字は使えません。");
            return false;
        }
        return true;
    }

    private static void CheckParagraphs(string text, string path, Action<string, string> add)
    {
        if (text.Any(c => char.IsControl(c) && c != '\n'))
            add(path, "改行以外の制御文字（タブなど）は使えません。");
    }
}
