using OfficeDx.Core.Model;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Excel;

/// <summary>
/// Merges returned workbooks into the next plan. A change asked for by one workbook (or asked for identically by several) is accepted;
/// two different values for the same field are a conflict and neither is written. Every entry ends up in the report.
/// </summary>
public static class ExcelCollector
{
    public static CollectResult Collect(Plan plan, Profile profile, IEnumerable<string> paths) =>
        Collect(plan, profile, paths.Select(path => (path, (Func<WorkbookFile>)(() => WorkbookFile.Read(path)))));

    /// <summary>Collects uploaded workbooks; <paramref name="cancellation"/> (a request's) is checked per workbook and per merged field.</summary>
    public static CollectResult Collect(Plan plan, Profile profile, IEnumerable<(string Name, byte[] Bytes)> workbooks, CancellationToken cancellation = default) =>
        Collect(plan, profile, workbooks.Select(w => (w.Name, (Func<WorkbookFile>)(() => WorkbookFile.Read(w.Bytes, w.Name)))), cancellation);

    /// <summary>Collects workbooks opened on demand: a caller that keeps read workbooks (the service, by hash) hands them over without reading them again.</summary>
    public static CollectResult Collect(Plan plan, Profile profile, IEnumerable<(string Name, Func<WorkbookFile> Open)> workbooks, CancellationToken cancellation = default)
    {
        var report = new List<ReportEntry>();
        var proposals = new List<Proposal>();
        foreach (var (name, open) in workbooks)
        {
            cancellation.ThrowIfCancellationRequested();
            WorkbookFile file;
            try
            {
                file = open();
            }
            catch (WorkbookOpenException e)
            {
                report.Add(new ReportEntry { Status = ReportStatus.Rejected, File = name, Field = "ファイル", Message = e.Reason + "このファイルの内容は反映していません。" });
                continue;
            }
            var submission = DepartmentWorkbookReader.Read(file, plan, profile);
            report.AddRange(submission.Entries);
            proposals.AddRange(submission.Proposals);
        }

        var draft = new PlanDraft(plan);
        foreach (var group in proposals.GroupBy(p => p.Entry.Key, StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            var items = group.ToArray();
            var values = items.Select(p => p.Entry.Value ?? "").Distinct(StringComparer.Ordinal).Count();
            if (values == 1)
            {
                items[0].Apply(draft);
                var message = items.Length == 1 ? "反映しました。" : $"{items.Length} つのブックが同じ変更をしています。1 回反映しました。";
                report.AddRange(items.Select(p => p.Entry with { Message = message }));
                continue;
            }
            foreach (var item in items)
            {
                var others = items.Where(o => !ReferenceEquals(o, item))
                    .Select(o => $"{o.Entry.Department}（{Path.GetFileName(o.Entry.File)} {o.Entry.Place}）は「{o.Entry.Value}」");
                report.Add(item.Entry with
                {
                    Status = ReportStatus.Conflict,
                    Message = $"他の課と異なる変更です：{string.Join("、", others)}。どちらも反映していません。担当課の間で調整してください。",
                });
            }
        }

        var next = draft.Build();
        var problems = PlanValidator.Validate(next);
        if (problems.Count > 0)
            throw new InvalidOperationException("回収した計画が検証を通りません（OfficeDx の不具合です）: " + string.Join("; ", problems));
        return new CollectResult(next, report);
    }

    /// <summary>The workbooks a command line names: files as given, folders expanded to the files they hold (Excel's ~$ lock files left out).</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths) => paths
        .SelectMany<string, string>(path => Directory.Exists(path)
            ? Directory.EnumerateFiles(path)
                .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
            : [path])
        .ToArray();
}
