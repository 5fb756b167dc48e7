using OfficeDx.Core.Time;

namespace OfficeDx.Storage;

/// <summary>A value a department workbook submitted, read back from the store with the workbook it came from.</summary>
public sealed record StoredSubmission(
    string DocumentId, string Path, string PlanId, string Edition, string Department, string MeasureId, string Field,
    int? IndicatorNo, FiscalYear? FiscalYear, string Value, string Place, DateTimeOffset HarvestedAt)
{
    /// <summary>A plan measure's cell, a proposed measure's (measure id new:名称) or a proposed term's (term:用語).</summary>
    public SubmissionKind Kind => SubmissionKinds.Of(MeasureId);
}
