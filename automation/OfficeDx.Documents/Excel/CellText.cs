namespace OfficeDx.Documents.Excel;

/// <summary>Turns cell text into plan text and says, in Japanese, why a value cannot go into a plan file.</summary>
internal static class CellText
{
    /// <summary>Excel stores a line break typed with Alt+Enter as LF; text pasted from elsewhere may bring CR LF.</summary>
    public static string Paragraphs(SheetValue value) => value.Text.Replace("\r\n", "\n").Replace('\r', '\n');

    public static string Line(SheetValue value) => value.Text.Trim();

    /// <summary>Splits a cell holding one item per line or items separated by 、: 主な担当課, 主な評価指標.</summary>
    public static IReadOnlyList<string> Items(SheetValue value, params char[] separators) =>
        Paragraphs(value).Split(['\n', .. separators]).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();

    /// <summary>Null when the text can be a single-line field, otherwise what is wrong.</summary>
    public static string? LineProblem(string text, string what)
    {
        if (text.Length == 0) return $"{what}が空です。";
        if (text.Any(c => c == '\n')) return $"{what}に改行は使えません。1 行で書いてください。";
        if (text.Any(char.IsControl)) return $"{what}にタブなどの制御文字は使えません。";
        return null;
    }

    public static string? ParagraphProblem(string text, string what) =>
        text.Any(c => char.IsControl(c) && c != '\n') ? $"{what}にタブなどの制御文字は使えません（改行は使えます）。" : null;
}
