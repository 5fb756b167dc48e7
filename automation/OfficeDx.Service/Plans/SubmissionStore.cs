using System.Collections.Concurrent;
using System.Text.Json;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Excel;
using OfficeDx.Service.Endpoints;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Requests;
using OfficeDx.Storage;

namespace OfficeDx.Service.Plans;

/// <summary>
/// Submitted department workbooks kept centrally in the harvest store (SQLite by default, PostgreSQL when configured): every
/// submission whole with its hash, department, submitter, time and findings; the plan merged from each department's latest.
/// Several service instances on one PostgreSQL database share it.
/// </summary>
public sealed class SubmissionStore(StoreLocation location, bool copyToSharePoint = false)
{
    private const int MaxKeptWorkbooks = 1000;
    private readonly ConcurrentDictionary<string, WorkbookFile> read = new(StringComparer.Ordinal);

    public WorkbookArchive Archive { get; } = new(location);

    /// <summary>
    /// Keeps the checked workbook, then answers the plan merged from every department's latest workbook (this one included).
    /// Atomic with respect to the answer: once <paramref name="cancel"/> fires (the request's time budget ran out, the caller left)
    /// no store write starts, and once the workbook is written the merge runs to its end and the answer is given, so a caller that
    /// was told "打ち切りました" (503) never has a submission stored behind its back. <paramref name="stored"/> hears the row first
    /// (the SharePoint copy is asked for there).
    /// </summary>
    public async Task<WorkbookSubmitAnswer> SubmitAsync(Plan plan, WorkbookCheckAnswer check, string name, byte[] bytes, string submitter, CancellationToken cancel,
        Action<ArchivedWorkbook>? stored = null)
    {
        var findings = JsonSerializer.Serialize(check.Findings, PlanJson.Options);
        var row = await Archive.AddAsync(new WorkbookToArchive(plan.Id, plan.Edition ?? "", check.Department, submitter, name, bytes, findings)
        {
            CopyToSharePoint = copyToSharePoint,
        }, cancel);
        stored?.Invoke(row);
        // Written: from here on the caller must hear that it was, so the merge is not cut by the request's token.
        var merged = await MergedAsync(plan, CancellationToken.None);
        return new WorkbookSubmitAnswer(check, row.Id, merged.Workbooks, merged.Plan, merged.Report);
    }

    /// <summary>The plan as collect merges each department's latest submission, with the whole report and which submissions counted.</summary>
    public async Task<MergedPlanAnswer> MergedAsync(Plan plan, CancellationToken cancel)
    {
        var (collected, latest) = await CollectAsync(plan, cancel);
        return new MergedPlanAnswer(latest.Count, collected.Plan, collected.Report.Select(WorkbookEntry.From).ToArray(),
            latest.Select(SubmissionListing.From).ToArray());
    }

    /// <summary>What collect makes of each department's latest submission for the plan's edition, and those submissions.</summary>
    public async Task<(CollectResult Collected, IReadOnlyList<ArchivedWorkbook> Latest)> CollectAsync(Plan plan, CancellationToken cancel)
    {
        var latest = await Archive.LatestAsync(plan.Id, plan.Edition ?? "", cancel);
        // Workbooks are read once per process and kept by hash: a merge after each submission reads only what is new to this instance.
        if (read.Count + latest.Count > MaxKeptWorkbooks) read.Clear();
        var missing = latest.Where(l => !read.ContainsKey(l.Sha256)).Select(l => l.Id).ToArray();
        var bytes = await Archive.BytesAsync(missing, cancel);
        // Another request may have emptied the cache meanwhile: a workbook neither kept nor fetched is fetched on its own.
        byte[] Bytes(ArchivedWorkbook l) => bytes.TryGetValue(l.Id, out var b) ? b : Archive.BytesAsync([l.Id], cancel).GetAwaiter().GetResult()[l.Id];
        var workbooks = latest.Select(l =>
        {
            // Named by department as `excel collect` names the returned files: the report reads the same either way.
            var name = ExcelTemplateWriter.FileName(l.Department);
            return (name, (Func<WorkbookFile>)(() => read.GetOrAdd(l.Sha256, _ => WorkbookFile.Read(Bytes(l), name))));
        }).ToArray();
        return (ExcelCollector.Collect(plan, ServiceProfiles.Get(plan.Profile), workbooks, cancel), latest);
    }

    /// <summary>Every submission for the plan, newest first.</summary>
    public async Task<IReadOnlyList<SubmissionListing>> ListAsync(Plan plan, CancellationToken cancel) =>
        (await Archive.ListAsync(plan.Id, cancel)).Select(SubmissionListing.From).ToArray();
}

/// <summary>
/// One kept submission as the DX office sees it (the findings as the check answered them), with its copy in the SharePoint library:
/// pending, copied or failed (null when none is configured), and the file's address or why the copy failed, in Japanese.
/// </summary>
public sealed record SubmissionListing(
    string Id, long Sequence, string PlanId, string Edition, string Department, string Submitter, DateTimeOffset SubmittedAt,
    string File, string Sha256, long Size, IReadOnlyList<WorkbookEntry> Findings, string? SharePointCopy = null, string? SharePointCopyDetail = null)
{
    public static SubmissionListing From(ArchivedWorkbook a) => new(a.Id, a.Seq, a.PlanId, a.Edition, a.Department, a.Submitter, a.SubmittedAt,
        a.FileName, a.Sha256, a.Size, JsonSerializer.Deserialize<WorkbookEntry[]>(a.FindingsJson, PlanJson.Options) ?? [], a.CopyState, a.CopyDetail);
}

/// <summary>The plan merged from the latest submission of each department, the collect report, and the submissions that counted.</summary>
public sealed record MergedPlanAnswer(int Workbooks, Plan Plan, IReadOnlyList<WorkbookEntry> Report, IReadOnlyList<SubmissionListing> Counted);
