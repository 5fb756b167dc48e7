namespace OfficeDx.SharePoint.Lists;

/// <summary>What a sink run did to the list: items created, items updated, and items already holding the values.</summary>
public sealed record ListSinkOutcome(int Created, int Updated, int Unchanged);
