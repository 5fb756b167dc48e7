using System.Collections.Concurrent;
using OfficeDx.Documents.Excel;

namespace OfficeDx.Service.Plans;

/// <summary>
/// Submitted department workbooks under the service's data folder, one file per plan and department (a new submission replaces
/// the department's earlier one), so that collecting a plan always merges each department's latest workbook.
/// </summary>
public sealed class SubmissionStore(string dataFolder)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.Ordinal);

    public string Root { get; } = Path.Combine(Path.GetFullPath(dataFolder), "submissions");

    /// <summary>Stores the workbook and returns every workbook stored for the plan, read under the same lock so a collect sees a consistent set.</summary>
    public async Task<(string StoredAs, IReadOnlyList<(string Name, byte[] Bytes)> All)> StoreAsync(string planId, string department, byte[] workbook, CancellationToken cancel)
    {
        var gate = locks.GetOrAdd(planId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancel);
        try
        {
            var folder = Path.Combine(Root, SafeName(planId));
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, ExcelTemplateWriter.FileName(department));
            // Written beside and moved into place: a collect running after a failed write never reads half a workbook.
            var partial = path + ".partial";
            await File.WriteAllBytesAsync(partial, workbook, cancel);
            File.Move(partial, path, overwrite: true);
            var all = new List<(string, byte[])>();
            foreach (var file in Directory.EnumerateFiles(folder, "*.xlsx").Order(StringComparer.Ordinal))
                all.Add((Path.GetFileName(file), await File.ReadAllBytesAsync(file, cancel)));
            return (Path.GetRelativePath(Root, path), all);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A plan id as a folder name: characters a file system refuses become ＿ (the same rule as department file names).</summary>
    private static string SafeName(string planId)
    {
        var name = ExcelTemplateWriter.FileName(planId);
        name = name[..^".xlsx".Length];
        return name is "." or ".." || name.Length == 0 ? "＿" : name;
    }
}
