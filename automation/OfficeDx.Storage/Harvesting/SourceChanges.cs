namespace OfficeDx.Storage.Harvesting;

/// <summary>
/// What changed in a source since the state it was given. A full listing (first run, a local folder, or a 410 resync)
/// names every file that exists, so stored documents missing from it are deleted.
/// </summary>
public sealed record SourceChanges(IReadOnlyList<SourceItem> Items, bool IsFullListing, SourceState NextState);
