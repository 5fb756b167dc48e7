namespace OfficeDx.Storage.Harvesting;

/// <summary>One entry of a source's change list: a file (id, path, eTag) or the deletion of one.</summary>
public sealed record SourceItem(string ItemId, string Path, string? ETag, long? Size, bool Deleted);
