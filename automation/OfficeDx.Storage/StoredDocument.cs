namespace OfficeDx.Storage;

/// <summary>What the store remembers of one document of a source: enough to skip it when its eTag has not changed.</summary>
public sealed record StoredDocument(string ItemId, string Path, string? ETag, bool Deleted);
