using OfficeDx.Core.Model;
using OfficeDx.Core.Text;

namespace OfficeDx.Documents.Excel;

/// <summary>Reads the 用語 sheet: proposed glossary terms, refused when incomplete, duplicated, or already in the glossary.</summary>
internal static class TermRowsReader
{
    public static void Read(WorkbookSheet sheet, Submission submission)
    {
        var headers = new SheetHeaders(sheet, ExcelLayout.TermHeaders);
        // The collector needs all three columns to judge a proposed term; the store keeps whatever is under 用語.
        var missing = headers.Missing(ExcelLayout.TermHeaders).ToArray();
        if (missing.Length > 0)
        {
            submission.Reject(sheet.Place(1, ExcelLayout.HeaderRow), null, "見出し", null,
                WorkbookMessages.MissingHeaders(missing) + WorkbookMessages.SheetNotApplied);
            return;
        }
        var termColumn = headers[ExcelLayout.TermHeader]!.Value;
        var readingColumn = headers[ExcelLayout.ReadingHeader]!.Value;
        var definitionColumn = headers[ExcelLayout.DefinitionHeader]!.Value;
        var existing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in submission.Plan.Glossary) existing.TryAdd(Key(term.Term), term.Term);

        var proposals = new List<(int Row, GlossaryTerm Term)>();
        for (var row = ExcelLayout.FirstDataRow; row <= sheet.LastRow; row++)
        {
            if (!sheet.AnyIn(row, [termColumn, readingColumn, definitionColumn, .. headers.Unknown])) continue;
            var term = CellText.Line(sheet[termColumn, row]);
            var reading = CellText.Line(sheet[readingColumn, row]);
            var definition = CellText.Paragraphs(sheet[definitionColumn, row]).Trim();
            var summary = $"{term}（{reading}）：{definition}";
            var problems = new List<(int Column, string Message)>();
            if (CellText.LineProblem(term, "用語") is { } termProblem) problems.Add((termColumn, termProblem));
            else if (existing.TryGetValue(Key(term), out var known))
                problems.Add((termColumn, $"用語「{term}」はすでに用語集にあります（「{known}」）。解説を直すときは DX推進担当に連絡してください。"));
            if (reading.Length > 0 && CellText.LineProblem(reading, "よみがな") is { } readingProblem) problems.Add((readingColumn, readingProblem));
            if (definition.Length == 0) problems.Add((definitionColumn, "解説が空です。"));
            else if (CellText.ParagraphProblem(definition, "解説") is { } definitionProblem) problems.Add((definitionColumn, definitionProblem));
            foreach (var column in headers.Unknown.Where(c => !sheet[c, row].IsBlank))
                problems.Add((column, WorkbookMessages.AddedColumn));
            if (problems.Count > 0)
            {
                foreach (var (column, message) in problems)
                    submission.Reject(sheet.Place(column, row), null, "用語", summary, message + "この用語は反映していません。");
                continue;
            }
            proposals.Add((row, new GlossaryTerm { Term = term, Reading = reading.Length == 0 ? null : reading, Definition = definition }));
        }

        foreach (var group in proposals.GroupBy(p => Key(p.Term.Term), StringComparer.Ordinal))
        {
            var items = group.ToArray();
            if (items.Length > 1)
            {
                foreach (var (row, term) in items)
                    submission.Reject(sheet.Place(termColumn, row), null, "用語", Summary(term),
                        $"用語「{term.Term}」が {items.Length} 行あります（{string.Join("、", items.Select(i => $"{i.Row}行目"))}）。1 行にまとめてください。どの行も反映していません。");
                continue;
            }
            var (proposalRow, proposed) = items[0];
            submission.Propose($"term|{Key(proposed.Term)}", sheet.Place(termColumn, proposalRow), null, "用語", null, Summary(proposed),
                draft => draft.Add(proposed));
        }
    }

    private static string Summary(GlossaryTerm term) => $"{term.Term}（{term.Reading}）：{term.Definition}";

    /// <summary>ＩＣＴ and ICT are one term: compare width-folded, without spaces (the written term keeps its own form).</summary>
    private static string Key(string term) => JapaneseText.FoldDigitsAndLatin(term).RemoveWhitespace().ToUpperInvariant();
}
