namespace OfficeDx.Documents.Glossary;

/// <summary>A document whose markers the glossary passes will not rewrite (foreign, unattributed or broken markers); names each place.</summary>
public sealed class GlossaryDocumentException(string file, IReadOnlyList<string> problems)
    : Exception($"{file}: " + string.Join(Environment.NewLine + "  ", problems))
{
    public string File { get; } = file;
    public IReadOnlyList<string> Problems { get; } = problems;
}
