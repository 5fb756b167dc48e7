using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using OfficeDx.Core.Model;
using OfficeDx.Core.Text;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Imports a Word plan OfficeDx never touched (no content controls): headings by the profile's numbering, measure tables by
/// their row labels, 実施済みの施策 lists and the added-measures divider by the profile's wording. Without a profile it picks
/// the best-matching shipped one. Every paragraph and table it cannot place is reported, never dropped silently.
/// </summary>
public static partial class LegacyDocumentImporter
{
    public static ImportResult Import(string path, Profile? profile = null)
    {
        using var document = WordFileOpener.Open(path);
        return Import(document.MainDocumentPart!, Path.GetFileName(path), profile);
    }

    public static ImportResult Import(byte[] bytes, string fileName, Profile? profile = null)
    {
        using var document = WordFileOpener.Open(bytes, fileName);
        return Import(document.MainDocumentPart!, fileName, profile);
    }

    /// <summary>The blocks of a .docx as the importer sees them (its glossary left out), for <see cref="ProfileInference"/>.</summary>
    internal static IReadOnlyList<LegacyBlock> BlocksOf(byte[] bytes, string fileName)
    {
        using var document = WordFileOpener.Open(bytes, fileName);
        try
        {
            var parts = WordParts.FromPackage(document.MainDocumentPart!, fileName);
            var body = parts.Main.Root?.Element(WordXml.Body) ?? throw new DocumentOpenException(fileName, "Word 文書に本文がありません。");
            using var package = Glossary.GlossaryPackage.Over(parts, body, fileName);
            Glossary.GlossaryHarvester.Read(package, null);
            return Blocks(body, package.HandSection).ToArray();
        }
        catch (Exception e) when (Ooxml.PackageFailures.IsDamagedFile(e))
        {
            throw Ooxml.PackageFailures.Rejected(fileName, e, "Word 文書");
        }
    }

    private static ImportResult Import(DocumentFormat.OpenXml.Packaging.MainDocumentPart main, string fileName, Profile? given)
    {
        try
        {
            return ImportBody(main, fileName, given);
        }
        catch (Exception e) when (Ooxml.PackageFailures.IsDamagedFile(e))
        {
            throw Ooxml.PackageFailures.Rejected(fileName, e, "Word 文書");
        }
    }

    private static ImportResult ImportBody(DocumentFormat.OpenXml.Packaging.MainDocumentPart main, string fileName, Profile? given)
    {
        var parts = WordParts.FromPackage(main, fileName);
        var body = parts.Main.Root?.Element(WordXml.Body) ?? throw new DocumentOpenException(fileName, "Word 文書に本文がありません。");
        // The glossary in any hand-made style (footnotes, ※N with a numbered table, 用語/解説/該当頁, あ行 groups, TERM…definition
        // lines): read by the glossary reader, and its paragraphs and tables kept out of the measures.
        using var package = Glossary.GlossaryPackage.Over(parts, body, fileName);
        var (terms, glossaryProblems) = Glossary.GlossaryHarvester.Read(package, null);
        var blocks = Blocks(body, package.HandSection).ToArray();
        var result = FromBlocks(blocks, fileName, given);
        // The heading, group lines and table heading rows are named, so that every line of the document is accounted for.
        var structure = package.HandStructure.Count > 0 ? $"（用語でない行: {string.Join("、", package.HandStructure.Select(l => $"「{l}」"))}）" : "";
        var skipped = package.HandSection.Count > 0 ? new[] { new DocumentProblem("用語集", $"用語集の段落と表（{package.HandSection.Count} 個）は用語として読み、施策には入れていません。{structure}", DocumentProblemKind.Skipped) } : [];
        return result with { Plan = result.Plan with { Glossary = terms }, Unplaced = [.. result.Unplaced, .. glossaryProblems, .. skipped] };
    }

    /// <summary>Imports an already loaded body: the harvest falls back to this when a document has neither tags nor bookmarks.</summary>
    internal static ImportResult FromBody(XElement body, string fileName, Profile? given) => FromBlocks(Blocks(body).ToArray(), fileName, given);

    /// <summary>
    /// Builds the plan from a document's blocks; the text importer turns extracted text into the same blocks and sets
    /// <paramref name="extractedText"/>, so that arrow rows are read for what PDF extraction lost.
    /// </summary>
    internal static ImportResult FromBlocks(IReadOnlyList<LegacyBlock> blocks, string fileName, Profile? given, bool extractedText = false)
    {
        var (profile, reason) = given is null
            ? ProfileMatcher.Best(blocks, ProfileLibrary.Names.Select(ProfileLibrary.Load))
            : (given, $"--profile で {given.Name} が指定されました。");
        var state = new Builder(profile, fileName, extractedText);
        state.Run(blocks);
        return new ImportResult(state.Plan(), profile, reason, state.Problems);
    }

    private static IEnumerable<LegacyBlock> Blocks(XElement body, IReadOnlySet<XElement>? glossary = null)
    {
        var index = 0;
        IEnumerable<LegacyBlock> Walk(XElement parent)
        {
            foreach (var child in parent.Elements())
            {
                if (glossary is not null && (glossary.Contains(child) || IsGlossarySection(child))) { ++index; continue; }
                if (child.Name == WordXml.Paragraph)
                {
                    var style = child.Element(WordXml.ParagraphProperties)?.Element(WordXml.W + "pStyle")?.Attribute(WordXml.Val)?.Value;
                    yield return new LegacyBlock(++index, string.Join("\n", WordText.Lines([child])).Trim(), style, null, Emphasized(child, style));
                }
                else if (child.Name == WordXml.Table) yield return new LegacyBlock(++index, null, null, LegacyTable.From(child));
                else if (child.Name == WordXml.Sdt) foreach (var inner in Walk(WordXml.ContentOf(child))) yield return inner;
            }
        }
        return Walk(body).ToArray();
    }

    /// <summary>The glossary section OfficeDx wrote (a content control tagged odx:glossary or odx:glossary-entry:…): read as the glossary.</summary>
    private static bool IsGlossarySection(XElement element) =>
        element.Name == WordXml.Sdt && WordXml.TagOf(element) is { } tag && (tag == GlossaryTags.Section || tag.StartsWith(GlossaryTags.EntryPrefix, StringComparison.Ordinal));

    /// <summary>A heading style (Heading3, 見出し 3, or the numeric ids Japanese Word gives them) or every run with text bold.</summary>
    private static bool Emphasized(XElement paragraph, string? style)
    {
        if (style is not null && (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("見出し", StringComparison.Ordinal) || style.All(char.IsAsciiDigit))) return true;
        var runs = paragraph.Descendants(WordXml.W + "r").Where(r => r.Elements(WordXml.Text).Any(t => t.Value.Trim().Length > 0)).ToArray();
        return runs.Length > 0 && runs.All(r => r.Element(WordXml.RunProperties)?.Element(WordXml.W + "b") is { } b && b.Attribute(WordXml.Val)?.Value is null or "1" or "true" or "on");
    }

    /// <summary>Walks the blocks once, keeping the open areas, the plan's cover fields and the report.</summary>
    private sealed class Builder
    {
        private readonly Profile profile;
        private readonly string fileName;

        public Builder(Profile profile, string fileName, bool extractedText)
        {
            this.profile = profile;
            this.fileName = fileName;
            _tables = new MeasureTableImporter(profile, extractedText, () => _period);
            _labels = new RowLabels(profile);
        }

        private readonly MeasureTableImporter _tables;
        private readonly NamedTables _named = new();
        private readonly List<MutableArea> _top = [];
        private readonly List<(int Level, MutableArea Area)> _open = [];
        private PlanPeriod? _period;
        private bool _afterDivider;
        private bool _inCompletedList;
        private int _tableCount;
        public List<DocumentProblem> Problems { get; } = [];

        public void Run(IReadOnlyList<LegacyBlock> blocks)
        {
            foreach (var block in blocks)
            {
                _block = block.Index;
                if (block.Table is { } table) { Table(table); Mark(block.Index); continue; }
                var text = block.Text!;
                if (text.Length == 0) continue;
                _named.Break();
                if (NameAbove(text, block)) { Mark(block.Index); continue; }
                Paragraph(text, block.Index);
                Mark(block.Index);
            }
        }

        private int _block;
        private readonly List<int> _problemBlocks = [];

        /// <summary>Remembers the block each finding was made at (a continued table's findings move to the table that continued it).</summary>
        private void Mark(int block)
        {
            while (_problemBlocks.Count > Problems.Count) _problemBlocks.RemoveAt(_problemBlocks.Count - 1);
            while (_problemBlocks.Count < Problems.Count) _problemBlocks.Add(block);
        }

        /// <summary>
        /// Paragraphs and tables before the first area that holds a measure, or after the last measure, belong to the plan's other
        /// chapters (背景, 現状と課題, 推進体制): listed as skipped, not as lost, so that only the measures' chapters decide exit 1.
        /// </summary>
        private void SkipOtherChapters(IReadOnlyList<MutableArea> areas)
        {
            if (_measureBlocks.Count == 0) return;
            var first = _measureBlocks.Min();
            var start = areas.SelectMany(Flatten).Where(a => a.Measures.Count > 0 && a.Block > 0).Select(a => a.Block).DefaultIfEmpty(first).Min();
            var topStart = _top.Where(t => Flatten(t).Any(a => a.Measures.Count > 0) && t.Block > 0).Select(t => t.Block).DefaultIfEmpty(start).Min();
            var end = _measureBlocks.Max();
            for (var i = 0; i < Math.Min(_problemBlocks.Count, Problems.Count); i++)
            {
                var block = _problemBlocks[i];
                if (Problems[i].Kind == DocumentProblemKind.Lost && (block < Math.Min(topStart, first) || block > end))
                    Problems[i] = Problems[i] with { Kind = DocumentProblemKind.Skipped };
            }
        }

        private static IEnumerable<MutableArea> Flatten(MutableArea area) => new[] { area }.Concat(area.Children.SelectMany(Flatten));

        /// <summary>
        /// With import.nameFrom paragraphAbove, a line numbered like a measure ((1) …, ①…, 施策1 …) — or, when measures have no
        /// number, a heading or bold line — names the table below it.
        /// </summary>
        private bool NameAbove(string text, LegacyBlock block)
        {
            if (profile.Import.NameFrom != MeasureNamePlace.ParagraphAbove || text.Length > 80 || text.EndsWith('。') || text.Contains('\n')) return false;
            var measure = profile.Hierarchy.Measure;
            var numbered = Numbering.TrySplit(measure, text, out _, out var rest, out _) && rest.Length > 0;
            var unnumbered = measure.Numbering == NumberingStyle.None && block.Emphasized;
            if (!numbered && !unnumbered) return false;
            // A heading of an area wins: only a line that is no area heading names a measure.
            if (profile.Hierarchy.Levels.Any(l => Numbering.TrySplit(l, text, out _, out var t, out _) && t.Length > 0)) return false;
            CloseSection();
            if (_pendingName is { } earlier)
            {
                Problems.Add(new DocumentProblem($"{earlier.Index} 番目の段落", $"「{earlier.Text}」は施策名の形ですが、下に施策表が無いため読み込みませんでした。"));
                _outline.List(earlier.Text, earlier.Index, _pendingArea);
            }
            _pendingArea = _open.Count > 0 ? _open[^1] : null;
            _pendingName = (text, block.Index);
            return true;
        }

        private (string Text, int Index)? _pendingName;
        private (int Level, MutableArea Area)? _pendingArea;
        private readonly AreaOutline _outline = new();

        private void Paragraph(string text, int index)
        {
            var compact = text.Replace(" ", "").Replace("\u3000", "");
            if (compact == profile.AddedDivider.Replace(" ", "").Replace("\u3000", "")) { _afterDivider = true; _inCompletedList = false; return; }
            if (compact == profile.CompletedHeading.Replace(" ", "").Replace("\u3000", "")) { _inCompletedList = true; return; }
            if (_inCompletedList && StartsWithBullet(text) && _open.Count > 0)
            {
                var area = _open[^1].Area;
                area.Measures.Add(new Measure { Id = area.NextMeasureId(), Name = text.TrimStart('・', '･', '-', '•', ' ', '\u3000').Trim(), State = MeasureState.Completed });
                return;
            }
            _inCompletedList = false;
            if (Heading(text)) return;
            if (SectionedMeasure(text, index)) return;
            if (Cover(text, index)) return;
            if (_period is null && (_top.Count == 0 || text.Contains("期間", StringComparison.Ordinal)) && TryPeriod(text, out var period))
            {
                _period = period;
                // A cover line is the period and nothing else; a sentence that states it says more, and is reported whole.
                if (text.EndsWith('。') || text.Length > 40)
                    Problems.Add(new DocumentProblem($"{index} 番目の段落", $"計画期間はこの段落から読みましたが、「{text}」の文は計画には入れていません。", DocumentProblemKind.Uncertain));
                return;
            }
            // The whole text is in the report, so that nothing the importer could not place is lost.
            Problems.Add(new DocumentProblem($"{index} 番目の段落", $"「{text}」はどの分野・施策にも当たらないため読み込みませんでした。"));
        }

        private readonly CoverLines _cover = new();

        /// <summary>Title, edition and the municipality line of the cover (<see cref="CoverLines"/>); a line that loses the title to a better one is reported.</summary>
        private bool Cover(string text, int index)
        {
            if (!_cover.Take(text, index, _top.Count == 0, out var displaced)) return false;
            if (displaced is { } d) Problems.Add(new DocumentProblem($"{d.Index} 番目の段落", $"「{d.Text}」は計画名の候補でしたが、自治体名で始まる計画名が後にあるため読み込みませんでした。", DocumentProblemKind.Uncertain));
            return true;
        }

        private readonly RowLabels _labels;
        private List<IReadOnlyList<LegacyCell>>? _section;
        private string _sectionPlace = "";
        private List<IReadOnlyList<LegacyCell>>? _kpiRows;

        /// <summary>
        /// A measure laid out as a heading (施策1 …) followed by labelled parts (&lt;取組概要&gt;, 主な取組, KPI) instead of a table:
        /// its parts are gathered into a two-column table and read like any measure table.
        /// </summary>
        private bool SectionedMeasure(string text, int index)
        {
            var level = profile.Hierarchy.Measure;
            if (level.Prefix.Length > 0 && text.Length <= 80 && !text.EndsWith('。')
                && Numbering.TrySplit(level, text, out _, out var title, out _) && title.Length > 0)
            {
                CloseSection();
                _section = [[Cell(profile.Row(MeasureField.Name).Label), Cell(text)]];
                _sectionPlace = $"{index} 番目の段落からの施策「{Short(text)}」";
                _sectionBlock = index;
                _sectionEnd = index;
                return true;
            }
            if (_section is null) return false;
            var label = text.TrimStart('④', '▼', '▽', '◆', '■', '●', '◇', '□', ' ', '\u3000');
            if (_labels.TryMatch(label, out _, out _))
            {
                _section.Add([Cell(label), new LegacyCell(1, 1, [], null, false)]);
                _kpiRows = null;
                _sectionEnd = index;
                return true;
            }
            if (_section.Count == 1) return false;
            // Text after the KPI table is not part of the measure (the 【参考】 appendix after hachinohe's last 施策, cited as 巻末に参考
            // として記載): the measure ends there, and the text goes on to be placed or reported like any paragraph.
            if (_kpiRows is not null) { CloseSection(); return false; }
            var last = _section[^1];
            _section[^1] = [last[0], last[1] with { Lines = [.. last[1].Lines, text] }];
            _sectionEnd = index;
            return true;
        }

        private void AddSectionTable(LegacyTable table)
        {
            if (_kpiRows is null)
            {
                _kpiRows = [];
                var last = _section![^1];
                _section[^1] = [last[0], last[1] with { Nested = new LegacyTable(_kpiRows) }];
            }
            _kpiRows.AddRange(table.Rows);
            _sectionEnd = _block;
        }

        private int _sectionBlock;
        private int _sectionEnd = -1;

        private void CloseSection()
        {
            if (_section is null) return;
            var section = _section;
            _section = null;
            _kpiRows = null;

            if (section.Count == 1)
            {
                Mark(_block);
                Problems.Add(new DocumentProblem(_sectionPlace, "施策の見出しの後に欄（概要・主な取組・KPI など）が無いため、施策として読み込みませんでした（目次や概要の章の見出しと考えられます）。"));
                Mark(_sectionBlock);
                _outline.List(section[0][1].Text, _sectionBlock, _open.Count > 0 ? _open[^1] : null);
                return;
            }
            _closing = _sectionEnd;
            Table(new LegacyTable(section.Select(r => (IReadOnlyList<LegacyCell>)r.Select(c => c with { Nested = c.Nested is { } n ? new LegacyTable(n.Rows.ToArray()) : null }).ToArray()).ToArray()), _sectionPlace);
        }

        private static LegacyCell Cell(string text) => new(0, 1, [text], null, false);

        private bool Heading(string text)
        {
            if (text.Length > 80 || text.EndsWith('。')) return false;
            var levels = profile.Hierarchy.Levels;
            for (var level = 0; level < levels.Count; level++)
            {
                if (!Numbering.TrySplit(levels[level], text, out var number, out var title, out _) || title.Length == 0) continue;
                CloseSection();
                OpenArea(level, number, title);
                _afterDivider = false;
                return true;
            }
            return false;
        }

        /// <summary>Opens an area at <paramref name="level"/> under the open area of the level above, closing those at its level and below.</summary>
        private MutableArea OpenArea(int level, string number, string title)
        {
            while (_open.Count > 0 && _open[^1].Level >= level) _open.RemoveAt(_open.Count - 1);
            var parent = _open.Count > 0 ? _open[^1].Area : null;
            var siblings = parent?.Children ?? _top;
            var id = (parent is null ? "a" : parent.Id + "-") + (siblings.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var area = new MutableArea(id, number, title) { Block = _block };
            siblings.Add(area);
            _open.Add((level, area));
            return area;
        }

        /// <summary>
        /// A measure whose number goes back (施策1 after 施策4) with no area heading between them starts an area whose heading is
        /// missing (a heading drawn as a picture, or lost in PDF extraction). When an earlier chapter lists the measure under
        /// another area heading (a summary 「基本目標 3 …」 followed by 「施策 1 …」), the measure is placed under that area, opened
        /// again here; otherwise it stays where it is. Either way the report says so.
        /// </summary>
        private Measure PlaceRestartedMeasure(MutableArea area, Measure measure, string place)
        {
            var measureLevel = profile.Hierarchy.Measure;
            if (measure.Number is not { } number || !Numbering.TrySplit(measureLevel, number, out _, out _, out var ordinal)) return measure;
            // The last numbered measure only (found from the end), so that an area of thousands of measures stays linear.
            var last = area.Measures.FindLast(m => m.State != MeasureState.Completed && m.Number is not null);
            var previous = last is not null && Numbering.TrySplit(measureLevel, last.Number!, out _, out _, out var o) ? o : 0;
            if (previous == 0 || ordinal > previous) return measure;
            var named = $"{number} {measure.Name}";
            var current = _open[^1];
            if (_outline.AreaOf(number + measure.Name) is { } listed && AreaOutline.Key(listed.Number) != AreaOutline.Key(area.Number))
            {
                var opened = OpenArea(listed.Level == int.MaxValue ? current.Level : listed.Level, listed.Number, listed.Title);
                Problems.Add(new DocumentProblem(place, $"施策「{named}」の番号が前の施策（{profile.Hierarchy.Measure.Name}{previous}）より戻っていますが、間に分野の見出しがありません。{listed.Block} 番目の段落からの一覧でこの施策が「{$"{listed.Number} {listed.Title}".Trim()}」の下にあるため、その分野の見出しが抜けているとみなし、その分野の施策として読みました。", DocumentProblemKind.Uncertain));
                return measure with { Id = opened.NextMeasureId() };
            }
            Problems.Add(new DocumentProblem(place, $"施策「{named}」の番号が前の施策（{profile.Hierarchy.Measure.Name}{previous}）より戻っていますが、間に分野の見出しがありません。分野の見出しが抜けている可能性があります。「{$"{area.Number} {area.Title}".Trim()}」の施策として読みました。", DocumentProblemKind.Uncertain));
            return measure;
        }

        private void Table(LegacyTable table)
        {
            _tableCount++;
            _inCompletedList = false;
            if (_section is { Count: > 1 } && _labels.TryMatch(_section[^1][0].Text, out var field, out _) && field == MeasureField.Indicators)
            {
                AddSectionTable(table);
                return;
            }
            CloseSection();
            Table(table, $"{_tableCount} 番目の表");
        }

        private void Table(LegacyTable table, string place)
        {
            // Rows spread over several tables: a table right after a measure table, naming no measure, goes on with it.
            if (profile.Import.Continuation && _named.Last is { } last && _pendingName is null && !_tables.HasNameRow(table)
                && (_tables.LabelledRows(table) >= 1 || _tables.IsKpiTable(table)))
            {
                var rows = _tables.IsKpiTable(table)
                    ? [.. last.Table.Rows, [new LegacyCell(0, 1, [table.Rows[0][0].Text], null, false), new LegacyCell(1, 1, [], table, false)]]
                    : last.Table.Rows.Concat(table.Rows).ToList();
                var joined = new LegacyTable(rows);
                Problems.RemoveRange(last.ProblemCount, Problems.Count - last.ProblemCount);
                var again = _tables.Read(joined, last.Measure.Id, last.Measure.State, last.Place + $"（{place}に続く）", Problems, last.NameAbove);
                if (again is not null)
                {
                    var index = last.Area.Measures.IndexOf(last.Measure);
                    last.Area.Measures[index] = again;
                    _named.Read(last with { Table = joined, Measure = again });
                    return;
                }
            }
            _named.Break();
            if (_tables.LabelledRows(table) < 2 && !(_pendingName is not null && _tables.LabelledRows(table) >= 1))
            {
                var first = table.Rows.SelectMany(r => r).FirstOrDefault(c => !c.IsEmpty)?.Text ?? "";
                Problems.Add(new DocumentProblem(place, $"{table.Rows.Count} 行の表（「{Short(first)}」で始まる）は、プロファイル {profile.Name} の施策表の見出しが2つ以上無いため読み込みませんでした。表の内容: {table.Content()}"));
                return;
            }
            if (_open.Count == 0)
            {
                var orphan = new MutableArea("a0", "", "（分野の見出しの無い施策）");
                _top.Insert(0, orphan);
                _open.Add((int.MaxValue, orphan));
                Problems.Add(new DocumentProblem(place, "分野の見出しより前にある施策表です。「（分野の見出しの無い施策）」にまとめました。", DocumentProblemKind.Uncertain));
            }
            var area = _open[^1].Area;
            var nameAbove = _pendingName?.Text;
            if (_pendingName is { } pending && _tables.HasNameRow(table))
            {
                Problems.Add(new DocumentProblem($"{pending.Index} 番目の段落", $"「{pending.Text}」は施策名の形ですが、下の表に「{profile.Row(MeasureField.Name).Label}」の行があるため、表の名称を使いました。", DocumentProblemKind.Uncertain));
                nameAbove = null;
            }
            _pendingName = null;
            var problemCount = Problems.Count;
            var measure = _tables.Read(table, area.NextMeasureId(), _afterDivider ? MeasureState.Added : MeasureState.Active, place, Problems, nameAbove);
            if (measure is null) return;
            measure = PlaceRestartedMeasure(area, measure, place);
            area = _open[^1].Area;
            area.Measures.Add(measure);
            _named.Read(new NamedTables.Entry(area, measure, table, place, problemCount, nameAbove));
            _measureBlocks.Add(_closing >= 0 ? _closing : _block);
            _closing = -1;
        }

        /// <summary>The last block of the sectioned measure being closed, or -1 when a table is read where it stands.</summary>
        private int _closing = -1;

        private readonly List<int> _measureBlocks = [];

        public Plan Plan()
        {
            CloseSection();
            Mark(int.MaxValue);
            if (_pendingName is { } pending)
                Problems.Add(new DocumentProblem($"{pending.Index} 番目の段落", $"「{pending.Text}」は施策名の形ですが、下に施策表が無いため読み込みませんでした。"));
            SkipOtherChapters(_top);
            var areas = Prune(_top.Select(a => a.ToArea())).ToArray();
            var title = _cover.Title ?? Path.GetFileNameWithoutExtension(fileName);
            if (_cover.Title is null) Problems.Add(new DocumentProblem("表紙", "計画名が見つかりません。ファイル名を計画名にしました。", DocumentProblemKind.Uncertain));
            var municipality = CoverLines.Municipality(title);
            if (municipality.Length == 0) Problems.Add(new DocumentProblem("表紙", $"計画名「{title}」から自治体名が読めません。空のままです。"));
            var period = _period ?? PeriodFromSchedules(areas);
            return new Plan
            {
                Id = IdPattern().Replace(Path.GetFileNameWithoutExtension(fileName), "-"),
                Municipality = municipality,
                Title = title,
                Edition = _cover.Edition,
                Profile = profile.Name,
                Period = period,
                Areas = areas,
            };
        }

        /// <summary>Areas with no measure anywhere below them are headings of other chapters (目次, 概要): reported, not kept.</summary>
        private IEnumerable<Area> Prune(IEnumerable<Area> areas)
        {
            foreach (var area in areas)
            {
                if (!area.SelfAndDescendants().Any(a => a.Measures.Count > 0))
                {
                    // Every heading of the dropped branch is reported, not only its top one.
                    foreach (var dropped in area.SelfAndDescendants())
                        Problems.Add(new DocumentProblem($"見出し「{$"{dropped.Number} {dropped.Title}".Trim()}」", "この見出しの下に施策が一つも無いため、分野として読み込みませんでした。", DocumentProblemKind.Skipped));
                    continue;
                }
                yield return area with { Areas = Prune(area.Areas).ToArray() };
            }
        }

        private PlanPeriod PeriodFromSchedules(IEnumerable<Area> areas)
        {
            var years = areas.SelectMany(a => a.SelfAndDescendants()).SelectMany(a => a.Measures).SelectMany(m => m.Schedule).Select(e => e.FiscalYear).ToArray();
            if (years.Length == 0)
            {
                Problems.Add(new DocumentProblem("表紙", "計画期間（令和5年度～令和7年度 のような行）が見つからず、スケジュールにも年度がありません。計画期間は空です。"));
                return new PlanPeriod();
            }
            Problems.Add(new DocumentProblem("表紙", "計画期間の行が見つからないため、スケジュールの年度から決めました。", DocumentProblemKind.Uncertain));
            return new PlanPeriod { From = years.Min(), To = years.Max() };
        }

        private static bool TryPeriod(string text, out PlanPeriod period)
        {
            period = new PlanPeriod();
            // 令和5(2023)年度 names the year twice: the Western year in the parentheses is read.
            var years = YearPattern().Matches(text)
                .Select(m => m.Groups["western"].Success ? m.Groups["western"].Value + "年度" : m.Value)
                .Select(v => FiscalYear.TryParse(v, out var y) ? (FiscalYear?)y : null).OfType<FiscalYear>().ToArray();
            if (years.Length < 2 || years[0] > years[^1]) return false;
            period = new PlanPeriod { From = years[0], To = years[^1] };
            return true;
        }

        private static bool StartsWithBullet(string text) => text.Length > 0 && text[0] is '・' or '･' or '-' or '•';

        private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
    }

    /// <summary>The last measure table read, while nothing but tables follows it: a table that continues it is joined to it and read again.</summary>
    private sealed class NamedTables
    {
        public sealed record Entry(MutableArea Area, Measure Measure, LegacyTable Table, string Place, int ProblemCount, string? NameAbove);

        public Entry? Last { get; private set; }

        public void Read(Entry entry) => Last = entry;

        public void Break() => Last = null;
    }

    /// <summary>
    /// The measures listed under area headings outside the measures' chapters (a summary chapter of 施策 headings without
    /// their parts, names with no table under them): where a measure belongs when its own area heading is missing.
    /// </summary>
    private sealed class AreaOutline
    {
        public sealed record Listed(int Level, string Number, string Title, int Block);

        private readonly Dictionary<string, Listed> _areas = new(StringComparer.Ordinal);

        public void List(string measureHeading, int block, (int Level, MutableArea Area)? open)
        {
            if (open is not { } area) return;
            _areas.TryAdd(Key(measureHeading), new Listed(area.Level, area.Area.Number, area.Area.Title, block));
        }

        public Listed? AreaOf(string measureHeading) => _areas.GetValueOrDefault(Key(measureHeading));

        /// <summary>Numbers and names compare without spaces and with digits and Latin letters folded (施策 1 庁内 BPR = 施策1 庁内BPR).</summary>
        public static string Key(string text) => JapaneseText.FoldDigitsAndLatin(text).RemoveWhitespace();
    }

    /// <summary>An area while it is being filled.</summary>
    private sealed class MutableArea(string id, string number, string title)
    {
        public string Number { get; } = number;
        public string Title { get; } = title;
        public string Id { get; } = id;
        /// <summary>The block of its heading: the measures' chapters start at the first area holding a measure.</summary>
        public int Block { get; init; }
        public List<MutableArea> Children { get; } = [];
        public List<Measure> Measures { get; } = [];

        public string NextMeasureId() => $"{Id}-{Measures.Count + 1:00}";

        public Area ToArea() => new()
        {
            Id = Id,
            Number = Number,
            Title = Title,
            Measures = Measures.Where(m => m.State == MeasureState.Active).Concat(Measures.Where(m => m.State == MeasureState.Added)).Concat(Measures.Where(m => m.State == MeasureState.Completed)).ToArray(),
            Areas = Children.Select(c => c.ToArea()).ToArray(),
        };
    }

    [GeneratedRegex(@"[^A-Za-z0-9\-]+")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"(?:令和|平成)\s*[0-9０-９元]{1,3}\s*[（(](?<western>[0-9]{4})[）)]\s*年度|(?:令和|平成|[RH])\s*[0-9０-９元]{1,3}\s*年度|[0-9０-９]{4}\s*年度")]
    private static partial Regex YearPattern();
}
