namespace OfficeDx.Storage;

/// <summary>What a run did: documents seen, harvested, unchanged (same eTag), deleted and failed.</summary>
public sealed record HarvestCounts(int Seen, int Harvested, int Unchanged, int Deleted, int Failed);
