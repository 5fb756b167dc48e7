using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Glossary;

/// <summary>One term of the shared term base: what every document should call it and how it is defined.</summary>
public sealed record TermBaseEntry
{
    public string Term { get; init; } = "";
    /// <summary>よみがな in kana; glossaries sort by it.</summary>
    public string? Reading { get; init; }
    public string? Expansion { get; init; }
    public string Definition { get; init; } = "";
    public IReadOnlyList<string> Variants { get; init; } = [];
    /// <summary>Where the term was found (a seed plan), with that document's own spelling and definition.</summary>
    public IReadOnlyList<TermSource> Sources { get; init; } = [];

    public GlossaryTerm ToGlossaryTerm() => new()
    {
        Term = Term,
        Reading = Reading,
        Expansion = Expansion,
        Definition = Definition,
        Variants = Variants,
    };
}
