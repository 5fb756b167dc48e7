namespace OfficeDx.Documents.Profiles;

/// <summary>How the municipality words revision notes, so that notes typed by hand are sorted into the right kind on import.</summary>
public sealed record RevisionNoteWording
{
    /// <summary>The mark that starts a note: ※.</summary>
    public string Marker { get; init; } = "※";
    /// <summary>Phrases that make a note a name note (…名称を修正).</summary>
    public IReadOnlyList<string> Name { get; init; } = ["名称を修正"];
    public IReadOnlyList<string> Overview { get; init; } = ["概要を修正"];
    public IReadOnlyList<string> Schedule { get; init; } = ["実施年度を見直し"];
}
