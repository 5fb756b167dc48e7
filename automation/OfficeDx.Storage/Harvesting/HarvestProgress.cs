namespace OfficeDx.Storage.Harvesting;

/// <summary>How far a run has got: documents handled of those listed, and the one being handled.</summary>
public sealed record HarvestProgress(int Done, int Total, string? Current);
