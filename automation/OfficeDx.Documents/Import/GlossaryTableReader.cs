using System.Globalization;
using OfficeDx.Core.Model;
using OfficeDx.Core.Text;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Reads a 用語集 typed as a table (No / 用語 / 解説): one row per term, the No being the ※N marker in the text. A row whose
/// number and term cells are empty continues the definition above it (a row split by a page break).
/// </summary>
internal static class GlossaryTableReader
{
    private static readonly string[] TermHeaders = ["用語", "用語名"];
    private static readonly string[] DefinitionHeaders = ["解説", "説明", "意味", "用語の解説", "用語の説明"];
    private static readonly string[] NumberHeaders = ["No", "No.", "NO", "番号"];

    public static TextGlossary? Read(IReadOnlyList<string> lines, int heading)
    {
        var header = ExtractedLines.NextNonBlank(lines, heading + 1);
        if (header < 0 || !lines[header].Contains('\t')) return null;
        var cells = Cells(lines[header]);
        var termColumn = Array.FindIndex(cells, c => TermHeaders.Contains(c));
        var definitionColumn = Array.FindIndex(cells, c => DefinitionHeaders.Contains(c));
        if (termColumn < 0 || definitionColumn < 0) return null;
        var numberColumn = Array.FindIndex(cells, c => NumberHeaders.Contains(c));
        var rows = new List<(int? Number, string Term, List<string> Definition, int Line)>();
        var used = new HashSet<int> { heading, header };
        var problems = new List<DocumentProblem> { SkippedLine.At(header, lines[header], "用語集の表の見出し行") };
        for (var i = header + 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            if (!lines[i].Contains('\t')) break;
            var row = Cells(lines[i]);
            var term = Cell(row, termColumn);
            var definition = Cell(row, definitionColumn);
            var number = numberColumn >= 0 ? Cell(row, numberColumn) : "";
            if (term.Length == 0 && number.Length == 0)
            {
                if (rows.Count == 0 || definition.Length == 0) break;
                rows[^1].Definition.Add(definition);
            }
            else
            {
                int? marker = int.TryParse(JapaneseText.FoldDigitsAndLatin(number), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
                if (number.Length > 0 && marker is null) problems.Add(new DocumentProblem($"用語集の表（{i + 1} 行目）", $"番号「{number}」が数字ではないため、用語「{term}」の番号は空にしました。"));
                rows.Add((marker, term, [definition], i));
            }
            used.Add(i);
        }
        var terms = new List<GlossaryTerm>();
        foreach (var (number, term, definition, line) in rows)
        {
            if (term.Length == 0 || definition.All(d => d.Length == 0))
            {
                problems.Add(new DocumentProblem($"用語集の表（{line + 1} 行目）", "用語か解説が空のため、用語として読み込みませんでした。"));
                continue;
            }
            // Cells of a row split by a page break join without a space: the break fell inside a word.
            terms.Add(GlossaryTermText.Build(term, null, [string.Concat(definition)], number));
        }
        return new TextGlossary(terms, used, problems);
    }

    private static string[] Cells(string line) => line.Split('\t').Select(c => c.Trim()).ToArray();

    private static string Cell(string[] row, int column) => column < row.Length ? row[column] : "";
}
