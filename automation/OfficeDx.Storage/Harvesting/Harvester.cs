using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Reading;
using OfficeDx.Storage.Workbooks;

namespace OfficeDx.Storage.Harvesting;

/// <summary>
/// Takes a source's changes into the store: downloads only files whose eTag changed, records deletions, and saves the
/// delta link only when every change was taken in. A run stopped or failed halfway is simply run again: documents already
/// stored with their eTag are skipped, the rest are fetched, so nothing is duplicated or lost.
/// Files are downloaded and read on every core at once (<paramref name="readers"/>, 0 = one per core), at most that many at a
/// time so that memory stays bounded; what they give is stored one file after the other, in the order of the source's listing,
/// and committed in batches (at most <see cref="BatchSize"/> files or <see cref="BatchTime"/>, whichever comes first; the first
/// batch is one file and each next one twice the last, so that a run's first files show in the store at once; and before any wait
/// for a file not yet read, so that no batch holds the store's locks while the network is slow): a worker killed mid-batch loses
/// only that batch's files, which the run taken up again fetches anew.
/// </summary>
public sealed class Harvester(HarvestStore store, int readers = 0)
{
    private readonly int _readers = readers > 0 ? readers : Environment.ProcessorCount;

    /// <summary>Files stored per commit at most.</summary>
    public const int BatchSize = 100;

    /// <summary>How long a batch stays open at most, so that a slow source still shows its progress in the store.</summary>
    public static readonly TimeSpan BatchTime = TimeSpan.FromSeconds(2);

    /// <summary>File types harvested (plan documents and department workbooks); others in the library are ignored.</summary>
    public static bool IsHarvestable(string path) => IsPlanDocument(path) || IsWorkbook(path);

    private static bool IsPlanDocument(string path) => path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    private static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public async Task<HarvestOutcome> RunAsync(IDocumentSource source, IProgress<HarvestProgress>? progress = null, CancellationToken cancellation = default) =>
        await RunAsync(await store.BeginRunAsync(source.Key, cancellation), source, new Dictionary<string, bool>(), progress, cancellation);

    /// <summary>
    /// Runs the harvest named <paramref name="runId"/>: starts it when it does not exist yet, takes it up where it stopped when a
    /// killed or stopped worker left it running or failed (the documents it took in count as its own, the rest are fetched), and
    /// only reports it when it already finished. A scheduled job names its run before starting it, so whichever worker performs
    /// the job, however many times, the period has one run, finished once.
    /// </summary>
    public async Task<HarvestOutcome> RunAsync(string runId, IDocumentSource source, IProgress<HarvestProgress>? progress = null, CancellationToken cancellation = default)
    {
        switch (await store.FindRunAsync(runId, cancellation))
        {
            case null:
                return await RunAsync(await store.BeginRunAsync(source.Key, runId, cancellation), source, new Dictionary<string, bool>(), progress, cancellation);
            case { Status: HarvestRunStatus.Running or HarvestRunStatus.Failed }:
                return await RunAsync(runId, source, await store.ResumeRunAsync(runId, cancellation), progress, cancellation);
            case var finished:
                return new HarvestOutcome(runId, finished.Status, finished.Counts, await store.ErrorsAsync(runId, cancellation));
        }
    }

    private async Task<HarvestOutcome> RunAsync(string runId, IDocumentSource source, IReadOnlyDictionary<string, bool> takenEarlier, IProgress<HarvestProgress>? progress, CancellationToken cancellation)
    {
        var counts = new HarvestCounts(0, 0, 0, 0, 0);
        try
        {
            return await RunAsync(runId, source, takenEarlier, progress, c => counts = c, cancellation);
        }
        catch (Exception e)
        {
            // The files stored so far are kept: each was saved whole, so the batch is committed (or, if the store itself failed,
            // dropped, and those files are fetched again).
            try
            {
                await store.CommitBatchAsync(CancellationToken.None);
            }
            catch (System.Data.Common.DbException)
            {
                await store.RollbackBatchAsync();
            }
            // Never left "running": a run stopped by cancellation or by a fault ends as failed, with the reason, and the rest is
            // fetched again next time (the delta link was not advanced).
            var reason = e is OperationCanceledException ? "回収が途中で取り消されました。" : $"予期しないエラーで回収が止まりました（{e.GetType().Name}）。";
            try
            {
                await store.RecordErrorAsync(runId, null, null, "回収", reason, CancellationToken.None);
                await store.FinishRunAsync(runId, HarvestRunStatus.Failed, counts, CancellationToken.None);
            }
            catch (Exception) when (e is StoreException)
            {
                // The store itself failed: the run cannot be closed now; the original failure is what the caller needs.
            }
            throw;
        }
    }

    private async Task<HarvestOutcome> RunAsync(string runId, IDocumentSource source, IReadOnlyDictionary<string, bool> takenEarlier, IProgress<HarvestProgress>? progress,
        Action<HarvestCounts> soFar, CancellationToken cancellation)
    {
        SourceChanges changes;
        try
        {
            changes = await source.GetChangesAsync(await store.GetSourceStateAsync(source.Key, cancellation), cancellation);
        }
        catch (Exception e) when (e is SourceUnavailableException or IOException or HttpRequestException or UnauthorizedAccessException)
        {
            await store.RecordErrorAsync(runId, null, null, "一覧の取得", Message(e), cancellation);
            var none = new HarvestCounts(0, 0, 0, 0, 0);
            await store.FinishRunAsync(runId, HarvestRunStatus.Failed, none, cancellation);
            return new HarvestOutcome(runId, HarvestRunStatus.Failed, none, await store.ErrorsAsync(runId, cancellation));
        }

        // The same item may appear more than once in one enumeration: the last one wins.
        var latest = new Dictionary<string, SourceItem>(StringComparer.Ordinal);
        foreach (var item in changes.Items) latest[item.ItemId] = item;
        var items = latest.Values.Where(i => i.Deleted || IsHarvestable(i.Path)).ToList();
        var known = await store.GetDocumentsAsync(source.Key, cancellation);
        var gone = changes.IsFullListing
            ? known.Values.Where(d => !d.Deleted && !latest.ContainsKey(d.ItemId)).Select(d => new SourceItem(d.ItemId, d.Path, null, null, Deleted: true)).ToList()
            : [];
        items.AddRange(gone);

        bool Unchanged(SourceItem item) =>
            known.TryGetValue(item.ItemId, out var stored) && stored is { Deleted: false } && item.ETag is not null && stored.ETag == item.ETag;
        var toRead = Enumerable.Range(0, items.Count).Where(i => !items[i].Deleted && !Unchanged(items[i])).ToList();
        var reads = new Dictionary<int, Task<ItemRead>>();
        var started = 0;

        int harvested = 0, unchanged = 0, deleted = 0, failed = 0, refused = 0, done = 0;
        var inBatch = 0;
        var batchLimit = 1;
        var batchOpened = System.Diagnostics.Stopwatch.StartNew();
        async Task InBatchAsync()
        {
            if (inBatch++ > 0) return;
            await store.BeginBatchAsync(cancellation);
            batchOpened.Restart();
        }
        try
        {
            for (var index = 0; index < items.Count; index++)
            {
                // Before the store is asked anything: a stop ends the run the same way wherever it comes (the batch is kept below).
                cancellation.ThrowIfCancellationRequested();
                // Never hold the batch open across a wait for the network: until it commits, it keeps SQLite's write lock (and
                // PostgreSQL's row locks) from everyone else, and a download may be retried for minutes.
                var mustWait = !items[index].Deleted && !Unchanged(items[index]) && !(reads.TryGetValue(index, out var pending) && pending.IsCompleted);
                if (inBatch > 0 && (inBatch >= batchLimit || batchOpened.Elapsed >= BatchTime || mustWait))
                {
                    await store.CommitBatchAsync(cancellation);
                    inBatch = 0;
                    batchLimit = Math.Min(batchLimit * 2, BatchSize);
                }
                var item = items[index];
                // Keep every reader busy: start the next files while this one is stored.
                while (started < toRead.Count && reads.Count < _readers)
                {
                    var next = toRead[started++];
                    reads[next] = ReadAsync(source, items[next], cancellation);
                }
                soFar(new HarvestCounts(items.Count, harvested, unchanged, deleted, failed));
                cancellation.ThrowIfCancellationRequested();
                progress?.Report(new HarvestProgress(done, items.Count, item.Path));
                if (item.Deleted)
                {
                    await InBatchAsync();
                    if (await store.MarkDeletedAsync(runId, source.Key, item.ItemId, cancellation) || takenEarlier.ContainsKey(item.ItemId)) deleted++;
                }
                else if (Unchanged(item))
                {
                    // Taken in by this same run before its worker stopped: this run's, not unchanged.
                    if (takenEarlier.ContainsKey(item.ItemId)) harvested++;
                    else unchanged++;
                }
                else
                {
                    var read = await reads[index];
                    reads.Remove(index);
                    // Opened only now, after the wait: SQLite takes its write lock when the batch begins.
                    await InBatchAsync();
                    switch (await SaveAsync(source, runId, item, read, cancellation))
                    {
                        case ItemResult.Harvested: harvested++; break;
                        case ItemResult.Refused: harvested++; refused++; break;
                        case ItemResult.Gone: if (await store.MarkDeletedAsync(runId, source.Key, item.ItemId, cancellation)) deleted++; break;
                        default: failed++; break;
                    }
                }
                progress?.Report(new HarvestProgress(++done, items.Count, item.Path));
            }
            await store.CommitBatchAsync(cancellation);
        }
        finally
        {
            // A run stopped halfway leaves no reader running behind it.
            try
            {
                await Task.WhenAll(reads.Values);
            }
            catch (Exception)
            {
                // Their results are not wanted any more; the failure that stopped the run is the one that counts.
            }
        }

        // Taken in by this run before its worker stopped, and not listed now (another run moved the source's position on since):
        // still this run's work.
        var listed = items.Select(i => i.ItemId).ToHashSet(StringComparer.Ordinal);
        var earlier = takenEarlier.Where(t => !listed.Contains(t.Key)).ToList();
        harvested += earlier.Count(t => !t.Value);
        deleted += earlier.Count(t => t.Value);

        var status = failed > 0 ? HarvestRunStatus.Incomplete : refused > 0 ? HarvestRunStatus.CompletedWithErrors : HarvestRunStatus.Completed;
        // Advancing the delta link past a file we could not fetch would lose it; keep the old link and fetch it next run.
        // A refused file was taken in (with its reason and eTag): it is read again only when someone changes it.
        if (status != HarvestRunStatus.Incomplete) await store.SaveSourceStateAsync(source.Key, changes.NextState, cancellation);
        var counts = new HarvestCounts(items.Count + earlier.Count, harvested, unchanged, deleted, failed);
        await store.FinishRunAsync(runId, status, counts, cancellation);
        return new HarvestOutcome(runId, status, counts, await store.ErrorsAsync(runId, cancellation));
    }

    private enum ItemResult { Harvested, Refused, Gone, Failed }

    /// <summary>What downloading and reading one file gave, before anything is stored.</summary>
    private sealed record ItemRead
    {
        public bool Gone { get; init; }
        public string? DownloadFailure { get; init; }
        public long Size { get; init; }
        public WorkbookSubmission? Workbook { get; init; }
        public HarvestResult? Document { get; init; }
        /// <summary>Why the file was refused as unreadable (stored with it).</summary>
        public string? Refusal { get; init; }
        /// <summary>The type of an exception that is a fault of ours, not of the file.</summary>
        public string? Fault { get; init; }
    }

    private static async Task<ItemRead> ReadAsync(IDocumentSource source, SourceItem item, CancellationToken cancellation)
    {
        byte[] bytes;
        try
        {
            await using var stream = await source.OpenReadAsync(item, cancellation);
            if (stream is null) return new ItemRead { Gone = true };
            using var buffer = new MemoryStream(item.Size is > 0 and < int.MaxValue ? (int)item.Size : 0);
            await stream.CopyToAsync(buffer, cancellation);
            bytes = buffer.ToArray();
        }
        catch (Exception e) when (e is SourceUnavailableException or IOException or HttpRequestException or UnauthorizedAccessException)
        {
            return new ItemRead { DownloadFailure = Message(e) };
        }
        var size = item.Size ?? bytes.Length;
        // Reading is CPU work: on the thread pool, so that the other readers' files are read at the same time.
        return await Task.Run(() => Read(item.Path, bytes, size), cancellation);
    }

    private static ItemRead Read(string path, byte[] bytes, long size)
    {
        try
        {
            return IsWorkbook(path)
                ? new ItemRead { Size = size, Workbook = WorkbookSubmissionReader.Read(bytes, path) }
                : new ItemRead { Size = size, Document = PlanDocumentReader.Read(bytes, path) };
        }
        catch (UnreadableFileException e)
        {
            return new ItemRead { Size = size, Refusal = e.Reason };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ItemRead { Size = size, Fault = e.GetType().Name };
        }
    }

    private async Task<ItemResult> SaveAsync(IDocumentSource source, string runId, SourceItem item, ItemRead read, CancellationToken cancellation)
    {
        if (read.Gone) return ItemResult.Gone;
        if (read.DownloadFailure is { } failure)
        {
            await store.RecordErrorAsync(runId, item.ItemId, item.Path, "ダウンロード", failure + " 次回の回収で再び取得します。", cancellation);
            return ItemResult.Failed;
        }
        var document = new DocumentRecord(source.Key, item.ItemId, item.Path, item.ETag, read.Size);
        try
        {
            if (read.Fault is { } fault) return await FaultAsync(runId, item, fault, cancellation);
            if (IsWorkbook(item.Path))
            {
                // Stored with its eTag and the reason, so a broken file is reported once and read again only when someone changes it.
                IReadOnlyList<(string, string)> workbookProblems = read.Refusal is { } reason ? [("ブック", reason)] : [];
                await store.SaveWorkbookAsync(runId, document, read.Workbook, workbookProblems, cancellation);
            }
            else
            {
                IReadOnlyList<(string, string)> problems = read.Refusal is { } reason ? [("文書", reason)] : read.Document!.Problems.Select(p => (p.Place, p.Message)).ToList();
                await store.SaveDocumentAsync(runId, document, read.Document?.Plan, problems, cancellation);
            }
            return read.Refusal is null ? ItemResult.Harvested : ItemResult.Refused;
        }
        catch (Exception e) when (e is not (OperationCanceledException or StoreException))
        {
            return await FaultAsync(runId, item, e.GetType().Name, cancellation);
        }
    }

    /// <summary>A fault of ours reading one file must not stop the others: recorded, not stored, so it is read again next run.</summary>
    private async Task<ItemResult> FaultAsync(string runId, SourceItem item, string exceptionType, CancellationToken cancellation)
    {
        await store.RecordErrorAsync(runId, item.ItemId, item.Path, "読み取り", $"予期しないエラーで読み取れませんでした（{exceptionType}）。管理者に連絡してください。", cancellation);
        return ItemResult.Failed;
    }

    private static string Message(Exception e) => Redaction.Redact(e switch
    {
        SourceUnavailableException s => s.Message,
        HttpRequestException or IOException => $"通信が途中で切れました（{e.Message}）。",
        UnauthorizedAccessException => $"読み取る権限がありません（{e.Message}）。",
        _ => e.Message,
    });
}
