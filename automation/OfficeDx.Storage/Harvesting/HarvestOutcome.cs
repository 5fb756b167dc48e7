namespace OfficeDx.Storage.Harvesting;

/// <summary>The result of one harvest run.</summary>
public sealed record HarvestOutcome(string RunId, HarvestRunStatus Status, HarvestCounts Counts, IReadOnlyList<HarvestErrorRecord> Errors);
