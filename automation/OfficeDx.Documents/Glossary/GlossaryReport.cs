namespace OfficeDx.Documents.Glossary;

/// <summary>What <see cref="GlossaryChecker"/> found in one document; every list names places a drafter can go to.</summary>
public sealed record GlossaryReport
{
    public string File { get; init; } = "";
    /// <summary>Known terms that appear in the text but are never marked.</summary>
    public IReadOnlyList<TermUse> UnmarkedTerms { get; init; } = [];
    /// <summary>Markers whose term the document's glossary does not define (or whose term cannot be told).</summary>
    public IReadOnlyList<MarkerProblem> MarkersWithoutDefinition { get; init; } = [];
    /// <summary>Glossary entries whose term never appears in the text.</summary>
    public IReadOnlyList<string> UnusedEntries { get; init; } = [];
    /// <summary>Terms written more than one way, with every place each spelling occurs.</summary>
    public IReadOnlyList<VariantGroup> Variants { get; init; } = [];
    /// <summary>Entries whose definition is not the term base's.</summary>
    public IReadOnlyList<DefinitionDifference> DefinitionsDiffering { get; init; } = [];
    /// <summary>Markers typed by hand (not in a tagged control) or otherwise not as OfficeDx writes them.</summary>
    public IReadOnlyList<MarkerProblem> ForeignMarkers { get; init; } = [];

    public bool IsClean => UnmarkedTerms.Count == 0 && MarkersWithoutDefinition.Count == 0 && UnusedEntries.Count == 0
        && Variants.Count == 0 && DefinitionsDiffering.Count == 0 && ForeignMarkers.Count == 0;
}

/// <summary>A term and the first place it appears.</summary>
public sealed record TermUse(string Term, string Place);

/// <summary>A marker that points at nothing, and where it is.</summary>
public sealed record MarkerProblem(string Marker, string? Term, string Place);

/// <summary>One term's spellings, each with the places it occurs.</summary>
public sealed record VariantGroup(string Term, IReadOnlyList<VariantSpelling> Spellings);

/// <summary>One spelling of a term and where it occurs.</summary>
public sealed record VariantSpelling(string Spelling, IReadOnlyList<string> Places);

/// <summary>A definition as the document gives it next to the term base's.</summary>
public sealed record DefinitionDifference(string Term, string Document, string TermBase);
