using System.Globalization;

namespace OfficeDx.Documents.Profiles;

/// <summary>The rules a profile must satisfy beyond its JSON shape; every mistake names its key (rows[2].label, page.leftMm).</summary>
public static class ProfileChecks
{
    public static IReadOnlyList<string> Check(Profile profile)
    {
        var mistakes = new List<string>();
        void Add(string key, string message) => mistakes.Add($"{key}: {message}");

        if (string.IsNullOrWhiteSpace(profile.Name)) Add("name", "プロファイル名が空です。");
        if (profile.Rows.Count == 0) Add("rows", "施策表の行が一つもありません。");
        else if (!profile.Rows.Any(r => r.Field == MeasureField.Name)) Add("rows", "name（施策の名称）の行が必要です。");
        if (profile.Rows.Count > 0 && !profile.Rows.Any(r => r.Field == MeasureField.Overview)) Add("rows", "overview（施策の概要）の行が必要です（改訂の注記もここに書かれます）。");

        var fields = new Dictionary<MeasureField, int>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < profile.Rows.Count; i++)
        {
            var row = profile.Rows[i];
            var key = $"rows[{i}]";
            if (!fields.TryAdd(row.Field, i)) Add(key + ".field", $"{Json(row.Field)} の行が二つあります（rows[{fields[row.Field]}] と同じ）。");
            if (string.IsNullOrWhiteSpace(row.Label)) Add(key + ".label", "行の見出しが空です。");
            else if (!labels.TryAdd(LabelKey(row.Label), key + ".label")) Add(key + ".label", $"見出し「{Core.Text.ShortQuote.Of(row.Label)}」は {labels[LabelKey(row.Label)]} と同じです。");
            for (var j = 0; j < row.Synonyms.Count; j++)
            {
                var synonym = row.Synonyms[j];
                if (string.IsNullOrWhiteSpace(synonym)) Add($"{key}.synonyms[{j}]", "空の別名があります。");
                else if (!labels.TryAdd(LabelKey(synonym), $"{key}.synonyms[{j}]") && labels[LabelKey(synonym)] != $"{key}.label")
                    Add($"{key}.synonyms[{j}]", $"別名「{Core.Text.ShortQuote.Of(synonym)}」は {labels[LabelKey(synonym)]} でも使われています。読み込むときにどの行か決められません。");
            }
        }

        CheckFonts(profile.Fonts, Add);
        CheckPage(profile.Page, Add);
        if (profile.Indicators.Layout == IndicatorLayout.Table && profile.Indicators.NameColumnMm <= 0)
            Add("indicators.nameColumnMm", "指標の列幅は 0 より大きくしてください。");
        foreach (var (template, key) in new[]
                 {
                     (profile.Indicators.BaselineYearHeader, "indicators.baselineYearHeader"),
                     (profile.Indicators.TargetYearHeader, "indicators.targetYearHeader"),
                     (profile.Indicators.ActualYearHeader, "indicators.actualYearHeader"),
                 })
        {
            if (!template.Contains("{year}", StringComparison.Ordinal)) Add(key, "年度を入れる {year} が含まれていません。");
        }
        if (profile.Hierarchy.Levels.Count == 0) Add("hierarchy.levels", "階層が一つもありません（少なくとも分野の階層を一つ書いてください）。");
        for (var i = 0; i < profile.Hierarchy.Levels.Count; i++)
            CheckLevel(profile.Hierarchy.Levels[i], $"hierarchy.levels[{i}]", Add);
        // Measures named by a heading or bold line above their table may go unnumbered: nothing else marks them.
        if (!(profile.Import.NameFrom == MeasureNamePlace.ParagraphAbove && profile.Hierarchy.Measure.Numbering == NumberingStyle.None))
            CheckLevel(profile.Hierarchy.Measure, "hierarchy.measure", Add);
        // JSON reading refuses unknown names; this catches a profile built in code from a cast number.
        if (!Enum.IsDefined(profile.Hierarchy.NumbersAfterRevision))
            Add("hierarchy.numbersAfterRevision", "改訂後の番号の扱いは keepGaps（欠番を残す）か renumber（詰めて振り直す）のどちらかにしてください。");
        if (string.IsNullOrEmpty(profile.RevisionNotes.Marker)) Add("revisionNotes.marker", "改訂の注記の記号（※ など）が空です。");
        RevisionNoteChecks.Check(profile.RevisionNotes, Add);
        if (string.IsNullOrEmpty(profile.BulletPrefix)) Add("bulletPrefix", "箇条書きの記号が空です。");
        foreach (var (list, key) in new[]
                 {
                     (profile.Import.EmptyValues, "import.emptyValues"), (profile.Import.NoteMarkers, "import.noteMarkers"), (profile.Import.ListMarkers, "import.listMarkers"),
                     (profile.Indicators.BaselineWords, "indicators.baselineWords"), (profile.Indicators.TargetWords, "indicators.targetWords"),
                     (profile.Indicators.ActualWords, "indicators.actualWords"), (profile.Indicators.TargetEndings, "indicators.targetEndings"),
                 })
        {
            for (var i = 0; i < list.Count; i++)
                if (string.IsNullOrWhiteSpace(list[i])) Add($"{key}[{i}]", "空の文字列は使えません。");
        }
        CheckNoControlCharacters(profile, Add);
        if (profile.Import.NameFrom == MeasureNamePlace.ParagraphAbove && profile.Hierarchy.Levels.Any(l => l.Numbering == profile.Hierarchy.Measure.Numbering && l.Prefix == profile.Hierarchy.Measure.Prefix))
            Add("import.nameFrom", "施策名を表の上の段落から読むには、施策の番号（hierarchy.measure）を分野の階層と違う形にしてください（同じ形だと見出しと区別できません）。");
        return mistakes;
    }

    /// <summary>
    /// Every wording of a profile ends up in document XML, where control characters are not allowed (the writer would fail):
    /// each string is checked wherever it sits, by its JSON path.
    /// </summary>
    private static void CheckNoControlCharacters(Profile profile, Action<string, string> add)
    {
        void Walk(System.Text.Json.Nodes.JsonNode? node, string path)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject obj:
                    foreach (var (name, child) in obj) Walk(child, path.Length == 0 ? name : $"{path}.{name}");
                    break;
                case System.Text.Json.Nodes.JsonArray array:
                    for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]");
                    break;
                case System.Text.Json.Nodes.JsonValue value when value.TryGetValue<string>(out var text) && text.Any(char.IsControl):
                    add(path, "改行・タブなどの制御文字は使えません（文書に書けません）。");
                    break;
            }
        }
        Walk(System.Text.Json.JsonSerializer.SerializeToNode(profile, ProfileLibrary.JsonOptions), "");
    }

    private static void CheckLevel(HierarchyLevel level, string key, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(level.Name)) add(key + ".name", "階層の名前（基本目標、施策 など）が空です。");
        if (level.Numbering == NumberingStyle.None && level.Prefix.Length == 0)
            add(key + ".prefix", "番号を付けない階層（numbering: none）には見出しの記号（○ など）を prefix に書いてください。");
    }

    private static void CheckFonts(FontSetup fonts, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(fonts.Body)) add("fonts.body", "本文のフォント名が空です。");
        if (string.IsNullOrWhiteSpace(fonts.Heading)) add("fonts.heading", "見出しのフォント名が空です。");
        foreach (var (size, key) in new[] { (fonts.BodySize, "fonts.bodySize"), (fonts.TableSize, "fonts.tableSize"), (fonts.ScheduleLabelSize, "fonts.scheduleLabelSize") })
        {
            if (size is < 5 or > 72) add(key, $"文字の大きさ {size.ToString(CultureInfo.InvariantCulture)} pt は使えません（5～72 pt）。");
        }
    }

    private static void CheckPage(PageSetup page, Action<string, string> add)
    {
        foreach (var (value, key) in new[]
                 {
                     (page.WidthMm, "page.widthMm"), (page.HeightMm, "page.heightMm"), (page.TopMm, "page.topMm"), (page.BottomMm, "page.bottomMm"),
                     (page.LeftMm, "page.leftMm"), (page.RightMm, "page.rightMm"), (page.LabelColumnMm, "page.labelColumnMm"),
                 })
        {
            if (value < 0 || (value == 0 && key is "page.widthMm" or "page.heightMm" or "page.labelColumnMm"))
                add(key, $"{value.ToString(CultureInfo.InvariantCulture)} mm は使えません。");
        }
        var text = page.WidthMm - page.LeftMm - page.RightMm;
        if (text < 60) add("page.leftMm", $"左右の余白が大きすぎます（本文の幅が {text.ToString(CultureInfo.InvariantCulture)} mm しかありません）。");
        else if (page.LabelColumnMm > text - 40) add("page.labelColumnMm", $"見出しの列（{page.LabelColumnMm.ToString(CultureInfo.InvariantCulture)} mm）が広すぎて年度の列が入りません（本文の幅 {text.ToString(CultureInfo.InvariantCulture)} mm）。");
        if (page.HeightMm - page.TopMm - page.BottomMm < 60) add("page.topMm", "上下の余白が大きすぎます。");
    }

    /// <summary>Labels are compared the way import compares them: width-folded, without spaces.</summary>
    internal static string LabelKey(string label) =>
        Core.Text.JapaneseText.FoldDigitsAndLatin(label).Replace("<", "").Replace(">", "").Replace("＜", "").Replace("＞", "").Replace("〈", "").Replace("〉", "").RemoveWhitespaceChars();

    private static string RemoveWhitespaceChars(this string text) => Core.Text.JapaneseText.RemoveWhitespace(text);

    private static string Json(MeasureField field) => char.ToLowerInvariant(field.ToString()[0]) + field.ToString()[1..];
}
