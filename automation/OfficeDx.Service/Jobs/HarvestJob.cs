using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using OfficeDx.Storage;
using OfficeDx.Storage.Harvesting;

namespace OfficeDx.Service.Jobs;

/// <summary>
/// One scheduled harvest run, as Hangfire performs it. Hangfire enqueues each occurrence of a schedule once, however many
/// instances share the storage; a job whose worker died is taken by another after the invisibility timeout and starts again,
/// which is safe because a harvest is idempotent (eTags, one transaction per document). Runs of one source take turns
/// (<see cref="SourceLock"/>: a PostgreSQL advisory lock, which dies with a killed process, unlike Hangfire's own locks, which
/// block the others until they time out). The run id is kept on the job once the run has finished, so a job taken again after
/// finishing is not run twice.
/// </summary>
public sealed class HarvestJob(JobOptions options, ILogger<HarvestJob> logger)
{
    /// <summary>The job parameter holding the harvest run id of a finished run.</summary>
    public const string RunParameter = "HarvestRunId";

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("回収 {0}")]
    public async Task RunAsync(string schedule, PerformContext? context, CancellationToken cancellation)
    {
        if (context?.GetJobParameter<string>(RunParameter) is { Length: > 0 } finished)
        {
            logger.LogInformation("回収 {Schedule} のこの回は実行済みです（{RunId}）", schedule, finished);
            return;
        }
        var entry = options.Schedules.FirstOrDefault(s => s.Name == schedule)
            ?? throw new InvalidOperationException($"回収の予定「{schedule}」は設定にありません。");
        var source = HarvestSources.Create(entry.Source, message => logger.LogWarning("{Message}", message));
        await using var turn = await SourceLock.AcquireAsync(options.Store, source.Key, cancellation);
        await using var store = await HarvestStore.OpenAsync(options.Store, cancellation);
        var outcome = await new Harvester(store).RunAsync(source, null, cancellation);
        context?.SetJobParameter(RunParameter, outcome.RunId);
        logger.LogInformation("回収 {Schedule}: {Status} 対象 {Seen} 取り込み {Harvested} 変更なし {Unchanged} 削除 {Deleted} 失敗 {Failed}",
            schedule, outcome.Status, outcome.Counts.Seen, outcome.Counts.Harvested, outcome.Counts.Unchanged, outcome.Counts.Deleted, outcome.Counts.Failed);
    }
}
