namespace OfficeDx.Documents.Import;

/// <summary>Line helpers for PDF-extracted text, where page and column breaks cut paragraphs and blank lines separate them.</summary>
internal static class ExtractedLines
{
    /// <summary>The next line index at or after <paramref name="from"/> that is not blank, or -1.</summary>
    public static int NextNonBlank(IReadOnlyList<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++) if (lines[i].Trim().Length > 0) return i;
        return -1;
    }

    /// <summary>A sentence or a bracketed phrase is finished; anything else was cut by a page or column break.</summary>
    public static bool Finished(string text) => text.AsSpan().TrimEnd() is { Length: > 0 } t && Closes(t[^1]);

    /// <summary>Whether a text whose last non-blank character is <paramref name="last"/> is finished.</summary>
    public static bool Closes(char last) => last is '。' or '」' or '）' or ')' or '』';
}
