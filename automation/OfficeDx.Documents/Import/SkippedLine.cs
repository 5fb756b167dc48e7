using OfficeDx.Documents.Ooxml;


namespace OfficeDx.Documents.Import;

/// <summary>
/// A report entry for a line the importer recognised as a heading or page furniture and left out of the plan on purpose
/// (the 用語集 heading, the header row of its table, the あ行 group lines): listed as 「読み飛ばした行」 with the reason, so that
/// no line leaves the import without a trace.
/// </summary>
internal static class SkippedLine
{
    public const string Place = "読み飛ばした行";

    /// <summary>The entry for line <paramref name="line"/> (0-based) of the text.</summary>
    public static DocumentProblem At(int line, string text, string reason) =>
        new($"{Place}（{line + 1} 行目）", $"「{text.Trim().Replace('\t', ' ')}」は{reason}のため、計画には入れていません。", DocumentProblemKind.Skipped);
}
