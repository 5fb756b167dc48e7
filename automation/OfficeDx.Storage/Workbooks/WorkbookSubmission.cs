namespace OfficeDx.Storage.Workbooks;

/// <summary>
/// What one department workbook holds: the plan, edition and department its hidden marker names, the values filled in for
/// the plan's measures, proposed measures (new:名称) and proposed terms (term:用語), and the places that could not be taken
/// (in plain Japanese).
/// </summary>
public sealed record WorkbookSubmission(
    string PlanId, string Edition, string Department, IReadOnlyList<SubmittedValue> Values, IReadOnlyList<(string Place, string Message)> Problems);
