using System.Globalization;
using System.Text.RegularExpressions;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Reads footnote definitions (*N 説明) under the pages of a plan with no glossary section. The term is the word just before
/// the marker *N in the text (up to the previous kana, punctuation or bracket); when the definition says it is an
/// abbreviation (… の略), only the Latin letters before the marker are the term (自治体DX*4 → DX). A footnote whose marker
/// was lost in extraction takes the initials of its expansion (Chief Information Officer → CIO), and the report says so.
/// </summary>
internal static partial class GlossaryFootnoteReader
{
    public static TextGlossary? Read(IReadOnlyList<string> lines)
    {
        var footnotes = new List<(int Number, string Definition, int Line)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (FootnotePattern().Match(lines[i]) is { Success: true } m)
                footnotes.Add((int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["text"].Value.Trim(), i));
        }
        if (footnotes.Count == 0) return null;
        var footnoteLines = footnotes.Select(f => f.Line).ToHashSet();
        var body = lines.Where((_, i) => !footnoteLines.Contains(i)).ToArray();
        var terms = new List<GlossaryTerm>();
        var problems = new List<DocumentProblem>();
        foreach (var (number, definition, line) in footnotes)
        {
            var place = $"脚注 *{number}（{line + 1} 行目）";
            var expansion = GlossaryTermText.Expansion(GlossaryTermText.Tidy(definition));
            var spelling = MarkedWord(body, number, expansion is not null);
            if (spelling is null && expansion is not null)
            {
                spelling = string.Concat(expansion.Split(' ').Where(w => w.Length > 0 && char.IsAsciiLetterUpper(w[0])).Select(w => w[0]));
                problems.Add(new DocumentProblem(place, $"本文に *{number} の印が見つからないため、用語は「{expansion}」の頭文字「{spelling}」としました。"));
            }
            if (string.IsNullOrEmpty(spelling))
            {
                problems.Add(new DocumentProblem(place, $"本文に *{number} の印が見つからず、用語が分からないため、この脚注は用語として読み込みませんでした。"));
                continue;
            }
            terms.Add(GlossaryTermText.Build(spelling, null, [definition], number));
        }
        return new TextGlossary(terms, footnoteLines, problems);
    }

    /// <summary>The word written just before the first *N in the text, or null when the marker is not there.</summary>
    private static string? MarkedWord(IReadOnlyList<string> body, int number, bool abbreviation)
    {
        var marker = new Regex($@"[*＊](?:{number})(?![0-9])");
        foreach (var line in body)
        {
            foreach (Match m in marker.Matches(line))
            {
                if (m.Index == 0) continue;
                var start = m.Index;
                while (start > 0 && !Boundary(line[start - 1])) start--;
                var word = line[start..m.Index].Trim();
                if (abbreviation && LatinTailPattern().Match(word) is { Success: true } latin) word = latin.Value;
                if (word.Length > 0) return word;
            }
        }
        return null;
    }

    /// <summary>What ends a marked word to the left: hiragana, punctuation, brackets, another marker.</summary>
    private static bool Boundary(char c) => c is >= '\u3041' and <= '\u309F' or '、' or '。' or '，' or '．' or ',' or '「' or '」' or '『' or '』'
        or '（' or '）' or '(' or ')' or '［' or '］' or '【' or '】' or '：' or ':' or '；' or ';' or '*' or '＊' or '※' or '\t' or '"' or '“' or '”';

    [GeneratedRegex(@"^[*＊](?<n>[0-9]+)\s+(?<text>\S.*)$")]
    private static partial Regex FootnotePattern();

    [GeneratedRegex(@"[A-Za-z0-9](?:[A-Za-z0-9 ]*[A-Za-z0-9])?$")]
    private static partial Regex LatinTailPattern();
}
