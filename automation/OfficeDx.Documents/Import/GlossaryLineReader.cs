using System.Text.RegularExpressions;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Reads a 用語集 written as 「用語…説明」 lines (AI…Artificial Intelligence の略。…), with an optional reading in brackets
/// after the term (冗長化（じょうちょうか）…). A line without … continues an unfinished definition; otherwise the glossary ends.
/// </summary>
internal static partial class GlossaryLineReader
{
    public static TextGlossary? Read(IReadOnlyList<string> lines, int heading)
    {
        var first = ExtractedLines.NextNonBlank(lines, heading + 1);
        if (first < 0 || !Separated(lines[first])) return null;
        var entries = new List<(string Term, string? Reading, List<JoinedParagraph> Definition)>();
        var used = new HashSet<int> { heading };
        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (Separated(line))
            {
                var at = line.IndexOf('…');
                var term = line[..at].Trim();
                var definition = line[at..].TrimStart('…').Trim();
                string? reading = null;
                if (ReadingPattern().Match(term) is { Success: true } m) (term, reading) = (m.Groups["term"].Value.Trim(), m.Groups["reading"].Value);
                entries.Add((term, reading, [new JoinedParagraph(definition)]));
            }
            else if (entries.Count > 0 && !entries[^1].Definition[^1].Finished) entries[^1].Definition[^1].Append(line);
            else break;
            used.Add(i);
        }
        return new TextGlossary(entries.Select(e => GlossaryTermText.Build(e.Term, e.Reading, e.Definition.Select(d => d.ToString()), null)).ToArray(), used, Array.Empty<DocumentProblem>());
    }

    /// <summary>TERM…definition: a short term, then the ellipsis, then the definition.</summary>
    private static bool Separated(string line) => line.IndexOf('…') is var at and > 0 and <= 40 && at < line.Trim().Length - 1;

    [GeneratedRegex(@"^(?<term>.+?)[（(](?<reading>[ぁ-んァ-ヶー・]+)[）)]$")]
    private static partial Regex ReadingPattern();
}
