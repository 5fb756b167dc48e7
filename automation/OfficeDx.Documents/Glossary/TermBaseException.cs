namespace OfficeDx.Documents.Glossary;

/// <summary>A term base that cannot be used: names the file and every entry at fault.</summary>
public sealed class TermBaseException(string file, IReadOnlyList<string> problems)
    : Exception($"{file}: " + string.Join(Environment.NewLine + "  ", problems))
{
    public string File { get; } = file;
    public IReadOnlyList<string> Problems { get; } = problems;
}
