using System.Text.RegularExpressions;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Reads a 用語解説 in gojūon groups (あ行, か行 …): each term is a short heading line, with its reading in brackets when
/// printed (I o T (アイオーティ)), followed by definition paragraphs and list items. A paragraph cut by a page break is joined
/// to the next line. The glossary ends at a heading whose printed reading belongs to another group, at a document title
/// (…について), or at a heading with no definition.
/// </summary>
internal static partial class GlossaryGroupReader
{
    public static TextGlossary? Read(IReadOnlyList<string> lines, int heading)
    {
        var first = ExtractedLines.NextNonBlank(lines, heading + 1);
        if (first < 0 || !GroupPattern().IsMatch(lines[first].Trim())) return null;
        var entries = new List<Entry>();
        var used = new HashSet<int> { heading };
        var problems = new List<DocumentProblem>();
        string? group = null;
        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (GroupPattern().IsMatch(line))
            {
                group = line;
                used.Add(i);
                problems.Add(SkippedLine.At(i, line, "五十音の見出し"));
                continue;
            }
            var open = entries.Count > 0 ? entries[^1] : null;
            var item = line.StartsWith("- ", StringComparison.Ordinal);
            var continuing = !item && open is { Definition.Count: > 0 } && !open.Definition[^1].Finished;
            if (!continuing && IsTermHeading(line))
            {
                if (open is { Definition.Count: 0 }) { entries.RemoveAt(entries.Count - 1); used.Remove(open.Line); break; }
                var (entry, doubt) = Heading(line, i);
                if (entry.Reading is { } reading && group is not null && Kana.Row(reading) is { } row && row != group) break;
                if (TitlePattern().IsMatch(entry.Spelling)) break;
                entries.Add(entry);
                if (doubt is not null) problems.Add(doubt);
            }
            else if (open is null) break;
            else if (continuing) open.Definition[^1].Append(line);
            else open.Definition.Add(new JoinedParagraph(item ? line[2..].Trim() : line));
            used.Add(i);
        }
        if (entries.Count > 0 && entries[^1].Definition.Count == 0) { used.Remove(entries[^1].Line); entries.RemoveAt(entries.Count - 1); }
        var terms = entries.Select(e => GlossaryTermText.Build(e.Spelling, e.Reading, e.Definition.Select(d => d.ToString()), null)).ToArray();
        return new TextGlossary(terms, used, problems);
    }

    /// <summary>A term heading is a short line without a sentence end that is not a list item.</summary>
    private static bool IsTermHeading(string line) => line.Length <= 60 && !line.Contains('。') && !line.StartsWith("- ", StringComparison.Ordinal);

    private static (Entry Entry, DocumentProblem? Doubt) Heading(string line, int index)
    {
        if (ReadingPattern().Match(line) is not { Success: true } m) return (new Entry(line, null, index), null);
        var before = m.Groups["before"].Value.Trim();
        var reading = m.Groups["reading"].Value;
        var after = m.Groups["after"].Value.Trim();
        if (after.Length == 0) return (new Entry(before, reading, index), null);
        // G I G A (ギガ) スクール構想: the printed reading covers only the first part of the term.
        var spelling = GlossaryTermText.Canonical(before) + GlossaryTermText.Canonical(after);
        if (Kana.IsReading(after)) return (new Entry(spelling, reading + after, index), null);
        return (new Entry(spelling, reading, index), new DocumentProblem($"用語解説（{index + 1} 行目）",
            $"読み「{reading}」は用語「{spelling}」の一部にしか付いていません。印刷どおりの読みにしたので、五十音順の並びを確かめてください。"));
    }

    private sealed record Entry(string Spelling, string? Reading, int Line)
    {
        public List<JoinedParagraph> Definition { get; } = [];
    }

    [GeneratedRegex(@"^[あかさたなはまやらわ]行$")]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"^(?<before>.+?)\s*[（(](?<reading>[ぁ-んァ-ヶー・]+)[）)]\s*(?<after>.*)$")]
    private static partial Regex ReadingPattern();

    [GeneratedRegex(@"について$")]
    private static partial Regex TitlePattern();
}
