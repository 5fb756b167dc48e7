namespace OfficeDx.Storage;

/// <summary>A harvest run as stored, for <c>officedx status</c>.</summary>
public sealed record HarvestRunRecord(string RunId, string Source, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, HarvestRunStatus Status, HarvestCounts Counts, int Errors);
