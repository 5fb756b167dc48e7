using OfficeDx.Core.Model;

namespace OfficeDx.Storage;

/// <summary>A plan read back from the store, with the document it was harvested from.</summary>
public sealed record StoredPlan(string DocumentId, string Source, string Path, Plan Plan);
