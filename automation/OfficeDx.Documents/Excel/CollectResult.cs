using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Excel;

/// <summary>The merged plan (every accepted change) and the report (every entry, accepted or not, with its place).</summary>
public sealed record CollectResult(Plan Plan, IReadOnlyList<ReportEntry> Report)
{
    public IEnumerable<ReportEntry> Accepted => Report.Where(e => e.Status == ReportStatus.Accepted);

    /// <summary>Entries that did not reach the plan: rejected and conflicting ones.</summary>
    public IEnumerable<ReportEntry> NotAccepted => Report.Where(e => e.Status is ReportStatus.Rejected or ReportStatus.Conflict);
}
