using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OfficeDx.Core.Text;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>A profile proposed from one document: its JSON, what was decided from what, and what could not be decided.</summary>
public sealed record InferredProfile(JsonObject Json, IReadOnlyList<string> Decided, IReadOnlyList<string> Undecided);

/// <summary>
/// Proposes a profile from one plan (`officedx profile infer`): the row labels of its tables (by the words plans use for each
/// field), where measure names live (a name row, or the numbered, heading or bold line above a table), the numbering of
/// headings, the schedule form (arrows, phase words or bars), the indicator layout and the year style. Whatever it cannot tell
/// is listed, and the default stays.
/// </summary>
public static partial class ProfileInference
{
    private static readonly (MeasureField Field, string Key, string[] Words)[] Vocabulary =
    [
        (MeasureField.Name, "name", ["施策の名称", "取組名", "施策名", "事業名", "取組の名称", "名称"]),
        (MeasureField.Issues, "issues", ["これまでの課題", "現状と課題", "課題", "現状"]),
        (MeasureField.Overview, "overview", ["施策の概要", "取組の概要", "取組概要", "事業概要", "概要", "取組の内容", "事業の内容"]),
        (MeasureField.MainActions, "mainActions", ["主な取組", "取組内容", "実施内容", "具体的な取組", "主な事業", "具体的な内容"]),
        (MeasureField.Schedule, "schedule", ["取組スケジュール", "スケジュール", "工程表", "年次計画", "実施計画"]),
        (MeasureField.Indicators, "indicators", ["主な評価指標", "評価指標", "成果指標", "KPI", "指標", "目標", "数値目標"]),
        (MeasureField.Departments, "departments", ["主な担当課", "担当課", "所管課", "関係課", "担当部署", "担当"]),
    ];

    /// <summary>Numbering styles tried for headings and names, most specific first.</summary>
    private static readonly HierarchyLevel[] Candidates =
    [
        .. new[] { "基本目標", "基本方針", "重点目標", "重点項目", "施策", "取組", "事業", "分野" }.Select(p => new HierarchyLevel { Name = p, Numbering = NumberingStyle.Arabic, Prefix = p }),
        new HierarchyLevel { Name = "項目", Numbering = NumberingStyle.ParenthesizedArabic },
        new HierarchyLevel { Name = "項目", Numbering = NumberingStyle.Circled },
        new HierarchyLevel { Name = "項目", Numbering = NumberingStyle.ParenthesizedKatakana },
        new HierarchyLevel { Name = "項目", Numbering = NumberingStyle.Katakana },
        new HierarchyLevel { Name = "項目", Numbering = NumberingStyle.Arabic },
        new HierarchyLevel { Name = "グループ", Numbering = NumberingStyle.None, Prefix = "○" },
    ];

    public static InferredProfile FromFile(string path, string name)
    {
        var blocks = path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            ? PlanTextImporter.Blocks(ReadText(path))
            : LegacyDocumentImporter.BlocksOf(ReadBytes(path), Path.GetFileName(path));
        return Infer(blocks, name);
    }

    private static string ReadText(string path) => File.Exists(path) ? File.ReadAllText(path) : throw new Ooxml.DocumentOpenException(path, "ファイルが見つかりません。パスを確認してください。");

    private static byte[] ReadBytes(string path) => File.Exists(path) ? File.ReadAllBytes(path) : throw new Ooxml.DocumentOpenException(path, "ファイルが見つかりません。パスを確認してください。");

    internal static InferredProfile Infer(IReadOnlyList<LegacyBlock> blocks, string name)
    {
        var decided = new List<string>();
        var undecided = new List<string>();
        var tables = blocks.Select((b, i) => (Block: b, Index: i)).Where(x => x.Block.Table is not null).ToArray();

        // Row labels: the first cell of each row, matched to a field by the words plans use; the most frequent spelling is the label.
        var seen = new Dictionary<MeasureField, Dictionary<string, (int Count, double Position)>>();
        foreach (var (block, _) in tables)
        {
            var rows = block.Table!.Rows;
            for (var r = 0; r < rows.Count; r++)
            {
                if (rows[r].Count == 0 || rows[r][0].Continued || rows[r][0].IsEmpty) continue;
                var label = rows[r][0].Text.Trim();
                if (label.Length > 14) continue;
                if (FieldOf(label) is not { } field) continue;
                var forField = seen.TryGetValue(field, out var f) ? f : seen[field] = new(StringComparer.Ordinal);
                var (count, position) = forField.GetValueOrDefault(label);
                forField[label] = (count + 1, position + (double)r / rows.Count);
            }
        }
        var fieldRows = seen.Select(kv => (Field: kv.Key, Labels: kv.Value.OrderByDescending(l => l.Value.Count).ThenBy(l => l.Key, StringComparer.Ordinal).ToArray()))
            .OrderBy(x => x.Labels.Sum(l => l.Value.Position) / x.Labels.Sum(l => l.Value.Count)).ToArray();
        var measureTables = tables.Where(t => t.Block.Table!.Rows.Count(r => r.Count > 0 && !r[0].Continued && FieldOf(r[0].Text) is not null) >= 2).ToArray();
        decided.Add($"施策表: {measureTables.Length} 個の表に行の見出しが2つ以上あります。見出し: {string.Join("、", fieldRows.Select(r => $"{r.Labels[0].Key}（{Key(r.Field)}）"))}");

        var rowsJson = new JsonArray();
        var hasName = fieldRows.Any(r => r.Field == MeasureField.Name);
        if (!hasName) rowsJson.Add(new JsonObject { ["field"] = "name", ["label"] = "施策名" });
        foreach (var (field, labels) in fieldRows)
        {
            var row = new JsonObject { ["field"] = Key(field), ["label"] = labels[0].Key };
            // Spellings that differ only in spacing or width (取組 スケジュール, 取組スケジュール) are one label to the importer.
            var synonyms = labels.Skip(1).Select(l => l.Key).Where(l => ProfileChecks.LabelKey(l) != ProfileChecks.LabelKey(labels[0].Key))
                .DistinctBy(ProfileChecks.LabelKey).ToArray();
            if (synonyms.Length > 0) row["synonyms"] = new JsonArray(synonyms.Select(l => (JsonNode)l).ToArray());
            rowsJson.Add(row);
        }
        foreach (var missing in new[] { MeasureField.Overview }.Where(f => fieldRows.All(r => r.Field != f)))
        {
            rowsJson.Add(new JsonObject { ["field"] = Key(missing), ["label"] = "概要" });
            undecided.Add("概要の行が見つかりません（overview の行は必須のため「概要」としました）。");
        }

        // Where names live: a name row, or the line above each measure table.
        var import = new JsonObject();
        HierarchyLevel? measureLevel = null;
        var above = measureTables.Select(t => Above(blocks, t.Index)).ToArray();
        if (hasName)
        {
            decided.Add("施策名: 表の名称の行にあります。");
            var names = measureTables.SelectMany(t => t.Block.Table!.Rows.Where(r => r.Count > 1 && !r[0].Continued && FieldOf(r[0].Text) == MeasureField.Name).Select(r => r[1].Text)).ToArray();
            measureLevel = BestLevel(names, []);
        }
        else if (above.Any(a => a is not null))
        {
            import["nameFrom"] = "paragraphAbove";
            var lines = above.OfType<LegacyBlock>().Select(b => b.Text!).ToArray();
            measureLevel = BestLevel(lines, []);
            if (measureLevel is null && above.All(a => a is { Emphasized: true }))
            {
                measureLevel = new HierarchyLevel { Name = "施策", Numbering = NumberingStyle.None };
                decided.Add("施策名: 表の上の見出し・太字の行（番号なし）にあります。");
            }
            else decided.Add($"施策名: 表の上の段落にあります（{lines.Length} 個）。");
        }
        else undecided.Add("施策名の行も、表の上の施策名らしい段落も見つかりません。");
        if (measureLevel is null)
        {
            measureLevel = new HierarchyLevel { Name = "施策", Numbering = NumberingStyle.Arabic };
            undecided.Add("施策の番号の付け方が分かりません（1, 2 … としました）。");
        }
        else decided.Add($"施策の番号: {Example(measureLevel)}");

        // Area headings: short paragraphs before the measure tables numbered in one style other than the measures'.
        // Whether names are in a name row or above the tables, the area headings are the short lines among the measure tables;
        // a second numbering among them (the ○ groups under (1) …) is a level of its own, the one that comes first is the top.
        var nameBlocks = hasName ? [] : above.OfType<LegacyBlock>().Select(b => b.Index).ToHashSet();
        var firstTable = measureTables.Length > 0 ? measureTables[0].Index : blocks.Count;
        var lastTable = measureTables.Length > 0 ? measureTables[^1].Index : blocks.Count;
        var headingLines = blocks.Where((b, i) => b.Text is { Length: > 0 and <= 60 } t && !t.EndsWith('。') && !nameBlocks.Contains(b.Index) && i >= Math.Max(0, firstTable - 6) && i <= lastTable)
            .Select(b => b.Text!).ToArray();
        var areaLevels = AreaLevels(headingLines, measureLevel);
        if (areaLevels.Count == 0) undecided.Add("分野の見出しの番号が分かりません（(1), (2) … としました）。");
        else decided.Add($"分野の見出し: {string.Join(" → ", areaLevels.Select(Example))}");
        if (areaLevels.Count == 0) areaLevels = [new HierarchyLevel { Name = "取組", Numbering = NumberingStyle.ParenthesizedArabic }];

        // Schedule: arrows, phase words per year, or bars (more than one row under the years, or cells over several years).
        var (style, form, years) = Schedule(measureTables.Select(t => t.Block.Table!).ToArray());
        if (style is null) undecided.Add("スケジュールの年度の行が見つかりません（矢印として読みます）。");
        else decided.Add($"スケジュール: {style}{(form is null ? "" : "（ラベル付きのバー）")}");
        if (form is not null) import["scheduleForm"] = form;

        // Indicators: a KPI heading (現状値 / 目標値 / years) anywhere near the measure tables makes the table layout.
        var kpi = tables.Any(t => t.Block.Table!.Rows.Any(r => r.Count >= 3 && r.Skip(1).Any(c => KpiWord().IsMatch(c.Text))));
        decided.Add(kpi ? "指標: KPI 表（基準値・目標値の列）があります。" : "指標: 文・箇条書きで書かれています。");

        var json = new JsonObject
        {
            ["name"] = name,
            ["displayName"] = "officedx profile infer が提案したプロファイル",
            ["fiscalYearStyle"] = years,
            ["rows"] = rowsJson,
            ["scheduleStyle"] = style ?? "arrows",
            ["indicators"] = new JsonObject { ["layout"] = kpi ? "table" : "sentence" },
            ["hierarchy"] = new JsonObject
            {
                ["levels"] = new JsonArray(areaLevels.Select(l => (JsonNode)LevelJson(l)).ToArray()),
                ["measure"] = LevelJson(measureLevel),
                ["numberSeparator"] = measureLevel.Numbering is NumberingStyle.Circled ? "" : " ",
            },
        };
        if (import.Count > 0) json["import"] = import;
        return new InferredProfile(json, decided, undecided);
    }

    /// <summary>The nearest paragraph with text above a table (blank paragraphs skipped), or null when a table or nothing comes first.</summary>
    private static LegacyBlock? Above(IReadOnlyList<LegacyBlock> blocks, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (blocks[i].Table is not null) return null;
            if (blocks[i].Text is { Length: > 0 }) return blocks[i];
        }
        return null;
    }

    private static MeasureField? FieldOf(string label)
    {
        var key = ProfileChecks.LabelKey(label);
        foreach (var (field, _, words) in Vocabulary)
            if (words.Any(w => key == ProfileChecks.LabelKey(w))) return field;
        foreach (var (field, _, words) in Vocabulary)
            if (words.Where(w => w.Length >= 3).Any(w => key.Contains(ProfileChecks.LabelKey(w), StringComparison.Ordinal))) return field;
        return null;
    }

    /// <summary>The numbering style most of the lines start with (at least half of them), other than <paramref name="not"/>.</summary>
    private static HierarchyLevel? BestLevel(IReadOnlyList<string> lines, IReadOnlyList<HierarchyLevel> not)
    {
        if (lines.Count == 0) return null;
        var best = Candidates
            .Where(c => not.All(n => c.Numbering != n.Numbering || c.Prefix != n.Prefix))
            .Select(c => (Level: c, Count: lines.Count(l => Numbering.TrySplit(c, l, out _, out var rest, out _) && rest.Length > 0)))
            .Where(x => x.Count > 0).OrderByDescending(x => x.Count).FirstOrDefault();
        return best.Level is not null && best.Count * 2 >= Math.Min(lines.Count, 2) ? best.Level : null;
    }

    /// <summary>
    /// The numberings of the area headings, top first: the most frequent one, then any other that numbers at least two of the
    /// remaining lines, ordered by where each first appears.
    /// </summary>
    private static List<HierarchyLevel> AreaLevels(IReadOnlyList<string> lines, HierarchyLevel measure)
    {
        var levels = new List<HierarchyLevel>();
        var remaining = lines.ToList();
        while (levels.Count < 3 && BestLevel(remaining, [measure, .. levels]) is { } level)
        {
            var numbered = remaining.Where(l => Numbering.TrySplit(level, l, out _, out var rest, out _) && rest.Length > 0).ToArray();
            if (levels.Count > 0 && numbered.Length < 2) break;
            levels.Add(level);
            remaining = remaining.Except(numbered).ToList();
        }
        int First(HierarchyLevel level) => lines.ToList().FindIndex(l => Numbering.TrySplit(level, l, out _, out var rest, out _) && rest.Length > 0);
        return levels.OrderBy(First).ToList();
    }

    private static (string? Style, string? Form, string Years) Schedule(IReadOnlyList<LegacyTable> tables)
    {
        var yearTexts = new List<string>();
        var marks = new List<string>();
        var bars = false;
        foreach (var table in tables)
        {
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var cells = table.Rows[r].Skip(1).ToArray();
                if (cells.Length == 0 || !cells.All(c => FiscalYear.TryParse(c.Text, out _))) continue;
                yearTexts.AddRange(cells.Select(c => c.Text));
                var yearColumns = cells.SelectMany(c => Enumerable.Range(c.Column, c.Span)).ToHashSet();
                // Only rows of marks or short phase texts within the year columns are schedule rows: a note merged across the
                // years (※年度ごとに見直す。) is no bar and no second track.
                var below = table.Rows.Skip(r + 1).TakeWhile(row => row.Count > 0 && (row[0].Continued || row[0].IsEmpty))
                    .Where(row => row.Skip(1).Any(c => !c.IsEmpty) && row.Skip(1).Where(c => !c.IsEmpty).All(c => BarLike(c, yearColumns))).ToArray();
                if (below.Length > 1 || below.Any(row => row.Skip(1).Any(c => c.Span > 1 && ScheduleTextReader.Read(c.Text).Caption is not null))) bars = true;
                marks.AddRange(below.SelectMany(row => row.Skip(1)).Select(c => c.Text).Where(t => t.Length > 0));
            }
        }
        var years = yearTexts.Count == 0 ? "wareki"
            : yearTexts.All(t => WesternYear().IsMatch(JapaneseText.FoldDigitsAndLatin(t))) ? "western"
            : yearTexts.All(t => AbbreviatedYear().IsMatch(JapaneseText.FoldDigitsAndLatin(t).Trim())) ? "warekiAbbreviated"
            : "wareki";
        if (yearTexts.Count == 0) return (null, null, years);
        if (bars) return ("bars", "bars", years);
        var arrows = marks.Count(m => ScheduleTextReader.Read(m).Caption is null);
        return (arrows * 2 > marks.Count ? "arrows" : "phaseText", null, years);
    }

    /// <summary>A cell that can be a bar or a year's phase: within the year columns, and a mark or a short phase text rather than a sentence or a note.</summary>
    private static bool BarLike(LegacyCell cell, HashSet<int> yearColumns)
    {
        if (!Enumerable.Range(cell.Column, cell.Span).All(yearColumns.Contains)) return false;
        var text = cell.Text.Trim();
        return text.Length is > 0 and <= 30 && !text.Contains('。') && !NoteStart().IsMatch(text);
    }

    [GeneratedRegex(@"^(?:※|[（(【＜<]\s*(?:参考|注|※))")]
    private static partial Regex NoteStart();

    private static JsonObject LevelJson(HierarchyLevel level)
    {
        var json = new JsonObject { ["name"] = level.Name, ["numbering"] = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(level.Numbering.ToString()) };
        if (level.Prefix.Length > 0) json["prefix"] = level.Prefix;
        return json;
    }

    private static string Example(HierarchyLevel level) => level.Numbering == NumberingStyle.None && level.Prefix.Length == 0 ? "番号なし" : $"{Numbering.Format(level, 1)}, {Numbering.Format(level, 2)} …";

    private static string Key(MeasureField field) => Vocabulary.First(v => v.Field == field).Key;

    [GeneratedRegex(@"現状|基準|目標|実績")]
    private static partial Regex KpiWord();

    [GeneratedRegex(@"^\s*[0-9]{4}\s*年度")]
    private static partial Regex WesternYear();

    [GeneratedRegex(@"^[RH][0-9元]{1,2}(?:年度)?$")]
    private static partial Regex AbbreviatedYear();
}
