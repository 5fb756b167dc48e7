using System.Text.RegularExpressions;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Imports text extracted from a published PDF (like ../shared/seeds/*.txt): tab-separated lines are table rows, `&lt;p&gt;` and
/// `&lt;li&gt;` fragments in a cell are its lines, Markdown marks (#, **) around headings are dropped. The text becomes the same
/// blocks a Word document gives, so headings, measure tables and the report work exactly as in the Word import.
/// </summary>
public static partial class PlanTextImporter
{
    public static ImportResult Import(string path, Profile? profile = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new Word.DocumentOpenException(path, "ファイルが見つかりません。パスを確認してください。");
        }
        return Import(text, Path.GetFileName(path), profile);
    }

    public static ImportResult Import(string text, string fileName, Profile? profile = null) =>
        LegacyDocumentImporter.FromBlocks(Blocks(text), fileName, profile);

    internal static IReadOnlyList<LegacyBlock> Blocks(string text)
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
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Contains('\t'))
            {
                rows.Add(line.Split('\t').Select((cell, column) => new LegacyCell(column, 1, CellLines(cell), null, false)).ToArray());
                continue;
            }
            FlushTable();
            var paragraph = MarkdownPattern().Replace(line, "").Replace("**", "").Trim();
            if (paragraph.Length == 0) continue;
            blocks.Add(new LegacyBlock(++index, Fragments(paragraph), null, null));
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

    private static string Fragments(string text) => SupPattern().Replace(text, m => m.Groups["mark"].Value.Replace(" ", "") + m.Groups["n"].Value);

    [GeneratedRegex(@"^\s*#+\s*")]
    private static partial Regex MarkdownPattern();

    [GeneratedRegex(@"<(?:p|li)>(?<text>.*?)</(?:p|li)>")]
    private static partial Regex FragmentPattern();

    [GeneratedRegex(@"</?[a-z]+(?:\s[^>]*)?>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s*(?<mark>※?)\s*<sup>(?<n>※?\d+)</sup>|\^\{(?<n>\*\d+)\}")]
    private static partial Regex SupPattern();
}
