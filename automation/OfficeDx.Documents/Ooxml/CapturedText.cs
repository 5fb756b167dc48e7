using System.Text;

namespace OfficeDx.Documents.Ooxml;

/// <summary>Text gathered piece by piece as a part streams past: most paragraphs and controls hold one piece, which is kept as it is.</summary>
internal sealed class CapturedText
{
    private string _first = "";
    private StringBuilder? _more;
    private string? _done;

    public void Append(string text)
    {
        if (_more is not null) _more.Append(text);
        else if (_first.Length == 0) _first = text;
        else _more = new StringBuilder(_first).Append(text);
    }

    public override string ToString() => _done ??= _more?.ToString() ?? _first;
}
