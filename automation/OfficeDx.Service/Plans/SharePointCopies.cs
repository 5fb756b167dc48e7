using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OfficeDx.SharePoint;
using OfficeDx.SharePoint.Copies;
using OfficeDx.Storage;

namespace OfficeDx.Service.Plans;

/// <summary>
/// Copies each accepted submission to the configured SharePoint library (OfficeDx:SharePointCopy) after it is stored, off the
/// request: the drafter's answer never waits for SharePoint and never depends on it. Each outcome is logged in Japanese and recorded
/// on the submission (copy_state, copy_detail: see the DX office's list of submissions); copies still pending or failed are tried
/// again at start and every <see cref="RetryInterval"/>, up to <see cref="SubmissionCopier.MaxAttempts"/> times each.
/// </summary>
public sealed class SharePointCopies(WorkbookArchive archive, string library, ILogger<SharePointCopies> logger) : BackgroundService
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromMinutes(10);

    private readonly Channel<string> queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private SubmissionCopier? copier;

    /// <summary>Asks for the copy of a stored submission (its row says pending until it is done).</summary>
    public void Enqueue(string submissionId) => queue.Writer.TryWrite(submissionId);

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var sweep = Task.Run(() => SweepAsync(stopping), stopping);
        await foreach (var id in queue.Reader.ReadAllAsync(stopping)) await CopyAsync(id, stopping);
        await sweep;
    }

    private async Task SweepAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(RetryInterval);
        do
        {
            try
            {
                foreach (var pending in await archive.UncopiedAsync(SubmissionCopier.MaxAttempts, 50, stopping)) Enqueue(pending.Id);
            }
            catch (StoreException e)
            {
                logger.LogWarning("SharePoint への写しが残っていないか確かめられませんでした: {Reason}", e.Message);
            }
        } while (await timer.WaitForNextTickAsync(stopping));
    }

    private async Task CopyAsync(string submissionId, CancellationToken stopping)
    {
        try
        {
            var outcome = await (copier ??= Create()).CopyAsync(submissionId, stopping);
            if (outcome.Copied)
                logger.LogInformation("提出 {Submission}（{Department}）の写しを SharePoint に保存しました: {Address}", submissionId, outcome.Submission.Department, outcome.Detail);
            else
                logger.LogWarning("提出 {Submission}（{Department}）は保存済みですが、{Reason} 後でもう一度試します。", submissionId, outcome.Submission.Department, outcome.Detail);
        }
        catch (SharePointException e)
        {
            // The Graph sign-in settings are incomplete (the health check says the same): the submission stays kept, its copy failed.
            var detail = $"SharePoint（{library}）への写しを保存できませんでした: {e.Message}";
            logger.LogWarning("提出 {Submission} は保存済みですが、{Reason}", submissionId, detail);
            await RecordAsync(submissionId, detail);
        }
        catch (StoreException e)
        {
            logger.LogWarning("提出 {Submission} の SharePoint への写しを記録できませんでした: {Reason}", submissionId, e.Message);
        }
    }

    private async Task RecordAsync(string submissionId, string detail)
    {
        try
        {
            await archive.RecordCopyAsync(submissionId, CopyStates.Failed, detail);
        }
        catch (StoreException e)
        {
            logger.LogWarning("提出 {Submission} の SharePoint への写しを記録できませんでした: {Reason}", submissionId, e.Message);
        }
    }

    /// <summary>The copier with the Graph sign-in of the environment (OFFICEDX_AUTH …, docs/sharepoint.md) and OFFICEDX_GRAPH_BASE_URL when set.</summary>
    private SubmissionCopier Create()
    {
        var credential = CredentialFactory.Create(GraphAuthOptions.FromEnvironment(), message => logger.LogWarning("{Message}", message));
        var client = GraphClients.Create(credential, Environment.GetEnvironmentVariable(Jobs.HarvestSources.GraphBaseUrlVariable) is { Length: > 0 } url ? url : null);
        return new SubmissionCopier(archive, new SharePointLibraryWriter(client, SharePointLocation.Parse(library)));
    }
}
