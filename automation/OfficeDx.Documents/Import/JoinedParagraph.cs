using System.Text;

namespace OfficeDx.Documents.Import;

/// <summary>
/// A paragraph joined from the lines a page or column break cut, in time linear in its length: a hostile text repeating one
/// unfinished line thousands of times made joining by string concatenation quadratic (fuzz run 7, #15787: 4,781 lines, 1.4 GB).
/// </summary>
internal sealed class JoinedParagraph
{
    private readonly StringBuilder _text = new();
    private char _last;

    public JoinedParagraph(string first) => Append(first);

    public void Append(string line)
    {
        _text.Append(line);
        var trimmed = line.AsSpan().TrimEnd();
        if (trimmed.Length > 0) _last = trimmed[^1];
    }

    /// <summary>Whether what was joined so far ends a sentence or a bracketed phrase (<see cref="ExtractedLines.Finished"/>).</summary>
    public bool Finished => ExtractedLines.Closes(_last);

    public override string ToString() => _text.ToString();
}
