namespace OfficeDx.Documents.Excel;

/// <summary>One change a workbook asks for: its report entry (key, place, value) and how to apply it once accepted.</summary>
internal sealed record Proposal(ReportEntry Entry, Action<PlanDraft> Apply);
