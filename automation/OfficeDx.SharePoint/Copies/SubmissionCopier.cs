using System.Text;
using Azure.Identity;
using Microsoft.Kiota.Abstractions;
using OfficeDx.Storage;

namespace OfficeDx.SharePoint.Copies;

/// <summary>
/// Copies submissions kept in the store to the SharePoint library and records each outcome on the submission (copy_state,
/// copy_detail). The submission is already stored when this runs: a failed copy changes nothing but its own record, and is
/// tried again by <see cref="RetryAsync"/> up to <see cref="MaxAttempts"/> times.
/// </summary>
public sealed class SubmissionCopier(WorkbookArchive archive, SharePointLibraryWriter writer)
{
    public const int MaxAttempts = 10;

    /// <summary>Copies one submission; answers the outcome (also recorded in the store). Never throws for a Graph or sign-in failure.</summary>
    public async Task<CopyOutcome> CopyAsync(string submissionId, CancellationToken cancellation)
    {
        var submission = await archive.FindAsync(submissionId, cancellation)
            ?? throw new StoreException($"提出 {submissionId} がストアにありません。");
        var path = PathFor(submission);
        string state, detail;
        try
        {
            var bytes = (await archive.BytesAsync([submissionId], cancellation))[submissionId];
            detail = await writer.WriteAsync(path, bytes, cancellation);
            state = CopyStates.Copied;
        }
        catch (Exception e) when (e is ApiException or HttpRequestException or IOException or SharePointException or AuthenticationFailedException
                                      or CredentialUnavailableException or AggregateException
                                  || e is TaskCanceledException && !cancellation.IsCancellationRequested)
        {
            state = CopyStates.Failed;
            detail = Redaction.Redact($"SharePoint（{writer.Location}）への写し「{path}」を保存できませんでした: " + Reason(e));
        }
        await archive.RecordCopyAsync(submissionId, state, detail, CancellationToken.None);
        return new CopyOutcome(submission, state == CopyStates.Copied, path, detail);
    }

    /// <summary>Tries again every copy still pending or failed (oldest first, a bounded number per call); answers what each did.</summary>
    public async Task<IReadOnlyList<CopyOutcome>> RetryAsync(CancellationToken cancellation, int count = 50)
    {
        var outcomes = new List<CopyOutcome>();
        foreach (var submission in await archive.UncopiedAsync(MaxAttempts, count, cancellation))
            outcomes.Add(await CopyAsync(submission.Id, cancellation));
        return outcomes;
    }

    /// <summary>
    /// Where a submission goes in the library: a folder per plan, the file named for the department, the time (Japan time) and the
    /// submission's sequence number, so every submission is kept beside the others and the name is its own.
    /// </summary>
    public static string PathFor(ArchivedWorkbook submission)
    {
        var time = submission.SubmittedAt.ToOffset(TimeSpan.FromHours(9));
        return $"{Safe(submission.PlanId)}/{Safe(submission.Department)}_{time:yyyyMMdd-HHmmss}_{submission.Seq:000000}.xlsx";
    }

    /// <summary>The name with what SharePoint refuses in a file name replaced by ＿ (and never empty or dotted at the ends).</summary>
    private static string Safe(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name) text.Append(c is '"' or '*' or ':' or '<' or '>' or '?' or '/' or '\\' or '|' or '#' or '%' || char.IsControl(c) ? '＿' : c);
        var trimmed = text.ToString().Trim().Trim('.');
        return trimmed.Length == 0 ? "＿" : trimmed.Length > 100 ? trimmed[..100] : trimmed;
    }

    private static string Reason(Exception e) => e switch
    {
        SharePointException s => s.Message,
        _ => GraphFailures.Reason(GraphFailures.Final(e), "書き込み（write）", "サイト・ライブラリ・フォルダの名前", "再度お試しください（自動で再試行します）。", rerunAfterDrop: true),
    };
}

/// <summary>How copying one submission went: copied (detail: the file's address) or not (detail: why, in Japanese).</summary>
public sealed record CopyOutcome(ArchivedWorkbook Submission, bool Copied, string Path, string Detail);
