namespace OfficeDx.Storage;

/// <summary>What a source left for its next run: the delta link of the last complete run and the folders it tracks.</summary>
public sealed record SourceState(string? DeltaLink, IReadOnlyList<string> FolderIds)
{
    public static SourceState Empty { get; } = new(null, []);
}
