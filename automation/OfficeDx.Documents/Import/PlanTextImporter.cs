using System.Text.RegularExpressions;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Imports text extracted from a published PDF (like templates/seeds/*.txt): tab-separated lines are table rows, `&lt;p&gt;` and
/// `&lt;li&gt;` fragments in a cell are its lines, Markdown marks (#, **) around headings are dropped. The text becomes the same
/// blocks a Word document gives, so headings, measure tables and the report work exactly as in the Word import. The glossary
/// is read from the text first (<see cref="TextGlossaryReader"/>) and its lines kept out of the blocks; a text with no measure
/// table is tried as an outline of numbered headings with body text (<see cref="OutlineImporter"/>).
/// </summary>
public static partial class PlanTextImporter
{
    public static ImportResult Import(string path, Profile? profile = null)
    {
        string text;
        try
        {
            var limits = InputLimits.Current;
            var size = new FileInfo(path).Length;
            if (size > limits.MaxTextBytes) throw TooLarge(path, size, limits);
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentOpenException(path, "ファイルが見つかりません。パスを確認してください。");
        }
        return Import(text, Path.GetFileName(path), profile);
    }

    public static ImportResult Import(string text, string fileName, Profile? profile = null)
    {
        var limits = InputLimits.Current;
        if (text.Length > limits.MaxTextBytes) throw TooLarge(fileName, text.Length, limits);
        CheckLines(text, fileName, limits);
        var glossary = TextGlossaryReader.Read(text);
        var blocks = Blocks(text, glossary.Lines);
        var result = LegacyDocumentImporter.FromBlocks(blocks, fileName, profile, extractedText: true);
        if (!result.Plan.AllMeasures().Any()) result = FromOutline(blocks, fileName, profile) ?? result;
        return result with
        {
            Plan = result.Plan with { Glossary = glossary.Terms },
            Unplaced = [.. result.Unplaced, .. glossary.Problems],
        };
    }

    /// <summary>
    /// Refuses a line past <see cref="InputLimits.MaxTextLineCharacters"/> or with more tab-separated cells than <see cref="InputLimits.MaxColumns"/>,
    /// naming the line: the table reader's cost grows faster than the line (200,000 tabs on one line once took over a minute).
    /// </summary>
    private static void CheckLines(string text, string file, InputLimits limits)
    {
        var number = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            number++;
            if (line.Length > limits.MaxTextLineCharacters)
                throw new DocumentOpenException(file, $"{number:N0}行目が {line.Length:N0} 文字あり、1 行の{InputLimits.Name(nameof(InputLimits.MaxTextLineCharacters), limits.MaxTextLineCharacters)} 文字を超えています。上限は設定 {InputLimits.Section} で変えられます。") { TooLarge = true };
            var cells = line.Count('\t') + 1;
            if (cells > limits.MaxColumns)
                throw new DocumentOpenException(file, $"{number:N0}行目にタブで区切られた欄が {cells:N0} 個あり、表の列の{InputLimits.Name(nameof(InputLimits.MaxColumns), limits.MaxColumns)} 列を超えています。上限は設定 {InputLimits.Section} で変えられます。") { TooLarge = true };
        }
    }

    private static DocumentOpenException TooLarge(string file, long size, InputLimits limits) =>
        new(file, $"テキストが {InputLimits.Count(size)} バイトあり、取り込むテキストの{InputLimits.Name(nameof(InputLimits.MaxTextBytes), limits.MaxTextBytes)} バイトを超えています（PDF から抜き出した計画なら数百 KB です）。上限は設定 {InputLimits.Section} で変えられます。") { TooLarge = true };

    /// <summary>
    /// A plan with no measure tables may be an outline whose 取組事項 are numbered headings with body text: the profile whose
    /// hierarchy fits the most headings of its chapter is used. Blocks the outline did not take go through the table importer,
    /// which finds the title and period and reports them.
    /// </summary>
    private static ImportResult? FromOutline(IReadOnlyList<LegacyBlock> blocks, string fileName, Profile? given)
    {
        var candidates = given is null ? ProfileLibrary.Names.Select(ProfileLibrary.Load) : [given];
        var outlines = candidates.Select(p => OutlineImporter.Read(blocks, p)).OfType<OutlineImporter.Outline>()
            .Where(o => o.Measures > 0).OrderByDescending(o => o.Headings).ThenBy(o => o.Profile.Name, StringComparer.Ordinal).ToArray();
        if (outlines.Length == 0) return null;
        var best = outlines[0];
        var rest = LegacyDocumentImporter.FromBlocks(blocks.Where(b => !best.Consumed.Contains(b.Index)).ToArray(), fileName, best.Profile, extractedText: true);
        var levels = string.Join(" → ", best.Profile.Hierarchy.Levels.Append(best.Profile.Hierarchy.Measure).Select(l => Numbering.Format(l, 1)));
        var runnerUp = outlines.Length > 1 ? $"次点は {outlines[1].Profile.Name}（{outlines[1].Headings} 個）" : "ほかに章の見出しが合うプロファイルはありません";
        var reason = given is not null
            ? $"--profile で {given.Name} が指定されました。施策表が無いため、「{given.ChapterHeading}」の章の見出し（{levels}）を取組事項として読みました。"
            : $"施策表が無いため、見出しの階層で選びました。「{best.Profile.ChapterHeading}」の章で {best.Profile.Name} の階層（{levels}）に合う見出しが {best.Headings} 個。{runnerUp}。";
        // The whole text gave no measure table, so the rest gives none either in practice; should it, say so rather than merge two numberings.
        var restMeasures = rest.Plan.AllMeasures().Count();
        DocumentProblem[] dropped = restMeasures == 0 ? [] : [new DocumentProblem("施策表", $"見出しと本文の取組事項とは別に施策表から {restMeasures} 件の施策が読めましたが、取り込んでいません。")];
        return rest with
        {
            Plan = rest.Plan with { Areas = best.Areas, Profile = best.Profile.Name },
            Profile = best.Profile,
            ProfileReason = reason,
            Unplaced = [.. best.Problems, .. dropped, .. rest.Unplaced],
        };
    }

    /// <summary>
    /// The text as blocks; lines already read elsewhere (the glossary) are left out, but still counted, so that the paragraph
    /// numbers in the report stay those of the whole text.
    /// </summary>
    internal static IReadOnlyList<LegacyBlock> Blocks(string text, IReadOnlySet<int>? skipped = null)
    {
        var blocks = new List<LegacyBlock>();
        var rows = new List<IReadOnlyList<LegacyCell>>();
        var index = 0;
        void FlushTable()
        {
            if (rows.Count == 0) return;
            blocks.Add(new LegacyBlock(++index, null, null, new LegacyTable(rows.ToArray())));
            rows.Clear();
        }
        var lineNumber = -1;
        var inSkippedTable = false;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd();
            if (skipped is not null && skipped.Contains(lineNumber))
            {
                var row = line.Contains('\t');
                if (!(row && inSkippedTable)) FlushTable();
                if (line.Trim().Length > 0 && !(row && inSkippedTable)) ++index;
                inSkippedTable = row;
                continue;
            }
            inSkippedTable = false;
            if (line.Contains('\t'))
            {
                rows.Add(line.Split('\t').Select((cell, column) => new LegacyCell(column, 1, CellLines(cell), null, false)).ToArray());
                continue;
            }
            FlushTable();
            var paragraph = MarkdownPattern().Replace(line, "").Replace("**", "").Trim();
            if (paragraph.Length == 0) continue;
            var emphasized = MarkdownPattern().IsMatch(line) || line.TrimStart().StartsWith("**", StringComparison.Ordinal);
            blocks.Add(new LegacyBlock(++index, Fragments(paragraph), null, null, emphasized));
        }
        FlushTable();
        return blocks;
    }

    /// <summary>A cell's lines: its &lt;p&gt;/&lt;li&gt; fragments, or the cell itself; superscript markers become the ※N a reader sees.</summary>
    private static IReadOnlyList<string> CellLines(string cell)
    {
        var text = Fragments(cell);
        var parts = FragmentPattern().Matches(text).Select(m => m.Groups["text"].Value.Trim()).Where(s => s.Length > 0).ToArray();
        var lines = parts.Length > 0 ? parts : [TagPattern().Replace(text, "").Trim()];
        return lines.Where(l => l.Length > 0).ToArray();
    }

    internal static string Fragments(string text) => SupPattern().Replace(text, m => m.Groups["mark"].Value.Replace(" ", "") + m.Groups["n"].Value);

    [GeneratedRegex(@"^\s*#+\s*")]
    private static partial Regex MarkdownPattern();

    [GeneratedRegex(@"<(?:p|li)>(?<text>.*?)</(?:p|li)>")]
    private static partial Regex FragmentPattern();

    [GeneratedRegex(@"</?[a-z]+(?:\s[^>]*)?>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s*(?<mark>※?)\s*<sup>(?<n>※?\d+)</sup>|\^\{(?<n>\*\d+)\}")]
    private static partial Regex SupPattern();
}
