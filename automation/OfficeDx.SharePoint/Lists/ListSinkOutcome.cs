namespace OfficeDx.SharePoint.Lists;

/// <summary>
/// What a sink run did to the list: items created, items updated, items already holding the values, and items deleted because
/// their measure is gone from a plan the run wrote.
/// </summary>
public sealed record ListSinkOutcome(int Created, int Updated, int Unchanged, int Deleted = 0);
