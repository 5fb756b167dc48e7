using OfficeDx.Documents.Profiles;

namespace OfficeDx.Service.Requests;

/// <summary>A glossary section to render: the profile whose style it takes and the terms (term-base spellings) it lists.</summary>
public sealed record SectionRequest
{
    public string Profile { get; init; } = ProfileLibrary.Default;
    public IReadOnlyList<string> Terms { get; init; } = [];
    /// <summary>Number the terms 1, 2, 3 … in the order given, as markers in the text would (otherwise they are listed unnumbered).</summary>
    public bool Numbered { get; init; } = true;
}
