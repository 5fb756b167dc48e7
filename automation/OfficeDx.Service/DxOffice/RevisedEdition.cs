using OfficeDx.Core.Time;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Revisions;
using OfficeDx.Service.Requests;

namespace OfficeDx.Service.DxOffice;

/// <summary>
/// The console's "start the revised edition": <c>revise</c> of the stored edition with the departments' merged changes, under the
/// new edition's name. Nothing is written on the server: each file is made again when it is downloaded (revise is deterministic),
/// so any instance answers and nothing is left behind.
/// </summary>
public static class RevisedEdition
{
    /// <summary>The longest edition name accepted (令和10年12月改訂版 is 12 characters).</summary>
    public const int MaxNameLength = 40;

    /// <summary>The files a revision offers: the revised plan, the 新旧対照表 and the change log (JSON and CSV).</summary>
    public static readonly IReadOnlyList<(string Key, string FileName, string Label, string ContentType)> Files =
    [
        ("plan", "plan.docx", "改訂版の計画（plan.docx）", Docx),
        ("comparison", "comparison.docx", "新旧対照表（comparison.docx）", Docx),
        ("changes-json", "changes.json", "変更記録（changes.json）", "application/json"),
        ("changes-csv", "changes.csv", "変更記録（changes.csv）", "text/csv; charset=utf-8"),
    ];

    /// <summary>Why the name cannot name an edition, in Japanese; null when it can.</summary>
    public static string? Problem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "改訂版の名前を入力してください（例：令和7年3月改訂）。"
        : name.Length > MaxNameLength ? $"改訂版の名前は {MaxNameLength} 文字以内にしてください。"
        : !EditionDate.TryParse(name, out _) ? $"「{name}」から改訂の年月を読み取れません（例：令和7年3月改訂）。"
        : null;

    /// <summary>Runs revise; a revision that would not make a valid plan is answered with its problems, never thrown.</summary>
    public static (RevisionOutput? Output, string? Problem) Run(EditionOverview edition, string name)
    {
        if (Problem(name) is { } problem) return (null, problem);
        try
        {
            return (EditionReviser.Revise(edition.Plan.Plan, edition.Merged.Plan, name.Trim(), ServiceProfiles.Get(edition.Plan.Plan.Profile)), null);
        }
        catch (PlanFileException e)
        {
            return (null, e.Message);
        }
    }

    public static byte[] Bytes(RevisionOutput output, string key) => key switch
    {
        "plan" => output.Document,
        "comparison" => output.Comparison,
        "changes-json" => System.Text.Encoding.UTF8.GetBytes(output.ChangesJson),
        "changes-csv" => output.ChangesCsv,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
