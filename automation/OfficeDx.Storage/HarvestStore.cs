using System.Data.Common;
using System.Globalization;
using OfficeDx.Core.Model;
using OfficeDx.Storage.Migrations;
using OfficeDx.Storage.Workbooks;

namespace OfficeDx.Storage;

/// <summary>
/// The harvested data set in SQLite or PostgreSQL. Each document's rows are replaced in one transaction keyed by the
/// document's stable id, so harvesting the same document again leaves the same rows, and a run stopped halfway leaves
/// every document either fully old or fully new.
/// </summary>
public sealed class HarvestStore : IAsyncDisposable
{
    private readonly DbConnection connection;
    private readonly Dictionary<string, int> errorSequence = new(StringComparer.Ordinal);
    // While a batch is open every command of the store runs in it (a connection with a pending transaction takes no other).
    private DbTransaction? batch;

    private HarvestStore(StoreLocation location, DbConnection connection)
    {
        Location = location;
        this.connection = connection;
    }

    public StoreLocation Location { get; }

    public StoreKind Kind => Location.Kind;

    /// <summary>Opens the store (creating a SQLite file and its folder if needed) and applies pending migrations.</summary>
    public static async Task<HarvestStore> OpenAsync(StoreLocation location, CancellationToken cancellation = default)
    {
        if (location.Kind == StoreKind.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
            if (Path.GetDirectoryName(file) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        }
        var connection = location.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellation);
            if (location.Kind == StoreKind.Sqlite)
                await Sql.ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;", cancellation);
            await Migrator.MigrateAsync(connection, location.Kind, cancellation);
        }
        catch (DbException e)
        {
            await connection.DisposeAsync();
            throw new StoreException($"保存先 {location.Display} を開けません: {Reason(e)}", e);
        }
        return new HarvestStore(location, connection);
    }

    /// <summary>SQLite's reasons in Japanese (its own messages are English sentences a drafter should not have to read).</summary>
    private static string Reason(DbException e) => e is Microsoft.Data.Sqlite.SqliteException sqlite
        ? sqlite.SqliteErrorCode switch
        {
            26 => "SQLite のデータベースのファイルではありません（別の種類のファイルか、壊れています）。",
            11 => "SQLite のデータベースが壊れています。",
            14 => "ファイルを開けません（フォルダーがあるか、書き込めるかを確認してください）。",
            8 => "ファイルが読み取り専用で書き込めません。",
            5 or 6 => "ほかの処理がデータベースを使っています。しばらくしてからやり直してください。",
            var code => $"SQLite のエラー（コード {code}）です。",
        }
        : Redaction.Redact(e.Message);

    public Task<string> BeginRunAsync(string source, CancellationToken cancellation = default) =>
        BeginRunAsync(source, Guid.NewGuid().ToString("N"), cancellation);

    /// <summary>Starts a run under an id chosen beforehand (a scheduled job names its run before the run exists, so a job taken over after a crash finds it).</summary>
    public async Task<string> BeginRunAsync(string source, string runId, CancellationToken cancellation = default)
    {
        await Sql.ExecuteAsync(connection, batch, "INSERT INTO harvest_runs (run_id, source, started_at, status) VALUES (@r, @s, @t, @st)", cancellation,
            ("r", runId), ("s", source), ("t", Sql.Now()), ("st", StatusText(HarvestRunStatus.Running)));
        errorSequence[runId] = 0;
        return runId;
    }

    /// <summary>
    /// Takes up a run that a stopped worker left running (or closed as failed when it was stopped): it is running again, its errors
    /// so far kept, and the documents it already took in (item id, and whether it recorded a deletion) are returned so that they
    /// count as this run's.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, bool>> ResumeRunAsync(string runId, CancellationToken cancellation = default)
    {
        await Sql.ExecuteAsync(connection, batch, "UPDATE harvest_runs SET status = @st, finished_at = NULL WHERE run_id = @r", cancellation,
            ("r", runId), ("st", StatusText(HarvestRunStatus.Running)));
        var last = await QueryAsync("SELECT COALESCE(MAX(seq), 0) FROM harvest_errors WHERE run_id = @r", cancellation, ("r", runId));
        errorSequence[runId] = int.Parse(last[0][0]!, CultureInfo.InvariantCulture);
        var items = await QueryAsync("SELECT item_id, deleted FROM documents WHERE last_run_id = @r", cancellation, ("r", runId));
        return items.ToDictionary(r => r[0]!, r => r[1] != "0", StringComparer.Ordinal);
    }

    public async Task FinishRunAsync(string runId, HarvestRunStatus status, HarvestCounts counts, CancellationToken cancellation = default) =>
        await Sql.ExecuteAsync(connection, batch, """
            UPDATE harvest_runs SET finished_at = @t, status = @st, seen = @seen, harvested = @h, unchanged = @u, deleted = @del, failed = @f
            WHERE run_id = @r
            """, cancellation,
            ("r", runId), ("t", Sql.Now()), ("st", StatusText(status)), ("seen", counts.Seen), ("h", counts.Harvested), ("u", counts.Unchanged),
            ("del", counts.Deleted), ("f", counts.Failed));

    public async Task<SourceState> GetSourceStateAsync(string source, CancellationToken cancellation = default)
    {
        await using var command = Sql.Command(connection, batch, "SELECT delta_link, folder_ids FROM sources WHERE source = @s", ("s", source));
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        if (!await reader.ReadAsync(cancellation)) return SourceState.Empty;
        var folders = Sql.Text(reader, 1) is { Length: > 0 } text ? text.Split('\n') : [];
        return new SourceState(Sql.Text(reader, 0), folders);
    }

    /// <summary>Saves the delta link; called only after a run took in every change, so a stopped run starts again from the previous link.</summary>
    public async Task SaveSourceStateAsync(string source, SourceState state, CancellationToken cancellation = default) =>
        await Sql.ExecuteAsync(connection, batch, """
            INSERT INTO sources (source, delta_link, folder_ids, updated_at) VALUES (@s, @l, @f, @t)
            ON CONFLICT (source) DO UPDATE SET delta_link = excluded.delta_link, folder_ids = excluded.folder_ids, updated_at = excluded.updated_at
            """, cancellation, ("s", source), ("l", state.DeltaLink), ("f", string.Join('\n', state.FolderIds.Order(StringComparer.Ordinal))), ("t", Sql.Now()));

    public async Task<IReadOnlyDictionary<string, StoredDocument>> GetDocumentsAsync(string source, CancellationToken cancellation = default)
    {
        var documents = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        await using var command = Sql.Command(connection, batch, "SELECT item_id, path, etag, deleted FROM documents WHERE source = @s", ("s", source));
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var item = Sql.Text(reader, 0)!;
            documents[item] = new StoredDocument(item, Sql.Text(reader, 1)!, Sql.Text(reader, 2), Sql.Long(reader, 3) != 0);
        }
        return documents;
    }

    /// <summary>
    /// Replaces the document's plan rows with <paramref name="plan"/> (none when the document could not be read) and records its
    /// problems as errors of the run, all in one transaction.
    /// </summary>
    public async Task SaveDocumentAsync(string runId, DocumentRecord document, Plan? plan, IReadOnlyList<(string Place, string Message)> problems, CancellationToken cancellation = default)
    {
        await using var write = await DocumentWrite.BeginAsync(connection, batch, cancellation);
        var transaction = write.Transaction;
        await PlanRows.DeleteAsync(connection, transaction, document.DocumentId, cancellation);
        // A drive item keeps its id when renamed, so what was a workbook may now be a plan document.
        await SubmissionRows.DeleteAsync(connection, transaction, document.DocumentId, cancellation);
        var all = problems.ToList();
        if (plan is not null) all.AddRange(await PlanRows.InsertAsync(connection, transaction, document.DocumentId, plan, cancellation));
        await FinishDocumentAsync(write, runId, document, all, cancellation);
    }

    /// <summary>
    /// Upserts a department workbook's values (none when it is not an OfficeDx workbook or could not be read) and records its
    /// problems as errors of the run, all in one transaction.
    /// </summary>
    public async Task SaveWorkbookAsync(string runId, DocumentRecord document, WorkbookSubmission? submission, IReadOnlyList<(string Place, string Message)> problems, CancellationToken cancellation = default)
    {
        await using var write = await DocumentWrite.BeginAsync(connection, batch, cancellation);
        var transaction = write.Transaction;
        await PlanRows.DeleteAsync(connection, transaction, document.DocumentId, cancellation);
        var all = problems.ToList();
        if (submission is null) await SubmissionRows.DeleteAsync(connection, transaction, document.DocumentId, cancellation);
        else
        {
            await SubmissionRows.SaveAsync(connection, transaction, document.DocumentId, submission, Sql.Now(), cancellation);
            all.AddRange(submission.Problems);
        }
        await FinishDocumentAsync(write, runId, document, all, cancellation);
    }

    private async Task FinishDocumentAsync(DocumentWrite write, string runId, DocumentRecord document, IReadOnlyList<(string Place, string Message)> all, CancellationToken cancellation)
    {
        var transaction = write.Transaction;
        await Sql.ExecuteAsync(connection, transaction, """
            INSERT INTO documents (document_id, source, item_id, path, etag, size, deleted, problem_count, last_harvested_at, last_run_id)
            VALUES (@d, @s, @i, @p, @e, @z, 0, @pc, @t, @r)
            ON CONFLICT (document_id) DO UPDATE SET path = excluded.path, etag = excluded.etag, size = excluded.size, deleted = 0,
              problem_count = excluded.problem_count, last_harvested_at = excluded.last_harvested_at, last_run_id = excluded.last_run_id
            """, cancellation,
            ("d", document.DocumentId), ("s", document.Source), ("i", document.ItemId), ("p", document.Path), ("e", document.ETag), ("z", document.Size),
            ("pc", all.Count), ("t", Sql.Now()), ("r", runId));
        foreach (var (place, message) in all) await InsertErrorAsync(transaction, runId, document.ItemId, document.Path, place, message, cancellation);
        await write.CompleteAsync(cancellation);
    }

    /// <summary>Marks a known document deleted and removes its plan rows; returns false when the store never held it.</summary>
    public async Task<bool> MarkDeletedAsync(string runId, string source, string itemId, CancellationToken cancellation = default)
    {
        var documentId = DocumentIds.Of(source, itemId);
        await using var write = await DocumentWrite.BeginAsync(connection, batch, cancellation);
        var transaction = write.Transaction;
        var rows = await Sql.ExecuteAsync(connection, transaction,
            "UPDATE documents SET deleted = 1, etag = NULL, problem_count = 0, last_harvested_at = @t, last_run_id = @r WHERE document_id = @d AND deleted = 0",
            cancellation, ("d", documentId), ("t", Sql.Now()), ("r", runId));
        if (rows > 0)
        {
            await PlanRows.DeleteAsync(connection, transaction, documentId, cancellation);
            await SubmissionRows.DeleteAsync(connection, transaction, documentId, cancellation);
        }
        await write.CompleteAsync(cancellation);
        return rows > 0;
    }

    /// <summary>
    /// Opens a batch: what the store writes from now until <see cref="CommitBatchAsync"/> goes in one transaction (each document
    /// still all or nothing, by a savepoint), one commit for many documents instead of one each. Nothing when one is open already.
    /// </summary>
    public async Task BeginBatchAsync(CancellationToken cancellation = default) => batch ??= await connection.BeginTransactionAsync(cancellation);

    /// <summary>Commits the open batch, if any.</summary>
    public async Task CommitBatchAsync(CancellationToken cancellation = default)
    {
        if (batch is not { } open) return;
        batch = null;
        await using (open) await open.CommitAsync(cancellation);
    }

    /// <summary>Drops the open batch, if any: its documents stay as they were before it.</summary>
    public async Task RollbackBatchAsync()
    {
        if (batch is not { } open) return;
        batch = null;
        try
        {
            await open.DisposeAsync();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // The connection is gone, and the database dropped the transaction with it: nothing of the batch was kept.
        }
    }

    public async Task RecordErrorAsync(string runId, string? itemId, string? path, string? place, string message, CancellationToken cancellation = default) =>
        await InsertErrorAsync(batch, runId, itemId, path, place, message, cancellation);

    private async Task InsertErrorAsync(DbTransaction? transaction, string runId, string? itemId, string? path, string? place, string message, CancellationToken cancellation)
    {
        var sequence = errorSequence[runId] = errorSequence.GetValueOrDefault(runId) + 1;
        await Sql.ExecuteAsync(connection, transaction, "INSERT INTO harvest_errors (run_id, seq, item_id, path, place, message) VALUES (@r, @q, @i, @p, @pl, @m)", cancellation,
            ("r", runId), ("q", sequence), ("i", itemId), ("p", path), ("pl", place), ("m", Redaction.Redact(message)));
    }

    /// <summary>The most recent runs, newest first.</summary>
    public Task<IReadOnlyList<HarvestRunRecord>> RecentRunsAsync(int count, CancellationToken cancellation = default) =>
        RunsAsync("ORDER BY r.started_at DESC, r.run_id DESC LIMIT @n", ("n", count), cancellation);

    /// <summary>One run by its id; null when there is none.</summary>
    public async Task<HarvestRunRecord?> FindRunAsync(string runId, CancellationToken cancellation = default) =>
        (await RunsAsync("WHERE r.run_id = @r", ("r", runId), cancellation)).SingleOrDefault();

    private async Task<IReadOnlyList<HarvestRunRecord>> RunsAsync(string filter, (string, object?) parameter, CancellationToken cancellation)
    {
        var runs = new List<HarvestRunRecord>();
        await using var command = Sql.Command(connection, batch, $"""
            SELECT r.run_id, r.source, r.started_at, r.finished_at, r.status, r.seen, r.harvested, r.unchanged, r.deleted, r.failed,
                   (SELECT COUNT(*) FROM harvest_errors e WHERE e.run_id = r.run_id)
            FROM harvest_runs r {filter}
            """, parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            runs.Add(new HarvestRunRecord(Sql.Text(reader, 0)!, Sql.Text(reader, 1)!, Time(Sql.Text(reader, 2))!.Value, Time(Sql.Text(reader, 3)),
                ParseStatus(Sql.Text(reader, 4)!),
                new HarvestCounts((int)Sql.Long(reader, 5), (int)Sql.Long(reader, 6), (int)Sql.Long(reader, 7), (int)Sql.Long(reader, 8), (int)Sql.Long(reader, 9)),
                (int)Sql.Long(reader, 10)));
        }
        return runs;
    }

    public async Task<IReadOnlyList<HarvestErrorRecord>> ErrorsAsync(string runId, CancellationToken cancellation = default)
    {
        var errors = new List<HarvestErrorRecord>();
        await using var command = Sql.Command(connection, batch, "SELECT run_id, seq, item_id, path, place, message FROM harvest_errors WHERE run_id = @r ORDER BY seq", ("r", runId));
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            errors.Add(new HarvestErrorRecord(Sql.Text(reader, 0)!, (int)Sql.Long(reader, 1), Sql.Text(reader, 2), Sql.Text(reader, 3), Sql.Text(reader, 4), Sql.Text(reader, 5)!));
        return errors;
    }

    /// <summary>
    /// Runs a read-only query and returns its rows as invariant-culture text (null for SQL NULL), so results from SQLite and
    /// PostgreSQL compare equal. Used by exports and tests.
    /// </summary>
    public async Task<IReadOnlyList<string?[]>> QueryAsync(string sql, CancellationToken cancellation = default, params (string, object?)[] parameters)
    {
        var rows = new List<string?[]>();
        await using var command = Sql.Command(connection, batch, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = Sql.Text(reader, i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Removes every table's rows (keeps the schema); for tests and benchmarks that reuse one PostgreSQL database.</summary>
    public async Task ClearAsync(CancellationToken cancellation = default)
    {
        foreach (var table in PlanRows.Tables.Concat([SubmissionRows.Table, "workbook_archive", "documents", "sources", "harvest_errors", "harvest_runs"]))
            await Sql.ExecuteAsync(connection, batch, $"DELETE FROM {table}", cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await RollbackBatchAsync();
        await connection.DisposeAsync();
    }

    private static string StatusText(HarvestRunStatus status) => status.ToString().ToLowerInvariant();

    private static HarvestRunStatus ParseStatus(string text) =>
        Enum.TryParse<HarvestRunStatus>(text, ignoreCase: true, out var status) ? status : HarvestRunStatus.Failed;

    private static DateTimeOffset? Time(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
