using System.Text.RegularExpressions;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Finds the glossary in PDF-extracted text, whatever its layout: a 用語集 table (No / 用語 / 解説), 「用語…説明」 lines, a
/// 用語解説 in gojūon groups (あ行 …) with 「用語（よみ）」 headings, or, when there is no glossary section, footnotes *N under the
/// pages. The layout is recognised from the text itself, so a wrongly picked profile does not lose the glossary.
/// </summary>
public static partial class TextGlossaryReader
{
    public static TextGlossary Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(Clean).ToArray();
        // The table of contents names the glossary too; the section itself is the last heading that is followed by terms.
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (!HeadingPattern().IsMatch(lines[i])) continue;
            var section = GlossaryTableReader.Read(lines, i) ?? GlossaryLineReader.Read(lines, i) ?? GlossaryGroupReader.Read(lines, i);
            if (section is { Terms.Count: > 0 })
                return section with { Problems = [SkippedLine.At(i, lines[i], "用語集の見出し"), .. section.Problems] };
        }
        return GlossaryFootnoteReader.Read(lines) ?? TextGlossary.None;
    }

    /// <summary>The line as a reader sees it: Markdown marks dropped, superscript markers written as *N / ※N.</summary>
    private static string Clean(string line) => PlanTextImporter.Fragments(MarkdownPattern().Replace(line, "").Replace("**", "")).TrimEnd();

    [GeneratedRegex(@"^\s*#+\s*")]
    private static partial Regex MarkdownPattern();

    [GeneratedRegex(@"^\s*(?:[-・]\s*)?(?:(?:[IVXⅠ-Ⅻ]+|[0-9０-９]+|第[0-9０-９一二三四五六七八九十]+章)[\s.．、]*)?(?:用語集|用語解説)\s*$")]
    private static partial Regex HeadingPattern();
}
