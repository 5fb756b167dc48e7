using System.Globalization;
using System.Text.RegularExpressions;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Imports an outline whose 取組事項 are numbered headings followed by body text instead of measure tables (秋田市【第2.0版】骨子案):
/// the chapter named by the profile's chapterHeading is read as the profile's hierarchy (1 → (1) → ア → (ア)). A heading with
/// sub-headings is an area; one with only body text is a measure whose overview is that text. Captions, tables and paragraphs
/// cut off before a heading are not consumed, so the Word importer reports them.
/// </summary>
internal static partial class OutlineImporter
{
    /// <summary>
    /// Characters PDF extraction read in place of a katakana number: the ア of (ア) comes out as (7). Used only where the (1)
    /// numbering cannot continue and a katakana level expects ア.
    /// </summary>
    private static readonly Dictionary<char, char> Lookalikes = new() { ['7'] = 'ア', ['７'] = 'ア' };

    /// <summary>The areas read for one profile, the blocks they were read from, the number of headings that fit, and the report.</summary>
    internal sealed record Outline(Profile Profile, IReadOnlyList<Area> Areas, IReadOnlySet<int> Consumed, int Headings, IReadOnlyList<DocumentProblem> Problems)
    {
        public int Measures => Areas.SelectMany(a => a.SelfAndDescendants()).Sum(a => a.Measures.Count);
    }

    public static Outline? Read(IReadOnlyList<LegacyBlock> blocks, Profile profile)
    {
        var (start, end) = Chapter(blocks, profile.ChapterHeading);
        if (start < 0) return null;
        var levels = profile.Hierarchy.Levels.Append(profile.Hierarchy.Measure).ToArray();
        var top = new List<Node>();
        var open = new List<Node>();
        var problems = new List<DocumentProblem>();
        var headings = 0;
        (JoinedParagraph Text, List<int> Blocks)? pending = null;
        for (var b = start + 1; b < end; b++)
        {
            var block = blocks[b];
            if (block.IsTable || string.IsNullOrEmpty(block.Text)) { pending = null; continue; }
            var text = block.Text;
            if (TryHeading(text, levels, open, top, out var level, out var number, out var title, out var lookalike))
            {
                pending = null;
                headings++;
                if (lookalike) problems.Add(new DocumentProblem($"{block.Index} 番目の段落", $"見出し「{Short(text)}」の番号は、前後の番号の並びから「{number}」が抽出で崩れたものと判断し、「{number}」として読みました。"));
                while (open.Count > 0 && open[^1].Level >= level) open.RemoveAt(open.Count - 1);
                var node = new Node(level, number, title, block.Index);
                (open.Count > 0 ? open[^1].Children : top).Add(node);
                open.Add(node);
                continue;
            }
            if (open.Count == 0) continue;
            // A paragraph cut by a page break ends without 。 and goes on in the next paragraph; what never ends before the next
            // heading or table is a caption or a link line, not part of the body.
            var joined = pending ?? (new JoinedParagraph(""), new List<int>());
            joined.Text.Append(text);
            joined.Blocks.Add(block.Index);
            if (joined.Text.Finished)
            {
                open[^1].Body.Add((joined.Text.ToString(), joined.Blocks));
                pending = null;
            }
            else pending = joined;
        }
        var consumed = new HashSet<int>();
        var areas = new List<Area>();
        foreach (var node in top)
        {
            var id = "a" + (areas.Count + 1).ToString(CultureInfo.InvariantCulture);
            if (node.Children.Count == 0 && node.Body.Count == 0) continue;
            // A measure needs an area: a body-only item at the top becomes an area holding one measure of the same name.
            if ((node.Children.Count > 0 ? ToArea(node, id, consumed) : Wrapped(node, id, consumed)) is { } area) areas.Add(area);
        }
        return new Outline(profile, areas, consumed, headings, problems);
    }

    /// <summary>The blocks of the chapter whose heading is the profile's chapterHeading (the last one: the first are the table of contents).</summary>
    private static (int Start, int End) Chapter(IReadOnlyList<LegacyBlock> blocks, string chapterHeading)
    {
        var wanted = Compact(chapterHeading);
        var start = -1;
        for (var b = blocks.Count - 1; b >= 0 && start < 0; b--)
        {
            if (blocks[b].IsTable || blocks[b].Text is not { } text) continue;
            if (ChapterPattern().Match(text) is { Success: true } m && Compact(m.Groups["title"].Value) == wanted) start = b;
        }
        if (start < 0) return (-1, -1);
        var end = start + 1;
        while (end < blocks.Count && !(blocks[end].Text is { } t && ChapterPattern().Match(t) is { Success: true, Groups: var g } && g["numeral"].Success)) end++;
        return (start, end);
    }

    private static bool TryHeading(string text, HierarchyLevel[] levels, List<Node> open, List<Node> top, out int level, out string number, out string title, out bool lookalike)
    {
        (level, number, title, lookalike) = (-1, "", "", false);
        if (text.Length > 80 || text.EndsWith('。') || text.Contains('\n')) return false;
        var deepest = open.Count > 0 ? open[^1].Level : -1;
        for (var l = 0; l <= Math.Min(deepest + 1, levels.Length - 1); l++)
        {
            if (!Numbering.TrySplit(levels[l], text, out var n, out var rest, out var ordinal) || rest.Length == 0) continue;
            if (ordinal == Expected(l, open, top)) { (level, number, title) = (l, n, rest); return true; }
        }
        // (7) that cannot continue the (1) numbering, where a (ア) level expects its first item: the ア was extracted as 7.
        for (var l = 0; l <= Math.Min(deepest + 1, levels.Length - 1); l++)
        {
            if (levels[l].Numbering != NumberingStyle.ParenthesizedKatakana || Expected(l, open, top) != 1) continue;
            var restored = LookalikePattern().Replace(text, m => Lookalikes.TryGetValue(m.Groups["c"].Value[0], out var k) ? $"({k})" : m.Value, 1);
            if (restored == text || !Numbering.TrySplit(levels[l], restored, out var n, out var rest, out var ordinal) || rest.Length == 0 || ordinal != 1) continue;
            (level, number, title, lookalike) = (l, n, rest, true);
            return true;
        }
        return false;
    }

    /// <summary>The ordinal the next heading of a level must have: one more than its last sibling under the same parent.</summary>
    private static int Expected(int level, List<Node> open, List<Node> top)
    {
        var parent = open.LastOrDefault(n => n.Level < level);
        var siblings = parent?.Children ?? top;
        return siblings.Count(s => s.Level == level) + 1;
    }

    /// <summary>The area of a heading with sub-headings, or null when nothing below it has body text (the report then lists it).</summary>
    private static Area? ToArea(Node node, string id, HashSet<int> consumed)
    {
        var anyBranch = node.Children.Any(c => c.Children.Count > 0);
        var areas = new List<Area>();
        var measures = new List<Measure>();
        foreach (var child in node.Children)
        {
            if (child.Children.Count > 0) { if (ToArea(child, $"{id}-{areas.Count + 1}", consumed) is { } area) areas.Add(area); }
            else if (child.Body.Count == 0) continue;
            // A body-only item among items that have sub-items keeps its place in the tree as an area holding one measure.
            else if (anyBranch) areas.Add(Wrapped(child, $"{id}-{areas.Count + 1}", consumed));
            else measures.Add(ToMeasure(child, $"{id}-{measures.Count + 1:00}", child.Number, consumed));
        }
        if (areas.Count == 0 && measures.Count == 0) return null;
        consumed.Add(node.Block);
        return new Area { Id = id, Number = node.Number, Title = node.Title, Areas = areas, Measures = measures };
    }

    private static Area Wrapped(Node node, string id, HashSet<int> consumed) =>
        new() { Id = id, Number = node.Number, Title = node.Title, Measures = [ToMeasure(node, $"{id}-01", null, consumed)] };

    private static Measure ToMeasure(Node node, string id, string? number, HashSet<int> consumed)
    {
        consumed.Add(node.Block);
        foreach (var (_, blocks) in node.Body) consumed.UnionWith(blocks);
        return new Measure { Id = id, Number = number, Name = node.Title, State = MeasureState.Active, Overview = string.Join("\n", node.Body.Select(b => b.Text)) };
    }

    private static string Compact(string text) => text.Replace(" ", "").Replace("\u3000", "");

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>A heading of the outline while it is read.</summary>
    private sealed class Node(int level, string number, string title, int block)
    {
        public int Level { get; } = level;
        public string Number { get; } = number;
        public string Title { get; } = title;
        public int Block { get; } = block;
        public List<Node> Children { get; } = [];
        public List<(string Text, List<int> Blocks)> Body { get; } = [];
    }

    [GeneratedRegex(@"^\s*(?:(?<numeral>[IVXⅠ-Ⅻ]+(?=\s)|第[0-9０-９一二三四五六七八九十]+章)\s*)?(?<title>\S.*)$")]
    private static partial Regex ChapterPattern();

    [GeneratedRegex(@"^\s*[(（](?<c>[0-9０-９])[)）]")]
    private static partial Regex LookalikePattern();
}
