namespace OfficeDx.Documents.Glossary;

/// <summary>The DX office's one list of terms, shared by every document (templates/glossary/terms.json).</summary>
public sealed record TermBase
{
    public IReadOnlyList<TermBaseEntry> Terms { get; init; } = [];

    /// <summary>The entry whose term or one of its variants has the same comparison key as <paramref name="text"/>.</summary>
    public TermBaseEntry? Find(string text)
    {
        var key = TermKey.Of(text);
        return Terms.FirstOrDefault(t => TermKey.Of(t.Term) == key || t.Variants.Any(v => TermKey.Of(v) == key));
    }
}
