namespace OfficeDx.Documents.Glossary;

/// <summary>A published glossary a term-base entry was taken from, as that document printed it.</summary>
public sealed record TermSource
{
    public string Document { get; init; } = "";
    public string Spelling { get; init; } = "";
    /// <summary>The marker the document printed (*3, ※3), when it numbered its terms.</summary>
    public string? Marker { get; init; }
    public string? Reading { get; init; }
    public string Definition { get; init; } = "";
}
