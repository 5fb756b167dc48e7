using OfficeDx.Core.Model;
using OfficeDx.Documents.Excel;

namespace OfficeDx.Service.Endpoints;

/// <summary>One entry of a workbook as collect reports it, with its place split into sheet and A1 cell so the pane can select it.</summary>
public sealed record WorkbookEntry(
    string Status, string StatusLabel, string File, string Place, string? Sheet, string? Cell, string Department,
    string? MeasureId, string Field, string? Original, string? Value, string Message)
{
    public static WorkbookEntry From(ReportEntry entry)
    {
        var bang = entry.Place.LastIndexOf('!');
        var (sheet, cell) = bang < 0
            ? (entry.Place.Length == 0 ? null : entry.Place, (string?)null)
            : (entry.Place[..bang], entry.Place[(bang + 1)..]);
        return new WorkbookEntry(entry.Status.ToString().ToLowerInvariant(), entry.Status.Label(), Path.GetFileName(entry.File), entry.Place, sheet, cell,
            entry.Department, entry.MeasureId, entry.Field, entry.Original, entry.Value, entry.Message);
    }
}

/// <summary>The verdict on one department workbook: what collect would reject or flag (findings) and what it would merge (changes).</summary>
public sealed record WorkbookCheckAnswer(
    string PlanId, string Edition, string Department, string File, bool Clean,
    IReadOnlyDictionary<string, int> Summary, IReadOnlyList<WorkbookEntry> Findings, IReadOnlyList<WorkbookEntry> Changes);

/// <summary>A stored submission and the plan collected from every department's latest workbook, with the whole report.</summary>
public sealed record WorkbookSubmitAnswer(WorkbookCheckAnswer Check, string StoredAs, int Workbooks, Plan Plan, IReadOnlyList<WorkbookEntry> Report);

/// <summary>A plan the service holds, with the departments a workbook can be made for.</summary>
public sealed record PlanListing(string Id, string Title, string? Edition, string Profile, IReadOnlyList<string> Departments);
