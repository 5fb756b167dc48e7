namespace OfficeDx.Storage;

/// <summary>One error of a run: the document (path) and place in it, and a plain Japanese message.</summary>
public sealed record HarvestErrorRecord(string RunId, int Sequence, string? ItemId, string? Path, string? Place, string Message);
