using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using OfficeDx.Storage;
using OfficeDx.Storage.Harvesting;

namespace OfficeDx.Service.Jobs;

/// <summary>
/// One scheduled harvest run, as Hangfire performs it. Hangfire enqueues each occurrence of a schedule once, however many
/// instances share the storage; a job whose worker died is taken by another after the invisibility timeout and performed again.
/// The job names its harvest run before the run starts (a job parameter), so performing it again takes up that same run where it
/// stopped (<see cref="Harvester.RunAsync(string, IDocumentSource, IProgress{HarvestProgress}?, CancellationToken)"/>) and a run
/// that already finished is not run twice: one run per period, finished once, by whichever instance is alive. Runs of one source
/// take turns (<see cref="SourceLock"/>: a PostgreSQL advisory lock, which dies with a killed process, unlike Hangfire's own
/// locks, which block the others until they time out).
/// </summary>
public sealed class HarvestJob(JobOptions options, ILogger<HarvestJob> logger)
{
    /// <summary>The job parameter holding the id of the job's harvest run (set before the run starts).</summary>
    public const string RunParameter = "HarvestRunId";

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("回収 {0}")]
    public async Task RunAsync(string schedule, PerformContext? context, CancellationToken cancellation)
    {
        var entry = options.Schedules.FirstOrDefault(s => s.Name == schedule)
            ?? throw new InvalidOperationException($"回収の予定「{schedule}」は設定にありません。");
        var runId = context?.GetJobParameter<string>(RunParameter);
        if (runId is not { Length: > 0 })
        {
            runId = Guid.NewGuid().ToString("N");
            context?.SetJobParameter(RunParameter, runId);
        }
        var source = HarvestSources.Create(entry.Source, message => logger.LogWarning("{Message}", message));
        await using var turn = await SourceLock.AcquireAsync(options.Store, source.Key, cancellation);
        await using var store = await HarvestStore.OpenAsync(options.Store, cancellation);
        var outcome = await new Harvester(store).RunAsync(runId, source, null, cancellation);
        logger.LogInformation("回収 {Schedule}（{RunId}）: {Status} 対象 {Seen} 取り込み {Harvested} 変更なし {Unchanged} 削除 {Deleted} 失敗 {Failed}",
            schedule, runId, outcome.Status, outcome.Counts.Seen, outcome.Counts.Harvested, outcome.Counts.Unchanged, outcome.Counts.Deleted, outcome.Counts.Failed);
    }
}
