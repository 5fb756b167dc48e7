namespace OfficeDx.SharePoint.Lists;

/// <summary>
/// One item the sink keeps in the list: its key (plan id and measure id, stored in the PlanId and MeasureId columns) and the
/// column values to write (text, whole numbers, or null to clear).
/// </summary>
public sealed record ListRow(string PlanId, string MeasureId, IReadOnlyDictionary<string, object?> Fields);
