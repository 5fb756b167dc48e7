using System.Text.Json;
using OfficeDx.Core.Json;

namespace OfficeDx.Documents.Revisions;

/// <summary>One edition to produce in a batch: a plan, optionally the year's changes and an edition label, and where to write it.</summary>
public sealed record BatchJob
{
    public string Name { get; init; } = "";
    public string Plan { get; init; } = "";
    public string? Changes { get; init; }
    public string? Edition { get; init; }
    public string? Profile { get; init; }
    public string? Mapping { get; init; }
    public string Out { get; init; } = "";
}

/// <summary>A batch manifest: many plans × profiles × editions, generated in parallel. Paths are relative to the manifest.</summary>
public sealed record BatchManifest
{
    private const string StorePrefix = "store:";
    private const string StoreSqlitePrefix = "store:sqlite:";

    public IReadOnlyList<BatchJob> Jobs { get; init; } = [];
    /// <summary>How many jobs run at once; 0 means one per processor.</summary>
    public int Parallelism { get; init; }

    /// <summary>
    /// Reads and checks a manifest before any job runs: every output folder is compared after normalization (<c>same</c> and
    /// <c>./same</c> are one folder) and must lie inside the manifest's folder unless <paramref name="allowOutside"/>.
    /// </summary>
    public static BatchManifest Load(string path, bool allowOutside = false)
    {
        BatchManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BatchManifest>(File.ReadAllText(path), PlanJson.Options)
                ?? throw new FormatException($"{path}: 一括処理の指定が空です。");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: {JsonErrorText.Place(e)}: {JsonErrorText.Explain(e)}");
        }
        var problems = new List<string>();
        for (var i = 0; i < manifest.Jobs.Count; i++)
        {
            var job = manifest.Jobs[i];
            if (string.IsNullOrWhiteSpace(job.Name)) problems.Add($"jobs[{i}].name: 名前がありません。");
            if (string.IsNullOrWhiteSpace(job.Plan)) problems.Add($"jobs[{i}].plan: 計画ファイルの指定がありません。");
            if (string.IsNullOrWhiteSpace(job.Out)) problems.Add($"jobs[{i}].out: 出力先の指定がありません。");
            if (job.Changes is not null && job.Edition is null) problems.Add($"jobs[{i}].edition: changes を指定したときは版（例：令和5年3月改訂）も必要です。");
        }
        if (manifest.Jobs.Count == 0) problems.Add("jobs: ジョブが一つもありません。");
        if (problems.Count > 0) throw Refused(path, problems);

        var root = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string Resolve(string p) => Path.GetFullPath(Path.Combine(root, p));
        CheckOutputs(manifest.Jobs, root, Resolve, allowOutside, problems);
        if (problems.Count > 0) throw Refused(path, problems);
        // A plan in the harvest store (store:sqlite:FILE#ID) keeps its form; its SQLite file is relative to the manifest like every other path.
        string ResolvePlan(string p)
        {
            if (!p.StartsWith(StorePrefix, StringComparison.OrdinalIgnoreCase)) return Resolve(p);
            var hash = p.LastIndexOf('#');
            return p.StartsWith(StoreSqlitePrefix, StringComparison.OrdinalIgnoreCase) && hash > StoreSqlitePrefix.Length
                ? StoreSqlitePrefix + Resolve(p[StoreSqlitePrefix.Length..hash]) + p[hash..]
                : p;
        }
        return manifest with
        {
            Jobs = manifest.Jobs.Select(j => j with
            {
                Plan = ResolvePlan(j.Plan),
                Changes = j.Changes is null ? null : Resolve(j.Changes),
                Mapping = j.Mapping is null ? null : Resolve(j.Mapping),
                Out = Resolve(j.Out),
            }).ToArray(),
        };
    }

    /// <summary>The first problems and how many more: a manifest of thousands of copied jobs is refused at once, not in a megabyte of text.</summary>
    private static FormatException Refused(string path, IReadOnlyList<string> problems)
    {
        const int Shown = 20;
        var lines = problems.Take(Shown).ToList();
        if (problems.Count > Shown) lines.Add($"ほか {problems.Count - Shown:N0} 件");
        return new($"{path}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", lines));
    }

    /// <summary>On Windows and macOS two spellings that differ only in case are the same folder.</summary>
    private static readonly StringComparer PathComparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    private static void CheckOutputs(IReadOnlyList<BatchJob> jobs, string root, Func<string, string> resolve, bool allowOutside, List<string> problems)
    {
        var first = new Dictionary<string, int>(PathComparer);
        for (var i = 0; i < jobs.Count; i++)
        {
            string full;
            try
            {
                full = Path.TrimEndingDirectorySeparator(resolve(jobs[i].Out));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                problems.Add($"jobs[{i}].out: 出力先「{jobs[i].Out}」はフォルダのパスとして使えません。");
                continue;
            }
            if (first.TryGetValue(full, out var earlier))
                problems.Add($"jobs[{i}].out: 出力先「{jobs[i].Out}」は jobs[{earlier}].out「{jobs[earlier].Out}」と同じフォルダ（{full}）です。どちらかが上書きされるため、別のフォルダにしてください。");
            else first.Add(full, i);
            var relative = Path.GetRelativePath(root, full);
            var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
            if (outside && !allowOutside)
                problems.Add($"jobs[{i}].out: 出力先「{jobs[i].Out}」は指定ファイルのフォルダ（{root}）の外です。外に書き出すときは --allow-outside を付けてください。");
        }
    }
}
