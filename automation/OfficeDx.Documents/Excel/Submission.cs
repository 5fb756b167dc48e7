using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Excel;

/// <summary>What one department's workbook asks for, gathered sheet by sheet: proposals to merge and entries already rejected.</summary>
internal sealed class Submission(string file, Plan plan, Profile profile)
{
    public string File { get; } = file;
    public Plan Plan { get; } = plan;
    public Profile Profile { get; } = profile;
    public string Department { get; set; } = "";
    public DepartmentScope? Scope { get; set; }
    public Dictionary<string, Measure> Measures { get; } = plan.AllMeasures().ToDictionary(m => m.Id, StringComparer.Ordinal);

    public List<Proposal> Proposals { get; } = [];
    public List<ReportEntry> Entries { get; } = [];

    public void Propose(string key, string place, string? measureId, string field, string? original, string? value, Action<PlanDraft> apply) =>
        Proposals.Add(new Proposal(Entry(ReportStatus.Accepted, key, place, measureId, field, original, value, ""), apply));

    public void Reject(string place, string? measureId, string field, string? value, string message, string? original = null) =>
        Entries.Add(Entry(ReportStatus.Rejected, "", place, measureId, field, original, value, message));

    /// <summary>
    /// A cell the template filled from the plan and locked, found changed (the sheet protection was lifted): its own kind of
    /// finding, with the plan's value beside the one found, and where the change belongs instead. Never merged.
    /// </summary>
    public void Locked(string place, string? measureId, string field, string label, string? value, string? original, string whereInstead) =>
        Reject(place, measureId, field, value,
            $"「{label}」の列は計画から転記した値で、ここでは変更できません。{whereInstead}反映していません。", original);

    public void Outside(OutsideEntry entry) => Reject(entry.Place, null, entry.Field, entry.Value, entry.Message);

    public void Notice(string place, string? measureId, string field, string message) =>
        Entries.Add(Entry(ReportStatus.Notice, "", place, measureId, field, null, null, message));

    private ReportEntry Entry(ReportStatus status, string key, string place, string? measureId, string field, string? original, string? value, string message) => new()
    {
        Status = status,
        File = File,
        Place = place,
        Department = Department,
        MeasureId = measureId,
        Field = field,
        Original = original,
        Value = value,
        Message = message,
        Key = key,
    };
}
