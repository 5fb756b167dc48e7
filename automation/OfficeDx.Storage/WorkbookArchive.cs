using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using OfficeDx.Storage.Migrations;

namespace OfficeDx.Storage;

/// <summary>
/// The submitted department workbooks in the harvest store (table workbook_archive): every submission kept whole, the latest per
/// plan, edition and department the one that counts. Each call opens its own connection, so one archive serves concurrent requests,
/// and several service instances share one PostgreSQL database: a submission is one INSERT, never lost to another's.
/// </summary>
public sealed class WorkbookArchive(StoreLocation location)
{
    private readonly SemaphoreSlim migrated = new(1, 1);
    private volatile bool ready;

    public StoreLocation Location { get; } = location;

    /// <summary>
    /// Keeps one submitted workbook and answers it as stored (its id, sequence number, hash and time). <paramref name="cancellation"/>
    /// is heeded until the INSERT is sent and never after: a cancelled call has stored nothing, and a call that returns has stored
    /// the workbook, so a caller never answers "not stored" for a row that is there (the INSERT is one statement, committed or not).
    /// </summary>
    public async Task<ArchivedWorkbook> AddAsync(WorkbookToArchive workbook, CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        var id = Guid.NewGuid().ToString("N");
        var hash = Convert.ToHexStringLower(SHA256.HashData(workbook.Bytes));
        var now = Sql.Now();
        cancellation.ThrowIfCancellationRequested();
        var seq = await Sql.ScalarAsync(connection, null, """
            INSERT INTO workbook_archive (submission_id, plan_id, edition, department, submitter, submitted_at, file_name, sha256, size, workbook, findings, copy_state)
            VALUES (@id, @p, @e, @d, @s, @t, @f, @h, @n, @w, @j, @c) RETURNING seq
            """, CancellationToken.None,
            ("id", id), ("p", workbook.PlanId), ("e", workbook.Edition), ("d", workbook.Department), ("s", workbook.Submitter), ("t", now),
            ("f", workbook.FileName), ("h", hash), ("n", (long)workbook.Bytes.Length), ("w", workbook.Bytes), ("j", workbook.FindingsJson),
            ("c", workbook.CopyToSharePoint ? CopyStates.Pending : null));
        return new ArchivedWorkbook(Convert.ToInt64(seq, CultureInfo.InvariantCulture), id, workbook.PlanId, workbook.Edition, workbook.Department,
            workbook.Submitter, Parse(now), workbook.FileName, hash, workbook.Bytes.Length, workbook.FindingsJson,
            workbook.CopyToSharePoint ? CopyStates.Pending : null);
    }

    /// <summary>One submission, without its bytes; null when there is none with that id.</summary>
    public async Task<ArchivedWorkbook?> FindAsync(string submissionId, CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = Sql.Command(connection, null, $"SELECT {Columns} FROM workbook_archive a WHERE a.submission_id = @i", ("i", submissionId));
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        return await reader.ReadAsync(cancellation) ? Read(reader) : null;
    }

    /// <summary>Records how copying a submission to SharePoint went (<see cref="CopyStates"/>), counting the attempt.</summary>
    public async Task RecordCopyAsync(string submissionId, string state, string detail, CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        await Sql.ExecuteAsync(connection, null,
            "UPDATE workbook_archive SET copy_state = @c, copy_detail = @d, copy_attempts = copy_attempts + 1 WHERE submission_id = @i",
            cancellation, ("c", state), ("d", detail), ("i", submissionId));
    }

    /// <summary>Submissions whose SharePoint copy is still pending or failed, with fewer than <paramref name="maxAttempts"/> attempts, oldest first.</summary>
    public async Task<IReadOnlyList<ArchivedWorkbook>> UncopiedAsync(int maxAttempts, int count, CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = Sql.Command(connection, null, $"""
            SELECT {Columns} FROM workbook_archive a
            WHERE a.copy_state IN ('{CopyStates.Pending}', '{CopyStates.Failed}') AND a.copy_attempts < @m
            ORDER BY a.seq LIMIT {count}
            """, ("m", maxAttempts));
        var result = new List<ArchivedWorkbook>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) result.Add(Read(reader));
        return result;
    }

    /// <summary>The latest submission of each department for a plan's edition, by department (without the bytes): what collecting the plan merges.</summary>
    public async Task<IReadOnlyList<ArchivedWorkbook>> LatestAsync(string planId, string edition, CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = Sql.Command(connection, null, $"""
            SELECT {Columns} FROM workbook_archive a
            WHERE a.plan_id = @p AND a.edition = @e
              AND a.seq = (SELECT MAX(b.seq) FROM workbook_archive b WHERE b.plan_id = a.plan_id AND b.edition = a.edition AND b.department = a.department)
            ORDER BY a.department
            """, ("p", planId), ("e", edition));
        var result = new List<ArchivedWorkbook>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) result.Add(Read(reader));
        return result;
    }

    /// <summary>The bytes of the submissions with the given ids.</summary>
    public async Task<IReadOnlyDictionary<string, byte[]>> BytesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellation = default)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (ids.Count == 0) return result;
        await using var connection = await OpenAsync(cancellation);
        foreach (var chunk in ids.Chunk(100))
        {
            var names = chunk.Select((_, i) => "@i" + i).ToArray();
            await using var command = Sql.Command(connection, null,
                $"SELECT submission_id, workbook FROM workbook_archive WHERE submission_id IN ({string.Join(", ", names)})",
                chunk.Select((id, i) => ("i" + i, (object?)id)).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation)) result[reader.GetString(0)] = reader.GetFieldValue<byte[]>(1);
        }
        return result;
    }

    /// <summary>Every submission for a plan (all editions), newest first, without the bytes.</summary>
    public async Task<IReadOnlyList<ArchivedWorkbook>> ListAsync(string planId, CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = Sql.Command(connection, null, $"SELECT {Columns} FROM workbook_archive a WHERE a.plan_id = @p ORDER BY a.seq DESC", ("p", planId));
        var result = new List<ArchivedWorkbook>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) result.Add(Read(reader));
        return result;
    }

    /// <summary>Whether the store answers a query now (the health check).</summary>
    public async Task CheckAsync(CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        await Sql.ScalarAsync(connection, null, "SELECT COUNT(*) FROM workbook_archive", cancellation);
    }

    private const string Columns = "a.seq, a.submission_id, a.plan_id, a.edition, a.department, a.submitter, a.submitted_at, a.file_name, a.sha256, a.size, a.findings, a.copy_state, a.copy_detail";

    private static ArchivedWorkbook Read(DbDataReader r) => new(
        Sql.Long(r, 0), Sql.Text(r, 1)!, Sql.Text(r, 2)!, Sql.Text(r, 3)!, Sql.Text(r, 4)!, Sql.Text(r, 5)!, Parse(Sql.Text(r, 6)!),
        Sql.Text(r, 7)!, Sql.Text(r, 8)!, Sql.Long(r, 9), Sql.Text(r, 10)!, Sql.Text(r, 11), Sql.Text(r, 12));

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private async Task<DbConnection> OpenAsync(CancellationToken cancellation)
    {
        var connection = Location.CreateConnection();
        try
        {
            if (Location.Kind == StoreKind.Sqlite)
            {
                var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Location.ConnectionString).DataSource;
                if (Path.GetDirectoryName(file) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
            }
            await connection.OpenAsync(cancellation);
            if (Location.Kind == StoreKind.Sqlite)
                await Sql.ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;", cancellation);
            if (!ready)
            {
                await migrated.WaitAsync(cancellation);
                try
                {
                    if (!ready) await Migrator.MigrateAsync(connection, Location.Kind, cancellation);
                    ready = true;
                }
                finally
                {
                    migrated.Release();
                }
            }
            return connection;
        }
        catch (DbException e)
        {
            await connection.DisposeAsync();
            throw new StoreException($"保存先 {Location.Display} に接続できません: {Redaction.Redact(e.Message)}", e);
        }
    }
}

/// <summary>
/// A workbook to keep: which plan, edition and department it is for, who sent it, its file name, bytes and the check's findings (JSON);
/// <see cref="CopyToSharePoint"/> marks its SharePoint copy pending.
/// </summary>
public sealed record WorkbookToArchive(string PlanId, string Edition, string Department, string Submitter, string FileName, byte[] Bytes, string FindingsJson)
{
    public bool CopyToSharePoint { get; init; }
}

/// <summary>The states of a submission's copy in the SharePoint library (column copy_state; NULL when no copy was asked for).</summary>
public static class CopyStates
{
    public const string Pending = "pending";
    public const string Copied = "copied";
    public const string Failed = "failed";
}

/// <summary>
/// A kept submission: its order (seq), id, plan, edition, department, submitter, time, file name, SHA-256, size, findings (JSON), and
/// its SharePoint copy (<see cref="CopyStates"/>, null when none was asked for; the detail is the file's address or why it failed).
/// </summary>
public sealed record ArchivedWorkbook(
    long Seq, string Id, string PlanId, string Edition, string Department, string Submitter, DateTimeOffset SubmittedAt,
    string FileName, string Sha256, long Size, string FindingsJson, string? CopyState = null, string? CopyDetail = null);
